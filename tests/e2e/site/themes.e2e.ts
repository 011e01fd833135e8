/**
 * Themes across the years on the real archive: every expectation is worked out from the
 * taxonomy and improvements.json (theme-pages.ts), so it holds for any number of letters.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { expect, test } from '../fixtures.ts';
import { improvementThemeSchema, themesOf } from '../../../src/lib/archive/improvement-themes.ts';
import { checkThemePages, improvementItems } from '../theme-pages.ts';
import { archiveLetters } from '../../../src/lib/site/archive-files.ts';
import { ASKED_AGAIN_SHOWN } from '../../../src/lib/archive/theme-recurrence.ts';

const letters = archiveLetters();
const YEARS = [2009, 2010, 2011];
const list = (years: number[], joiner = 'and') =>
  years.length > 1 ? `${years.slice(0, -1).join(', ')} ${joiner} ${years.at(-1)}` : String(years[0]);

test('every theme has a page across the years listing exactly its items, each with its match marked', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await checkThemePages(page, request);
});

test('/improvements/ has a column for each year the archive holds letters of, and says which it holds none of', async ({
  page,
}) => {
  const held = YEARS.filter((year) => letters.some((l) => l.data.year === year));
  const none = YEARS.filter((year) => !held.includes(year));
  await page.goto('/improvements/');
  await expect(page.locator('main table thead th')).toHaveText([
    'Theme',
    ...held.map(String),
    'All years',
    'Letters',
  ]);
  if (none.length)
    await expect(page.locator('main p.note')).toContainText(
      `The archive holds no letter of ${none.join(' or ')}, so the table has no column for ${none.length === 1 ? 'it' : 'them'}.`,
    );
  else await expect(page.locator('main p.note')).not.toContainText('holds no letter');
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
    // A long list is folded under one line, so on a phone the items are not screens below.
    await expect(page.locator('main details.asked-again-fold'), theme).toHaveCount(
      again.length > ASKED_AGAIN_SHOWN ? 1 : 0,
    );
    if (again.length > ASKED_AGAIN_SHOWN)
      await expect(page.locator('main details.asked-again-fold')).not.toHaveAttribute('open');
  }
});

test("every claim on a theme page says the letters it is out of, counted from the archive's files", async ({
  page,
  request,
}) => {
  const items = await improvementItems(request);
  const themes = [...new Set(items.flatMap((i) => i.themes))];
  for (const theme of themes) {
    const own = items.filter((i) => i.themes.includes(theme));
    await page.goto(`/improvements/${theme}/`);
    await expect(page.locator('main')).toContainText(
      `of the ${letters.length} ${letters.length === 1 ? 'letter' : 'letters'} the archive holds`,
    );
    const byYear = page.locator('main .by-year');
    for (const year of YEARS) {
      const n = letters.filter((l) => l.data.year === year).length;
      if (!own.some((i) => i.year === year))
        await expect(byYear, theme).toContainText(
          n === 0
            ? `${year}: the archive holds no letter of ${year}`
            : `${year}: no item in the ${n} ${n === 1 ? 'letter' : 'letters'} of ${year} the archive holds`,
        );
    }
    // Each authority on the first page: the years asked, and the archive's other letters of it.
    const sections = await page.locator('main section.authority').evaluateAll((els) =>
      els.map((el) => ({
        slug: el.querySelector('h3')!.id,
        said: el.querySelector('.asked-years')!.textContent,
      })),
    );
    for (const { slug, said } of sections) {
      const asked = [...new Set(own.filter((i) => i.url.split('/')[2] === slug).map((i) => i.year))].sort();
      const others = letters
        .filter((l) => l.slug === slug && !asked.includes(l.data.year))
        .map((l) => l.data.year)
        .sort();
      const notIn = others.length
        ? `not in its ${list(others, 'or')} ${others.length === 1 ? 'letter' : 'letters'}`
        : '';
      expect(said, `${theme}: ${slug}`).toMatch(
        asked.length > 1
          ? `Asked again: in ${list(asked)}${notIn ? `; ${notIn}` : ''}.`
          : notIn
            ? `Asked in ${asked[0]}, ${notIn}.`
            : new RegExp(`^Asked in ${asked[0]}; the archive holds no other letter of .+'s\\.$`),
      );
    }
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
