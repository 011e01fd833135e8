import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchPage } from '../support.ts';

const results = (page: Page) => page.locator('#search-results .result h2 a');
const status = (page: Page) => page.locator('#search-status');

async function searchFromHeader(page: Page, query: string) {
  await page.goto('/');
  await page.locator('header input[name="q"]').fill(query);
  await page.locator('header button[type="submit"]').click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
}

test.describe('phrases', () => {
  test('"care leavers" finds Cambridgeshire 2010 only, from the search box and from a shared URL', async ({
    page,
  }) => {
    await searchFromHeader(page, '"care leavers"');
    await expect(status(page)).toHaveText('1 letter found for “"care leavers"”.');
    await expect(results(page)).toHaveText(['Cambridgeshire County Council, 2010']);

    await page.goto('/search/?q=%22care+leavers%22');
    await expect(results(page)).toHaveText(['Cambridgeshire County Council, 2010']);
    await expect(page.locator('#search-q')).toHaveValue('"care leavers"');
  });

  test('unquoted care leavers ranks Cambridgeshire first', async ({ page }) => {
    await page.goto('/search/?q=care+leavers');
    await expect(results(page).first()).toHaveText('Cambridgeshire County Council, 2010');
    expect(await results(page).count()).toBeGreaterThanOrEqual(1);
  });

  test('"leaving care" finds Northamptonshire 2011', async ({ page }) => {
    await searchFromHeader(page, '"leaving care"');
    await expect(results(page)).toHaveText(['Northamptonshire County Council, 2011']);
  });

  test('each result shows grade in words, the section of the hit and the words marked', async ({ page }) => {
    await page.goto('/search/?q=%22care+leavers%22');
    const result = page.locator('#search-results .result').first();
    await expect(result.locator('.result-meta')).toHaveText(
      'Grade: Performs well (3 of 4) · Section: Outcomes for children and young people',
    );
    await expect(result.locator('.result-excerpt mark').first()).toHaveText(/care/i);
  });

  test('a search with no result says what to try', async ({ page }) => {
    await page.goto('/search/?q=%22zebra+crossing+quartet%22');
    await expect(status(page)).toHaveText('0 letters found for “"zebra crossing quartet"”.');
    await expect(page.locator('#search-results .empty')).toContainText('drop the quotes');
  });
});

test('filters narrow the results, live in the URL, and the back button restores them', async ({ page }) => {
  await page.goto('/search/?q=children');
  await expect(results(page)).toHaveCount(2);
  await expect(page.locator('[data-count-for="filter-year-0"]')).toHaveText('(1)');

  await page.getByLabel('2010', { exact: false }).check();
  await expect(page).toHaveURL(/year=2010/);
  await expect(results(page)).toHaveText(['Cambridgeshire County Council, 2010']);
  await expect(status(page)).toHaveText('1 letter found for “children”, with the filters chosen.');

  await page.reload();
  await expect(results(page)).toHaveText(['Cambridgeshire County Council, 2010']);
  await expect(page.getByLabel('2010', { exact: false })).toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=children$/);
  await expect(results(page)).toHaveCount(2);
  await expect(page.getByLabel('2010', { exact: false })).not.toBeChecked();
});

test('a result opens its letter with the hits marked, the first in view, and steps through them', async ({
  page,
}) => {
  await page.goto('/search/?q=children');
  await results(page).filter({ hasText: 'Northamptonshire' }).click();
  await expect(page).toHaveURL(
    /\/search\/letter\/\?letter=authorities%2Fnorthamptonshire%2F2011%2F&q=children/,
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

test('the search page with results has no axe violations and requests nothing off-site', async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page, new URL(baseURL!).origin);
  await page.goto('/search/?q=%22care+leavers%22');
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
