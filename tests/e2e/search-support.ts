import { expect, type Page } from '@playwright/test';

/** The search page's parts the tests read. */
export const results = (page: Page) => page.locator('#search-results .result h2 a');
export const status = (page: Page) => page.locator('#search-status');
export const suggestion = (page: Page) => page.locator('#search-suggestion');

/** Opens the search page for a query (and more URL parameters), once it has answered. */
export async function searchFor(page: Page, query: string, more = ''): Promise<void> {
  const params = new URLSearchParams(more);
  if (query) params.set('q', query);
  await page.goto(`/search/?${params}`);
  await expect(status(page)).not.toHaveText(/^(Searching…)?$/);
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
}

/** Each result on show: its heading and the path of its letter's own page. */
export async function resultLetters(page: Page): Promise<Array<{ heading: string; path: string }>> {
  const letters = [];
  for (const link of await results(page).all()) {
    const href = new URL((await link.getAttribute('href'))!, 'http://x');
    const letter = href.searchParams.get('letter');
    letters.push({ heading: (await link.textContent())!, path: letter ? `/${letter}` : href.pathname });
  }
  return letters;
}

/** Every result's heading, with "Show more results" pressed until all are on the page. */
export async function allResults(page: Page): Promise<string[]> {
  const more = page.locator('#search-more');
  // Results are drawn one by one; the button shows once the page of results is complete.
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
  while (await more.isVisible()) {
    await more.click();
    // The button is disabled while a page of results is drawn.
    await expect(more).toBeEnabled();
  }
  return results(page).allTextContents();
}
