import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../../src/lib/archive/frontmatter.ts';
import { gradeWithNumber, type Grade } from '../../../src/lib/archive/grades.ts';
import { allResults, results, searchFor, status, suggestion } from '../search-support.ts';

// The fixture archive is the tests' own: here the search is held to exact answers, worked
// out from the fixture letters themselves.
interface FixtureLetter {
  heading: string;
  slug: string;
  authority: string;
  year: number;
  grade: Grade;
  date: string;
  /** The letter's words, lower case, single-spaced. */
  text: string;
}

const ROOT = 'tests/fixtures/letters';
const LETTERS: FixtureLetter[] = readdirSync(ROOT).flatMap((slug) =>
  readdirSync(join(ROOT, slug)).map((file) => {
    const { frontmatter, body } = splitFrontmatter(readFileSync(join(ROOT, slug, file), 'utf8'))!;
    const data = parse(frontmatter) as { authority: string; year: number; grade: Grade; date: string };
    return {
      ...data,
      date: String(data.date),
      heading: `${data.authority}, ${data.year}`,
      slug,
      text: body.toLowerCase().replace(/\s+/g, ' '),
    };
  }),
);
const headings = (letters: FixtureLetter[]) => letters.map((l) => l.heading).sort();

test.describe('words no letter has are never found', () => {
  test('trafficking: Pagefind would match the "T" of a telephone number', async ({ page }) => {
    await searchFor(page, 'trafficking');
    await expect(status(page)).toHaveText('No letter contains “trafficking”.');
    await expect(results(page)).toHaveCount(0);
    await expect(suggestion(page)).toBeHidden();
    await expect(page.locator('[data-count-for]').first()).toHaveText('(0)');
  });

  test('northants: Pagefind would match "no"', async ({ page }) => {
    await searchFor(page, 'northants');
    await expect(status(page)).toHaveText('No letter contains “northants”.');
    await expect(results(page)).toHaveCount(0);
    await expect(suggestion(page)).toBeHidden();
  });

  test('safegaurding: Pagefind would match "safe"; safeguarding is suggested, and finds its letters', async ({
    page,
  }) => {
    await searchFor(page, 'safegaurding');
    await expect(status(page)).toHaveText('No letter contains “safegaurding”.');
    await expect(results(page)).toHaveCount(0);
    await expect(suggestion(page)).toHaveText('Did you mean safeguarding?');
    await suggestion(page).getByRole('link').click();
    await expect(page).toHaveURL(/\/search\/\?q=safeguarding$/);
    await expect(status(page)).toHaveText(/^\d+ letters? contain/);
    expect((await allResults(page)).sort()).toEqual(
      headings(LETTERS.filter((l) => l.text.includes('safeguarding'))),
    );
  });

  test('one missing word among found ones empties the results and is named', async ({ page }) => {
    await searchFor(page, 'care trafficking');
    await expect(status(page)).toHaveText('No letter contains “trafficking”.');
    await expect(results(page)).toHaveCount(0);
  });
});

test.describe('phrases and words find exactly the letters that have them', () => {
  for (const phrase of ['care leavers', 'leaving care']) {
    test(`"${phrase}"`, async ({ page }) => {
      const expected = LETTERS.filter((l) => l.text.includes(phrase));
      expect(expected.length).toBeGreaterThan(1);
      await searchFor(page, `"${phrase}"`);
      await expect(status(page)).toHaveText(
        `${expected.length} letters contain “${phrase}”. Most relevant first.`,
      );
      expect((await allResults(page)).sort()).toEqual(headings(expected));
    });
  }

  test('improve finds improved and improvement', async ({ page }) => {
    const expected = LETTERS.filter((l) => /\bimprov(e|es|ed|ing|ement|ements)\b/.test(l.text));
    await searchFor(page, 'improve');
    expect((await allResults(page)).sort()).toEqual(headings(expected));
  });
});

