import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';

// Every page is checked with axe by the gates (gates.ts); these tests check what pages say.

/** Rows of one of the archive's CSV files (none of these fields holds a comma). */
function csvRows(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
}

const register = csvRows('content/authorities.csv').map((row) => row[0]!);
const reported = csvRows('content/reported-grades.csv');
/** The authorities the reported grades give `grade` for `year`, each once. */
const reportedFor = (year: string, grade: string) =>
  [...new Set(reported.filter((r) => r[1] === year && r[2] === grade).map((r) => r[0]!))].sort();
const lettersHeld = readdirSync('content/letters', { recursive: true }).filter((f) =>
  String(f).endsWith('.mdx'),
);

test('/authorities/ lists every authority of the register: 152', async ({ page }) => {
  await page.goto('/authorities/');
  const names = await page.locator('main tbody th a').allTextContents();
  expect(names).toHaveLength(152);
  expect([...names].sort()).toEqual([...register].sort());
});

test('/authorities/leeds/: 2009 and 2010 performs poorly, reported with their sources, no letter held', async ({
  page,
}) => {
  await page.goto('/authorities/leeds/');
  const rows = page.locator('main table').first().locator('tbody tr');
  for (const [i, year] of [
    [0, '2009'],
    [1, '2010'],
  ] as const) {
    await expect(rows.nth(i).locator('th')).toHaveText(year);
    await expect(rows.nth(i).locator('td').nth(0)).toHaveText('Performs poorly (1 of 4)');
    await expect(rows.nth(i).locator('td').nth(1)).toContainText('Reported:');
    const sources = reported.filter((r) => r[0] === 'Leeds' && r[1] === year);
    const links = rows.nth(i).locator('td').nth(1).locator('a');
    await expect(links).toHaveCount(sources.length);
    expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).toEqual(
      sources.map((r) => r[3]),
    );
  }
  await expect(page.locator('main .no-letter')).toHaveText(
    'No letter for this authority is in the archive yet. How letters are added.',
  );
  await expect(page.locator('main .no-letter a')).toHaveAttribute('href', '/about/#adding');
});

test('/authorities/northamptonshire/: 2010 stated in the 2011 letter, with the quote', async ({ page }) => {
  await page.goto('/authorities/northamptonshire/');
  const rows = page.locator('main table').first().locator('tbody tr');
  await expect(rows.nth(0)).toContainText('2009Not knownNot known');
  await expect(rows.nth(1)).toContainText('Performs adequately (2 of 4)');
  await expect(rows.nth(1).locator('a').first()).toHaveText('Stated in the 2011 letter');
  await expect(rows.nth(1).locator('q')).toHaveText(
    "Children's services in Northamptonshire County Council perform adequately, as in 2010.",
  );
  await expect(rows.nth(2)).toContainText('From the letter');
  await expect(page.locator('main li[data-change]')).toHaveText([
    '2010 to 2011: Unchanged: performs adequately in 2010 and 2011.',
  ]);
  await expect(page.locator('svg[role="img"] desc')).toContainText(
    '2010: performs adequately (2 of 4), stated in the 2011 letter',
  );
  await expect(page.locator('main .codes')).toContainText(
    'Its letters address it as Northamptonshire County Council.',
  );
});

test('/years/2010/ lists the 12 authorities rated performs poorly and the 6 withheld, and every other', async ({
  page,
}) => {
  const poorly = reportedFor('2010', '1');
  const withheld = reportedFor('2010', 'withheld');
  expect([poorly.length, withheld.length]).toEqual([12, 6]);
  await page.goto('/years/2010/');
  const rows = page.locator('main table').last().locator('tbody tr');
  await expect(rows).toHaveCount(152);
  const byGrade = async (words: string) =>
    (
      await rows
        .filter({ has: page.locator('td:nth-child(2)', { hasText: new RegExp(`^${words}$`) }) })
        .locator('th')
        .allTextContents()
    ).sort();
  expect(await byGrade('Performs poorly')).toEqual(poorly);
  expect(await byGrade('Outcome withheld')).toEqual(withheld);
  await expect(rows.filter({ hasText: 'Haringey' })).toContainText(
    "Outcome withheld from Ofsted's 2010 announcement",
  );
  // Each count links to the list behind it.
  const counts = page.locator('main table').first().locator('tbody tr');
  await expect(counts.filter({ hasText: 'Performs poorly' }).locator('a')).toHaveText('12');
  await counts.filter({ hasText: 'Outcome withheld' }).getByRole('link').click();
  await expect(page).toHaveURL(/\/years\/2010\/withheld\/$/);
  expect((await page.locator('main tbody th').allTextContents()).sort()).toEqual(withheld);
});

const NATIONAL = {
  2009: { counts: ['10', '93', '40', '9', '0', '–'], source: 'reported 9 December 2009' },
  2010: { counts: ['20', '77', '37', '12', '6', '–'], source: 'reported 9 December 2010' },
  2011: {
    counts: ['28', '71', '33', '15', '5', '–'],
    source: '25 authorities improved and 7 declined against 2010',
  },
};

for (const [year, expected] of Object.entries(NATIONAL)) {
  test(`/years/${year}/ shows the national totals beside what is known, with their source`, async ({
    page,
  }) => {
    await page.goto(`/years/${year}/`);
    const counts = page.locator('main table').first();
    await expect(counts.locator('tbody tr td:last-child')).toHaveText(expected.counts);
    await expect(counts.locator('tfoot td')).toHaveText(['152', '152']);
    await expect(page.locator('main .source')).toContainText(expected.source);
  });
}

test('the home page, the A to Z and each year page state the coverage, as computed from the archive', async ({
  page,
  request,
}) => {
  const totals = JSON.parse(readFileSync('content/national-totals.json', 'utf8')) as Array<{
    year: number;
    authorities: number;
    notPublished: number;
  }>;
  const published = totals.reduce((sum, t) => sum + t.authorities - t.notPublished, 0);
  const grades = (await (await request.get('/data/grades.json')).json()) as Array<{ evidence: string }>;
  const known = grades.filter((g) => g.evidence !== 'withheld').length;
  const sentence = `the archive holds ${lettersHeld.length} of the ${published} letters Ofsted published; grades are known for ${known} of those ${published} authority-years.`;
  for (const path of ['/', '/authorities/', '/years/']) {
    await page.goto(path);
    await expect(page.locator('main .coverage')).toHaveText(`Coverage, 2009 to 2011: ${sentence}`);
  }
  await page.goto('/years/2011/');
  const year = totals.find((t) => t.year === 2011)!;
  const held2011 = lettersHeld.filter((f) => String(f).endsWith('2011.mdx')).length;
  await expect(page.locator('main .coverage')).toContainText(
    `holds ${held2011} of the ${year.authorities - year.notPublished} letters`,
  );
});

test('the home page has a search box, counts and links to browse', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main input[name="q"]')).toBeVisible();
  await expect(page.locator('main .counts li').first()).toHaveText(
    `${lettersHeld.length} ${lettersHeld.length === 1 ? 'letter' : 'letters'}`,
  );
  await expect(page.locator('main a[href="/authorities/"]')).toBeVisible();
  await expect(page.locator('main a[href="/years/"]')).toBeVisible();
});
