import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { NationalTotals } from '../../src/lib/archive/national-totals.ts';
import { lettersPublished } from '../../src/lib/archive/year-summary.ts';
import { archiveDataFile, archiveLetters } from '../../src/lib/site/archive-files.ts';
import { findMarks } from '../../src/lib/search/search-phrases.ts';

/** The search page's parts the tests read. */
export const results = (page: Page) => page.locator('#search-results .result h2 a');
export const status = (page: Page) => page.locator('#search-status');
export const suggestion = (page: Page) => page.locator('#search-suggestion');
/** Waits until the page has looked for a suggestion (or had no need to), and returns its locator. */
export async function settledSuggestion(page: Page) {
  await expect(suggestion(page)).not.toHaveAttribute('data-looking');
  return suggestion(page);
}
/** The letterhead, addresses and signature block of a letter, which search leaves out. */
export const LETTERHEAD = '.letter-addresses, .letter-signatory';
/** A filter's count as its label ends: "Performs poorly (1 of 4): 36 letters", no second brackets. */
export const lettersCount = (n: number) => `: ${n} ${n === 1 ? 'letter' : 'letters'}`;

/** The note and link shown where only the standard text has `words`, in `n` letters. */
export const inStandardText = (n: number, words: string) =>
  `${n} ${n === 1 ? 'letter has' : 'letters have'} “${words}” in the standard text that every letter of a year prints alike, which is searched only when asked. Include the standard text`;

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

/**
 * What every count is said out of: the letters of an archive and the letters Ofsted
 * published (from its national-totals.json, by the archive's own rule), as the search
 * page's status says them.
 */
export function archiveHeld(lettersDir?: string): { letters: number; published: number; text: string } {
  const letters = archiveLetters(lettersDir).length;
  const totals = JSON.parse(
    readFileSync(archiveDataFile('national-totals.json', lettersDir), 'utf8'),
  ) as Array<Pick<NationalTotals, 'authorities' | 'notPublished'>>;
  const published = totals.reduce((sum, year) => sum + lettersPublished(year), 0);
  return {
    letters,
    published,
    text: `the ${letters} ${letters === 1 ? 'letter' : 'letters'} in the archive (of the ${published} Ofsted published)`,
  };
}

/**
 * The indexed text of each of the letter pages `paths`, less the standard text every letter
 * prints (`[data-standard-text]`) unless `standard`. Read from the built pages themselves.
 */
export async function pageTexts(page: Page, paths: readonly string[], standard: boolean): Promise<string[]> {
  return page.evaluate(
    async ({ paths, standard }) =>
      Promise.all(
        paths.map(async (path) => {
          const html = await (await fetch(path)).text();
          const body = new DOMParser()
            .parseFromString(html, 'text/html')
            .querySelector('[data-pagefind-body]')!;
          const skip = standard ? '[data-pagefind-ignore]' : '[data-pagefind-ignore], [data-standard-text]';
          for (const node of body.querySelectorAll(skip)) node.remove();
          return body.textContent ?? '';
        }),
      ),
    { paths, standard },
  );
}

/** The letter pages (of `paths`) whose pageTexts hold `phrase` (or a word) as search matches it (word by word, by stem). */
export async function pagesHolding(
  page: Page,
  paths: readonly string[],
  phrase: string,
  standard: boolean,
): Promise<string[]> {
  return holding(paths, await pageTexts(page, paths, standard), phrase);
}

/** Of `paths`, those whose text (`texts`, in the same order) holds `phrase` as search matches it. */
export function holding(paths: readonly string[], texts: readonly string[], phrase: string): string[] {
  return paths.filter((_, i) => findMarks(texts[i]!, { phrases: [phrase], words: [phrase] }).length > 0);
}

/** Every mark on a hits page starts and ends where a word does. */
export async function expectWholeWordMarks(page: Page): Promise<number> {
  const cut = await page.locator('#hits-letter mark.hit').evaluateAll((marks) =>
    marks
      .map((mark) => {
        const letter = /[\p{L}\p{N}]/u;
        const before = mark.previousSibling?.textContent?.slice(-1) ?? '';
        const after = mark.nextSibling?.textContent?.slice(0, 1) ?? '';
        return letter.test(before) || letter.test(after) ? `${before}[${mark.textContent}]${after}` : '';
      })
      .filter(Boolean),
  );
  expect(cut).toEqual([]);
  return page.locator('#hits-letter mark.hit').count();
}

/** Installed before the page loads: records every layout shift not caused by input. */
export async function watchLayoutShifts(page: Page): Promise<() => Promise<number[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: number[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<
        PerformanceEntry & { value: number; hadRecentInput: boolean }
      >)
        if (!entry.hadRecentInput) w.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // After a frame and a task, so the observer has been told of every shift so far.
  return () =>
    page.evaluate(async () => {
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      return (window as unknown as { __shifts: number[] }).__shifts;
    });
}
