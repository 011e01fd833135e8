/**
 * Themes across the years on the real archive: every expectation is worked out from the
 * taxonomy and improvements.json (theme-pages.ts), so it holds for any number of letters.
 */
import { expect, test } from '../fixtures.ts';
import { checkThemePages, improvementItems } from '../theme-pages.ts';

test('every theme has a page across the years listing exactly its items, each with its match marked', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await checkThemePages(page, request);
});

test('"asked again" names exactly the authorities with items in a theme in two or more years', async ({
  page,
  request,
}) => {
  const items = await improvementItems(request);
  const themes = [...new Set(items.flatMap((i) => i.themes))];
  expect(themes.length).toBeGreaterThan(0);
  for (const theme of themes) {
    const years = new Map<string, Set<number>>();
    for (const item of items.filter((i) => i.themes.includes(theme))) {
      const slug = item.url.split('/')[2]!;
      years.set(slug, (years.get(slug) ?? new Set()).add(item.year));
    }
    const again = [...years]
      .filter(([, y]) => y.size >= 2)
      .map(([slug]) => slug)
      .sort();
    await page.goto(`/improvements/${theme}/`);
    const links = await page
      .locator('main ul.asked-again a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
    expect([...links].sort(), theme).toEqual(again);
    if (again.length === 0) await expect(page.locator('main')).toContainText('No authority was asked about');
  }
});
