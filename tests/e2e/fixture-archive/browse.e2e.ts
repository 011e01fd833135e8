import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { readdirSync } from 'node:fs';
import { OTHER_SCRIPTS } from '../support.ts';

const changes = (page: Page) => page.locator('main li[data-change]');

test.describe('each kind of change reads correctly in words', () => {
  test('improved', async ({ page }) => {
    await page.goto('/authorities/brackenmoor/');
    await expect(changes(page)).toHaveText([
      '2010 to 2011: Improved from performs adequately to performs well.',
    ]);
  });

  test('declined', async ({ page }) => {
    await page.goto('/authorities/eastwold/');
    await expect(changes(page)).toHaveText([
      '2009 to 2010: Declined from performs well to performs adequately.',
    ]);
  });

  test('unchanged, each year stated by the next letter too', async ({ page }) => {
    await page.goto('/authorities/fernleigh/');
    await expect(changes(page)).toHaveText([
      '2009 to 2010: Unchanged: performs well in 2009 and 2010.',
      '2010 to 2011: Unchanged: performs well in 2010 and 2011.',
    ]);
  });

  test('a grade known only from a later letter', async ({ page }) => {
    await page.goto('/authorities/hollowmere/');
    const rows = page.locator('main table tbody tr');
    await expect(rows.nth(0)).toContainText('2009Not knownNot known');
    await expect(rows.nth(1)).toContainText('Performs excellently (4 of 4)');
    await expect(rows.nth(1)).toContainText('Stated in the 2011 letter');
    await expect(rows.nth(1).locator('q')).toHaveText(
      "Children's services in Hollowmere Metropolitan Borough Council perform excellently, as in 2010.",
    );
    await expect(rows.nth(2)).toContainText('From the letter');
    await expect(changes(page)).toHaveText([
      '2010 to 2011: Unchanged: performs excellently in 2010 and 2011.',
    ]);
    await expect(page.locator('svg[role="img"] desc')).toContainText(
      '2010: performs excellently (4 of 4), stated in the 2011 letter',
    );
  });

  test('a missing year breaks the chain instead of being guessed', async ({ page }) => {
    await page.goto('/authorities/quillbridge/');
    await expect(page.locator('main table tbody tr').nth(1)).toContainText('2010Not known');
    await expect(changes(page)).toHaveCount(0);
    await expect(page.locator('main')).toContainText('No two consecutive years both have a known grade');
  });
});

test('a heading with "&" and "\'" is linked by its plain words', async ({ page }) => {
  await page.goto('/authorities/marsh-and-st-annes/2011/');
  const title = "Marsh & St Anne's Council children's services assessment 2011";
  await expect(page.locator('article .letter-body h2').first()).toHaveText(title);
  await expect(page.locator('article .heading-anchored > a.anchor').first()).toHaveAccessibleName(
    `Link to the section: ${title}`,
  );
  // So is its entry in the letter's contents.
  await expect(
    page.getByRole('navigation', { name: 'Contents' }).getByRole('link').first(),
  ).toHaveAccessibleName(title);
});

test('a compare page shows the two grades, the change and both letters’ parts, section by section', async ({
  page,
}) => {
  await page.goto('/authorities/brackenmoor/compare/2010-2011/');
  await expect(page.locator('h1')).toHaveText('Brackenmoor: 2010 and 2011 compared');
  await expect(page.locator('main .change')).toHaveText(
    'Improved from performs adequately to performs well.',
  );
  await expect(page.locator('main section.part h2')).toHaveText([
    'Summary judgement',
    'Strengths',
    'Areas for improvement or development',
    'Outcomes for children and young people',
    'Prospects for improvement',
  ]);
  // The summaries, a passage of each year, each labelled with its year (compare.e2e.ts: the marks).
  const summary = page.locator('section.part').first().locator('.cell');
  await expect(summary.nth(0)).toContainText(
    "2010: Children's services in Brackenmoor County Council perform adequately.",
  );
  await expect(summary.nth(1)).toContainText(
    "2011: Children's services in Brackenmoor County Council perform well.",
  );
});

test('year pages count exactly the letters of that year', async ({ page }) => {
  for (const year of [2009, 2010, 2011]) {
    const letters = readdirSync('tests/fixtures/letters', { recursive: true }).filter((f) =>
      String(f).endsWith(`${year}.mdx`),
    );
    await page.goto(`/years/${year}/`);
    await expect(page.locator('main .coverage')).toContainText(`the archive holds ${letters.length} of the`);
  }
});