test('filters alone: the counts beside each value equal the letters it shows', async ({ page }) => {
  const grade = gradeWithNumber(2);
  await searchFor(page, '', `grade=${encodeURIComponent(grade)}&year=2010`);
  const expected = LETTERS.filter((l) => l.grade === 2 && l.year === 2010);
  expect(expected.length).toBeGreaterThan(1);
  await expect(status(page)).toHaveText(`${expected.length} letters match the filters chosen. Newest first.`);
  expect((await allResults(page)).sort()).toEqual(headings(expected));
  const count = (group: string, label: string) =>
    page.locator(`.filter-${group} label`, { hasText: label }).locator('.count');
  await expect(count('year', '2010')).toHaveText(`(${expected.length})`);
  await expect(count('grade', grade)).toHaveText(`(${expected.length})`);
  // Another year's count is what ticking it too would add.
  for (const year of [2009, 2011])
    await expect(count('year', String(year))).toHaveText(
      `(${LETTERS.filter((l) => l.grade === 2 && l.year === year).length})`,
    );
});

test.describe('the authority filter', () => {
  test('takes part of a name in any case', async ({ page }) => {
    await searchFor(page, '', 'authority=KESTL');
    expect((await allResults(page)).sort()).toEqual(
      headings(LETTERS.filter((l) => l.authority.startsWith('Kestleigh'))),
    );
    await searchFor(page, 'care', 'authority=leigh');
    const leighs = LETTERS.filter((l) => /leigh/i.test(l.authority) && /\bcare\b/.test(l.text));
    expect((await allResults(page)).sort()).toEqual(headings(leighs));
  });

  test('says when no name matches', async ({ page }) => {
    await searchFor(page, 'care', 'authority=Nowhere');
    await expect(status(page)).toHaveText(
      "No authority's name contains “Nowhere”. Clear the authority filter or try part of the name.",
    );
    await expect(results(page)).toHaveCount(0);
  });
});

test('sorting: by date either way and by grade, the sort in the URL', async ({ page }) => {
  const byDate = [...LETTERS].sort((a, b) => a.date.localeCompare(b.date)).map((l) => l.heading);
  await searchFor(page, 'children', 'sort=oldest');
  expect(await allResults(page)).toEqual(byDate);
  await page.locator('#search-sort').selectOption('newest');
  await expect(page).toHaveURL(/\?q=children&sort=newest$/);
  await expect(results(page).first()).toHaveText(byDate.at(-1)!);
  expect(await allResults(page)).toEqual([...byDate].reverse());

  await searchFor(page, 'children', 'sort=grade-high');
  const grades = (await page.locator('#search-results .grade').allTextContents()).map((g) =>
    Number(/\((\d)/.exec(g)![1]),
  );
  expect(grades).toEqual([...grades].sort((a, b) => b - a));
  expect(grades[0]).toBe(4);
});

test('back to the search from a hit: the same query, filters, sort and place', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await searchFor(page, 'improve', 'sort=oldest');
  const before = await allResults(page);
  expect(before.length).toBeGreaterThan(10);
  const last = results(page).last();
  await last.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(0);
  await last.click();
  await expect(page.locator('#hits-letter article h1')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=improve&sort=oldest$/);
  await expect(page.locator('#search-q')).toHaveValue('improve');
  await expect(page.locator('#search-sort')).toHaveValue('oldest');
  await expect(results(page)).toHaveText(before);
  await expect(results(page).last()).toBeInViewport();
});

test('the hits page says the words searched for as the search page does, each quoted once', async ({
  page,
}) => {
  const letter = LETTERS.find((l) => l.text.includes('care leavers'))!;
  const path = `authorities/${letter.slug}/${letter.year}/`;
  for (const [query, said] of [
    ['"care leavers"', '“care leavers”'],
    ['care leavers', '“care” or “leavers”'],
  ] as const) {
    await page.goto(`/search/letter/?letter=${encodeURIComponent(path)}&q=${encodeURIComponent(query)}`);
    await expect(page.locator('#hits-letter article h1')).toBeVisible();
    const hits = await page.locator('#hits-letter mark.hit').count();
    expect(hits).toBeGreaterThan(0);
    await expect(page.locator('#hits-status')).toHaveText(
      `${hits} ${hits === 1 ? 'hit' : 'hits'} for ${said}.`,
    );
  }
});
