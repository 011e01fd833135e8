import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, normaliseText, watchPage } from '../support.ts';
import { allResults, resultLetters, results, searchFor, status, suggestion } from '../search-support.ts';

// The real archive grows to every published letter: these tests assert what stays true as
// it does. Exact results and counts are tested on the fixture archive.

async function searchFromHeader(page: Page, query: string) {
  await page.goto('/');
  await page.locator('header input[name="q"]').fill(query);
  await page.locator('header button[type="submit"]').click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
}

/** The text of each letter on the first page of results, from the letter's own page. */
async function letterTexts(page: Page): Promise<Array<{ heading: string; text: string }>> {
  const texts = [];
  for (const { heading, path } of await resultLetters(page)) {
    const letter = await page.context().newPage();
    await letter.goto(path);
    texts.push({ heading, text: normaliseText(await letter.locator('article .letter-text').innerText()) });
    await letter.close();
  }
  return texts;
}

test.describe('words and phrases are found only where the letters have them', () => {
  for (const [query, today, phrase] of [
    ['"care leavers"', 'Cambridgeshire County Council, 2010', /care leavers/i],
    ['"leaving care"', 'Northamptonshire County Council, 2011', /leaving care/i],
    ['improve', 'Cambridgeshire County Council, 2010', /\bimprov(e|es|ed|ing|ement|ements)\b/i],
  ] as const) {
    test(`${query} finds ${today} among letters that all contain it`, async ({ page }) => {
      await searchFor(page, query);
      await expect(results(page).filter({ hasText: today })).toHaveCount(1);
      await expect(status(page)).toHaveText(/^\d+ letters? contains? “[^"“”]+”\./);
      const letters = await letterTexts(page);
      expect(letters.length).toBeGreaterThan(0);
      for (const { heading, text } of letters) expect(text, heading).toMatch(phrase);
    });
  }

  test('from the header search box, with the quotes said once', async ({ page }) => {
    await searchFromHeader(page, '"care leavers"');
    await expect(status(page)).toContainText('contains “care leavers”');
    await expect(status(page)).not.toContainText('“"');
    await expect(page).toHaveTitle('"care leavers" — Search | Assessment Letters');
    await expect(page.locator('#search-q')).toHaveValue('"care leavers"');
  });

  test('unquoted words: every result has every word, and the page says so', async ({ page }) => {
    await searchFor(page, 'care leavers');
    await expect(status(page)).toContainText('all of “care” and “leavers”');
    await expect(page).toHaveTitle('care leavers — Search | Assessment Letters');
    for (const { heading, text } of await letterTexts(page)) {
      expect(text, heading).toMatch(/\bcare\b/i);
      expect(text, heading).toMatch(/\bleavers?\b/i);
    }
  });

  // Pagefind answers each of these with a shorter word it has ("t", "no", "safe").
  for (const [query, forms, near] of [
    ['trafficking', /\btraffick/i, undefined],
    ['northants', /\bnorthants\b/i, undefined],
    ['safegaurding', /\bsafegaurding\b/i, 'safeguarding'],
  ] as const) {
    test(`${query} is never reported as found where no letter has it`, async ({ page }) => {
      await searchFor(page, query);
      if ((await results(page).count()) === 0) {
        await expect(status(page)).toHaveText(`No letter contains “${query}”.`);
        if (near) await expect(suggestion(page)).toHaveText(`Did you mean ${near}?`);
      } else {
        for (const { heading, text } of await letterTexts(page)) expect(text, heading).toMatch(forms);
      }
    });
  }

  test('a suggestion leads to the word it suggests', async ({ page }) => {
    await searchFor(page, 'safegaurding');
    await suggestion(page).getByRole('link', { name: 'safeguarding' }).click();
    await expect(page).toHaveURL(/\?q=safeguarding$/);
    await expect(status(page)).toHaveText(/^\d+ letters? contains? “safeguarding”\./);
  });

  test('a phrase of words no letter has names a missing word', async ({ page }) => {
    await searchFor(page, '"zebra crossing quartet"');
    await expect(status(page)).toHaveText(/^No letter contains “(zebra|crossing|quartet)”/);
    await expect(results(page)).toHaveCount(0);
  });
});

test('each result shows grade in words, the section of the hit and the words marked', async ({ page }) => {
  await searchFor(page, '"care leavers"');
  const result = page
    .locator('#search-results .result')
    .filter({ hasText: 'Cambridgeshire County Council, 2010' });
  await expect(result.locator('.result-meta')).toHaveText(
    'Grade: Performs well (3 of 4) · Dated 9 December 2010 · Section: Outcomes for children and young people',
  );
  await expect(result.locator('.result-excerpt mark').first()).toHaveText(/care/i);
});

test('filters alone: the counts beside them equal the letters shown', async ({ page }) => {
  await searchFor(page, '', 'grade=Performs+well+(3+of+4)&year=2010');
  const shown = Number((await status(page).textContent())!.match(/^(\d+) letters?/)![1]);
  expect(shown).toBeGreaterThan(0);
  await expect(page.getByLabel('2010', { exact: false })).toBeChecked();
  await expect(page.locator('.filter-year label', { hasText: '2010' }).locator('.count')).toHaveText(
    `(${shown})`,
  );
  await expect(
    page.locator('.filter-grade label', { hasText: 'Performs well (3 of 4)' }).locator('.count'),
  ).toHaveText(`(${shown})`);
  expect(await allResults(page)).toHaveLength(shown);
  await expect(page.locator('#search-results .result-meta')).toHaveText(
    Array(shown).fill(/^Grade: Performs well \(3 of 4\) · Dated \d+ \w+ 2010$/),
  );
});

test('filters narrow the results, live in the URL, and the back button restores them', async ({ page }) => {
  await searchFor(page, 'children');
  const all = await results(page).count();
  await page.getByLabel('2010', { exact: false }).check();
  await expect(page).toHaveURL(/year=2010/);
  await expect(status(page)).toContainText('within the filters chosen');
  await expect(results(page).first()).toContainText(', 2010');
  for (const heading of await results(page).allTextContents()) expect(heading).toMatch(/, 2010$/);

  await page.reload();
  await expect(page.getByLabel('2010', { exact: false })).toBeChecked();
  await expect(results(page).first()).toContainText(', 2010');

  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=children$/);
  await expect(results(page)).toHaveCount(all);
  await expect(page.getByLabel('2010', { exact: false })).not.toBeChecked();
});

test('the authority filter takes part of a name in any case, and says when none matches', async ({
  page,
}) => {
  await searchFor(page, '', 'authority=northampton');
  await expect(results(page).first()).toBeVisible();
  for (const heading of await results(page).allTextContents()) expect(heading).toMatch(/^Northamptonshire /);

  await searchFor(page, '', 'authority=no+such+place');
  await expect(status(page)).toHaveText(
    "No authority's name contains “no such place”. Clear the authority filter or try part of the name.",
  );
  await expect(results(page)).toHaveCount(0);
});

test('sorting by date: newest first and oldest first are opposite orders, in the URL', async ({ page }) => {
  const dates = async () =>
    (await page.locator('#search-results .result-meta').allTextContents()).map((meta) =>
      Date.parse(meta.match(/Dated (\d+ \w+ \d{4})/)![1]!),
    );
  await searchFor(page, 'children', 'sort=newest');
  await expect(page.locator('#search-sort')).toHaveValue('newest');
  const newest = await dates();
  expect(newest).toEqual([...newest].sort((a, b) => b - a));
  await page.locator('#search-sort').selectOption('oldest');
  await expect(page).toHaveURL(/sort=oldest/);
  await expect(results(page).first()).toBeVisible();
  const oldest = await dates();
  expect(oldest).toEqual([...oldest].sort((a, b) => a - b));
  expect(oldest[0]).toBeLessThan(newest[0]!);
});

test('a result opens its letter with the hits marked, and the way back returns to the search', async ({
  page,
}) => {
  await searchFor(page, 'children', 'year=2011&sort=oldest');
  const before = await results(page).allTextContents();
  await results(page).filter({ hasText: 'Northamptonshire' }).click();
  await expect(page).toHaveURL(
    /\/search\/letter\/\?letter=authorities%2Fnorthamptonshire%2F2011%2F&q=children&year=2011&sort=oldest/,
  );
  await expect(page.locator('article h1')).toHaveText(
    "Northamptonshire County Council: children's services assessment 2011",
  );
  const marks = page.locator('#hits-letter mark.hit');
  const total = await marks.count();
  expect(total).toBeGreaterThan(3);
  const position = page.locator('[data-position]');
  const current = page.locator('#hits-letter mark.hit.current');
  await expect(current).toBeInViewport();
  const start = Number((await position.textContent())!.match(/Hit (\d+)/)![1]);
  await page.getByRole('button', { name: 'Next hit' }).click();
  await expect(position).toHaveText(`Hit ${(start % total) + 1} of ${total}`);
  await expect(current).toBeInViewport();
  await page.getByRole('button', { name: 'Previous hit' }).click();
  await expect(position).toHaveText(`Hit ${start} of ${total}`);
  await page.getByRole('button', { name: 'Clear highlights' }).click();
  await expect(marks).toHaveCount(0);
  await expect(page.locator('#hits-letter article')).toContainText('Dear Mr MacNally');

  await page.getByRole('link', { name: 'Back to the search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=children&year=2011&sort=oldest$/);
  await expect(page.locator('#search-q')).toHaveValue('children');
  await expect(page.getByLabel('2011', { exact: false })).toBeChecked();
  await expect(page.locator('#search-sort')).toHaveValue('oldest');
  await expect(results(page)).toHaveText(before);
});

test('a hits page opened on its own links back to its search', async ({ page }) => {
  await page.goto(
    '/search/letter/?letter=authorities%2Fcambridgeshire%2F2010%2F&q=care&grade=Performs+well+(3+of+4)',
  );
  await expect(page.getByRole('link', { name: 'Back to the search' })).toHaveAttribute(
    'href',
    '/search/?q=care&grade=Performs+well+%283+of+4%29',
  );
});

for (const query of ['(', '*', '<img src=x onerror=alert(1)>', '"</mark><script>']) {
  test(`the hostile query ${query} stays text`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(status(page)).toContainText(`“${query.replace(/"/g, '').split(' ')[0]}`);
    await expect(status(page)).not.toContainText(/\bfound\b/);
    await expect(page.locator('#search-q')).toHaveValue(query);
    await expect(page.locator('main img, main script, #search-results mark mark')).toHaveCount(0);

    await page.goto(
      `/search/letter/?letter=authorities%2Fcambridgeshire%2F2010%2F&q=${encodeURIComponent(query)}`,
    );
    await expect(page.locator('#hits-letter article h1')).toBeVisible();
    await expect(page.locator('#hits-letter img, #hits-letter script')).toHaveCount(0);
    await expect(page.locator('[data-position]')).not.toBeEmpty();
    for (const mark of await page.locator('#hits-letter mark').allTextContents()) {
      expect(query.toLowerCase()).toContain(mark.toLowerCase());
    }
    expect(dialogs).toEqual([]);
  });
}

test('the search page has one search box, no axe violations, and requests nothing off-site', async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page, new URL(baseURL!).origin);
  await searchFor(page, '"care leavers"');
  await expect(page.getByRole('search')).toHaveCount(1);
  await expectNoAxeViolations(page);
  expect(watch.offsite).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('without JavaScript the search page says search needs it and links to browsing', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('/search/?q=care');
  await expect(page.locator('main')).toContainText('needs JavaScript');
  await expect(page.locator('main a[href="/authorities/"]')).toBeVisible();
  await expect(page.locator('main a[href="/years/"]')).toBeVisible();
  await context.close();
});