test('the hostile letter shows its braces, tags, import and export as text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => void dialogs.push(dialog.message()));
  await page.goto('/authorities/wrenfold/2010/');
  const body = page.locator('article .letter-body');
  await expect(body).toContainText(
    'Inspectors noted {process.exit(1)} and <script>alert(1)</script> in the case notes.',
  );
  await expect(body).toContainText("import x from 'y'");
  await expect(body).toContainText('export const a = 1');
  await expect(page.locator(OTHER_SCRIPTS)).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

const PAGE_TYPES = [
  '/',
  '/authorities/',
  '/authorities/a-to-z/m/',
  '/authorities/brackenmoor/',
  '/authorities/brackenmoor/2010/',
  '/authorities/brackenmoor/compare/2010-2011/',
  '/years/',
  '/years/2011/',
  '/search/?q=care',
];

// axe checks the first, last and largest page of each of these templates in the gates (gates.ts).
for (const path of PAGE_TYPES) {
  test(`${path}: the keyboard reaches every link`, async ({ page }) => {
    await page.goto(path);
    // The search page fills in its results after loading: test it once they are there.
    if (path.startsWith('/search/'))
      await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
    const links = await page
      .locator('a[href]:visible')
      .evaluateAll((all) => all.map((a) => (a as HTMLAnchorElement).href));
    // The page records each link that takes the focus; it is asked after every ten presses.
    await page.evaluate(() => {
      const w = window as unknown as { reached: Set<string> };
      w.reached = new Set();
      document.addEventListener('focusin', (event) => {
        const href = (event.target as HTMLAnchorElement).href;
        if (href) w.reached.add(href);
      });
    });
    const wanted = new Set(links);
    let reached: string[] = [];
    for (let pressed = 0; pressed < links.length + 60 && reached.length < wanted.size; pressed += 10) {
      for (let i = 0; i < 10; i++) await page.keyboard.press('Tab');
      reached = await page.evaluate(() => [...(window as unknown as { reached: Set<string> }).reached]);
    }
    expect([...wanted].filter((href) => !reached.includes(href))).toEqual([]);
  });
}

test('grades.csv holds exactly the grade history the authority pages show', async ({ page, request }) => {
  const csv = await (await request.get('/data/grades.csv')).text();
  const [header, ...lines] = csv.trim().split('\r\n');
  expect(header).toBe(
    'authority,slug,dfe_la_code,ons_code,region,year,grade_words,evidence,letter_url,letter_date,quote,sources',
  );
  // No field before the evidence column holds a comma in the fixture archive. A row for
  // every authority and year; the pages show evidence for those known or withheld.
  const fromCsv = lines
    .filter((line) => !line.includes(',not known,'))
    .map((line) =>
      line
        .split(',')
        .slice(1, 8)
        .filter((_, i) => [0, 4, 5, 6].includes(i))
        .join(' '),
    )
    .sort();

  const fromPages: string[] = [];
  await page.goto('/authorities/');
  const slugs = await page
    .locator('main section li a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/')[2]!));
  const kinds: Array<[RegExp, string]> = [
    [/^From the letter/, 'letter'],
    [/^Stated in/, 'stated'],
    [/^Reported:/, 'reported'],
    [/^Outcome withheld/, 'withheld'],
  ];
  for (const slug of slugs) {
    await page.goto(`/authorities/${slug}/`);
    const rows = await page
      .locator('main table')
      .first()
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.children].map((cell) => (cell as HTMLElement).innerText.trim())),
      );
    for (const [year, grade, known] of rows) {
      const kind = kinds.find(([pattern]) => pattern.test(known!))?.[1];
      if (!kind) continue;
      const words = grade!.replace(/ \(\d of 4\)$/, '');
      fromPages.push(`${slug} ${year} ${words} ${kind}`);
    }
  }
  expect(fromPages.sort()).toEqual(fromCsv);
  expect(fromCsv.length).toBeGreaterThan(12);
  expect(lines).toHaveLength(slugs.length * 3);
});

test('a search with many results shows ten, then more on request, keeping focus in the list', async ({
  page,
}) => {
  await page.goto('/search/?q=children');
  await expect(page.locator('#search-status')).toHaveText(
    '15 of the 15 letters in the archive (of the 445 Ofsted published) contain “children”. Most relevant first.',
  );
  const results = page.locator('#search-results .result');
  await expect(results).toHaveCount(10);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(results).toHaveCount(15);
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
  await expect(results.nth(10).locator('a')).toBeFocused();
});

test('the authority filter suggests names from the index and narrows the results', async ({ page }) => {
  await page.goto('/search/?q=children');
  await expect(page.locator('#authority-names option')).toHaveCount(10);
  await page.getByLabel('Authority').fill('Brackenmoor County Council');
  await page.getByLabel('Authority').press('Enter');
  await expect(page).toHaveURL(/authority=Brackenmoor\+County\+Council/);
  await expect(page.locator('#search-results .result h2 a')).toHaveText([
    /^Brackenmoor County Council, 201[01]$/,
    /^Brackenmoor County Council, 201[01]$/,
  ]);
});

test('an authority page puts its letters first: the lead links the latest grade’s letter, the list comes before the history', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/authorities/brackenmoor/');
  const lead = page.locator('main p.lead');
  await expect(lead).toHaveText('Latest known grade: Performs well (3 of 4) in 2011, from its 2011 letter.');
  await expect(lead.getByRole('link', { name: 'from its 2011 letter' })).toHaveAttribute(
    'href',
    '/authorities/brackenmoor/2011/',
  );
  await expect(page.locator('main h2').first()).toHaveText('Letters');
  await expect(page.locator('#letters + ul a')).toHaveText(['2010 letter', '2011 letter']);
  // On a phone the list starts within the first two screens, above the grade history.
  const top = await page.locator('#letters').evaluate((el) => el.getBoundingClientRect().top + scrollY);
  expect(top).toBeLessThan(2 * 640);
  // A latest grade known only from a report links no letter.
  await page.goto('/authorities/millbrook/');
  await expect(page.locator('main p.lead a')).toHaveCount(0);
});

test('a year page never leaves the change blank: "Not known" where either year’s grade is not', async ({
  page,
}) => {
  await page.goto('/years/2011/');
  const rows = page.locator('table.year-table tbody tr');
  const change = (name: string) => rows.filter({ hasText: name }).locator('td').last();
  // Ashcombe's 2011 grade is not known; Millbrook's 2010 outcome was withheld.
  await expect(change('Ashcombe')).toHaveText('Not known');
  await expect(change('Millbrook')).toHaveText('Not known');
  await expect(change('Brackenmoor')).toHaveText('Improved');
  for (const text of await rows.evaluateAll((trs) =>
    trs.map((tr) => tr.querySelector('td:last-child')?.textContent?.trim() ?? ''),
  ))
    expect(['Improved', 'Declined', 'Unchanged', 'Not known']).toContain(text);
});
