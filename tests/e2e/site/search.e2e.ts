import { expect, test, type Page } from '@playwright/test';
import { letterTitle } from '../../../src/lib/archive.ts';
import { gradeWithNumber } from '../../../src/lib/grades.ts';
import { archiveLetters, expectNoAxeViolations, watchPage, type ArchiveLetter } from '../support.ts';

// Whatever the archive holds: each letter's title is a phrase no other letter has.
const letters = archiveLetters();
const [first, second = first] = letters as [ArchiveLetter, ...ArchiveLetter[]];
const title = (l: ArchiveLetter) => `${l.data.authority} children's services assessment ${l.data.year}`;
const phrase = (l: ArchiveLetter) => `"${title(l)}"`;
const resultName = (l: ArchiveLetter) => `${l.data.authority}, ${l.data.year}`;
const hitsQuery = (l: ArchiveLetter) => `letter=${encodeURIComponent(l.path.slice(1))}`;

const results = (page: Page) => page.locator('#search-results .result h2 a');
const status = (page: Page) => page.locator('#search-status');

async function searchFromHeader(page: Page, query: string) {
  await page.goto('/');
  await page.locator('header input[name="q"]').fill(query);
  await page.locator('header button[type="submit"]').click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
}

test.describe('phrases', () => {
  test("a letter's title in quotes finds that letter only, from the search box and from a shared URL", async ({
    page,
  }) => {
    await searchFromHeader(page, phrase(first));
    await expect(status(page)).toHaveText(`1 letter found for “${phrase(first)}”.`);
    await expect(results(page)).toHaveText([resultName(first)]);

    await page.goto(`/search/?q=${encodeURIComponent(phrase(second))}`);
    await expect(results(page)).toHaveText([resultName(second)]);
    await expect(page.locator('#search-q')).toHaveValue(phrase(second));
  });

  test('the same words unquoted find that letter too', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(title(first))}`);
    await expect(status(page)).toContainText('found');
    expect(await results(page).allTextContents()).toContain(resultName(first));
  });

  test('each result shows grade in words, the section of the hit and the words marked', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(phrase(first))}`);
    const result = page.locator('#search-results .result').first();
    await expect(result.locator('.result-meta')).toContainText(`Grade: ${gradeWithNumber(first.data.grade)}`);
    // The words marked are the words searched for.
    const marked = await result.locator('.result-excerpt mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) {
      expect(title(first).toLowerCase()).toContain(word.toLowerCase().replace(/[^\p{L}\p{N}']/gu, ''));
    }
  });

  test('a search with no result says what to try', async ({ page }) => {
    await page.goto('/search/?q=%22zebra+crossing+quartet%22');
    await expect(status(page)).toHaveText('0 letters found for “"zebra crossing quartet"”.');
    await expect(page.locator('#search-results .empty')).toContainText('drop the quotes');
  });
});

test('filters narrow the results, live in the URL, and the back button restores them', async ({ page }) => {
  const year = String(first.data.year);
  const ofYear = letters.filter((l) => l.data.year === first.data.year).length;
  const found = (n: number) => `${n} letter${n === 1 ? '' : 's'} found for “children”`;
  await page.goto('/search/?q=children');
  await expect(status(page)).toHaveText(`${found(letters.length)}.`);

  await page.getByLabel(year, { exact: false }).check();
  await expect(page).toHaveURL(new RegExp(`year=${year}`));
  await expect(status(page)).toHaveText(`${found(ofYear)}, with the filters chosen.`);
  await expect(results(page)).toHaveCount(Math.min(ofYear, 10));

  await page.reload();
  await expect(status(page)).toHaveText(`${found(ofYear)}, with the filters chosen.`);
  await expect(page.getByLabel(year, { exact: false })).toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=children$/);
  await expect(status(page)).toHaveText(`${found(letters.length)}.`);
  await expect(page.getByLabel(year, { exact: false })).not.toBeChecked();
});

test('a result opens its letter with the hits marked, the first in view, and steps through them', async ({
  page,
}) => {
  await page.goto(`/search/?q=${encodeURIComponent(phrase(second))}`);
  await results(page).click();
  await expect(page).toHaveURL(new RegExp(`/search/letter/\\?${hitsQuery(second)}&q=`));
  await expect(page.locator('article h1')).toHaveText(letterTitle(second.data));
  await page.goto(`/search/letter/?${hitsQuery(second)}&q=children`);
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
  await expect(page.locator('#hits-letter article')).toContainText(
    `Dear ${second.data.recipient.name.split(' ')[0]}`,
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
    await expect(status(page)).toContainText(`for “${query.trim()}”`);
    await expect(page.locator('#search-q')).toHaveValue(query);
    await expect(page.locator('main img, main script, #search-results mark mark')).toHaveCount(0);

    await page.goto(`/search/letter/?${hitsQuery(first)}&q=${encodeURIComponent(query)}`);
    await expect(page.locator('#hits-letter article h1')).toBeVisible();
    await expect(page.locator('#hits-letter img, #hits-letter script')).toHaveCount(0);
    await expect(page.locator('[data-position]')).not.toBeEmpty();
    for (const mark of await page.locator('#hits-letter mark').allTextContents()) {
      expect(query.toLowerCase()).toContain(mark.toLowerCase());
    }
    expect(dialogs).toEqual([]);
  });
}

test('the search page with results has no axe violations and requests nothing off-site', async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page, new URL(baseURL!).origin);
  await page.goto(`/search/?q=${encodeURIComponent(phrase(first))}`);
  await expect(results(page)).toHaveCount(1);
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
