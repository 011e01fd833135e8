/**
 * Themes across the years on the real archive: every expectation is worked out from the
 * taxonomy and improvements.json (theme-pages.ts), so it holds for any number of letters.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { expect, test } from '../fixtures.ts';
import { improvementThemeSchema, themesOf } from '../../../src/lib/archive/improvement-themes.ts';
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

/*
 * Phrases of the letters' kind that hold a theme's term without being about the theme,
 * found reviewing each theme's matches: the taxonomy's `notWithin` keeps them out, and the
 * same term about the theme still counts. Read from the archive's own taxonomy file.
 */
const REVIEWED: Array<[string, string, boolean]> = [
  ['Reduce the time taken to complete initial assessments.', 'safeguarding', true],
  ['Raise results in National Curriculum assessments at age 11.', 'safeguarding', false],
  ['Improve outcomes in Early Years Foundation Stage assessments.', 'safeguarding', false],
  ['Reduce delays in adoption for children in care.', 'looked-after-children', true],
  ['Complete the adoption of a new strategy for youth services.', 'looked-after-children', false],
  ['Increase the proportion of good or better primary schools.', 'schools', true],
  ['Pupils with special needs make good progress in their primary schools.', 'schools', false],
  ['More settings achieve Healthy Schools status.', 'schools', false],
  [
    'Reduce the gap in attainment between pupils eligible for free school meals and their peers.',
    'attainment-gaps',
    true,
  ],
  ['Fill the gaps in provision for disabled children.', 'attainment-gaps', false],
  ['Improve arrangements for achieving economic well-being.', 'attainment-gaps', false],
  ['Improve the emotional health of young people.', 'health', true],
  ['Complete health and safety checks of premises.', 'health', false],
];

test('the taxonomy keeps out what its terms say without meaning the theme, and keeps in what they mean', () => {
  const themes = z
    .array(improvementThemeSchema)
    .parse(JSON.parse(readFileSync('content/improvement-themes.json', 'utf8')));
  const wrong = REVIEWED.filter(
    ([text, theme, inTheme]) => themesOf(text, themes).includes(theme) !== inTheme,
  );
  expect(wrong).toEqual([]);
});
