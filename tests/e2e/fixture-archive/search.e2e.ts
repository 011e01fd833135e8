import { expect, test } from '../fixtures.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../../src/lib/archive/frontmatter.ts';
import { gradeWithNumber, type Grade } from '../../../src/lib/archive/grades.ts';
import {
  allResults,
  archiveHeld,
  expectWholeWordMarks,
  holding,
  inStandardText,
  pagesHolding,
  pageTexts,
  LETTERHEAD,
  resultLetters,
  results,
  searchFor,
  settledSuggestion,
  status,
  suggestion,
  watchLayoutShifts,
  lettersCount,
} from '../search-support.ts';

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
const pathOf = (l: FixtureLetter) => `/authorities/${l.slug}/${l.year}/`;
/** "the 13 letters in the archive (of the 445 Ofsted published)": every count is out of these. */
const HELD = archiveHeld(ROOT);
/** What a search that finds nothing says it read: never the letterhead, addresses or signature. */
const SEARCHED =
  "Searched: each letter's own words, not its letterhead, addresses or signature, nor the standard text every letter prints (unless asked).";
const none = (words: string) =>
  `No letter contains ${words} in the text searched: none of ${HELD.text}. ${SEARCHED}`;

test.describe('words no letter has are never found', () => {
  test('trafficking: Pagefind would match the "T" of a telephone number', async ({ page }) => {
    await searchFor(page, 'trafficking');
    await expect(status(page)).toHaveText(none('“trafficking”'));
    await expect(results(page)).toHaveCount(0);
    await expect(suggestion(page)).toBeHidden();
    await expect(page.locator('[data-count-for]').first()).toHaveText(': 0 letters');
  });

  test('northants: Pagefind would match "no"', async ({ page }) => {
    await searchFor(page, 'northants');
    await expect(status(page)).toHaveText(none('“northants”'));
    await expect(results(page)).toHaveCount(0);
    await expect(suggestion(page)).toBeHidden();
  });

  test('safegaurding: Pagefind would match "safe"; safeguarding is suggested, and finds its letters', async ({
    page,
  }) => {
    await searchFor(page, 'safegaurding');
    await expect(status(page)).toHaveText(none('“safegaurding”'));
    await expect(results(page)).toHaveCount(0);
    await expect(suggestion(page)).toHaveText('Did you mean safeguarding?');
    await suggestion(page).getByRole('link').click();
    await expect(page).toHaveURL(/\/search\/\?q=safeguarding$/);
    await expect(status(page)).toHaveText(
      /^\d+ of the \d+ letters in the archive \(of the \d+ Ofsted published\) contains? “safeguarding”/,
    );
    expect((await allResults(page)).sort()).toEqual(
      headings(LETTERS.filter((l) => l.text.includes('safeguarding'))),
    );
  });

  test('one missing word among found ones empties the results and is named', async ({ page }) => {
    await searchFor(page, 'care trafficking');
    await expect(status(page)).toHaveText(none('“trafficking”'));
    await expect(results(page)).toHaveCount(0);
  });
});

test.describe('the letterhead, addresses and signature block never answer', () => {
  // Only in the fixture letters' frontmatter (Ofsted's address on one letter, the recipients'
  // "Civic Centre", the signatory Sam Sample), never in their own words; "kingston" is near
  // "kingsway", and "aviatoin" near "aviation".
  for (const query of ['kingsway', 'kingston', 'aviatoin', 'civic', 'sample']) {
    test(`${query}: no letter, and no suggestion taken from a letterhead`, async ({ page }) => {
      expect(LETTERS.filter((l) => l.text.includes(query.slice(0, 5)))).toEqual([]);
      await searchFor(page, query);
      await expect(status(page)).toHaveText(none(`“${query}”`));
      await expect(results(page)).toHaveCount(0);
      await expect(await settledSuggestion(page)).toBeHidden();
    });
  }

  test('a hit is never in the letterhead: the authority’s name is marked in the letter’s own words only', async ({
    page,
  }) => {
    const letter = LETTERS.find((l) => l.slug === 'brackenmoor')!;
    const name = letter.authority.split(' ')[0]!;
    await searchFor(page, name);
    const shown = await resultLetters(page);
    expect(shown.map((r) => r.heading).sort()).toEqual(
      headings(LETTERS.filter((l) => l.text.includes(name.toLowerCase()))),
    );
    await results(page).filter({ hasText: letter.heading }).click();
    await expect(page.locator('#hits-letter mark.hit').first()).toBeVisible();
    await expect(page.locator(`#hits-letter :is(${LETTERHEAD})`)).not.toHaveCount(0);
    await expect(page.locator(`#hits-letter :is(${LETTERHEAD}) mark`)).toHaveCount(0);
  });
});

test.describe('search operators: a phrase, a word left out, either word', () => {
  const paths = LETTERS.map(pathOf);
  const byPath = new Map(LETTERS.map((l) => [pathOf(l), l]));
  const headingsOf = (found: string[]) => headings(found.map((path) => byPath.get(path)!));
  /** The status for `n` results of a query with operators, said as `what`. */
  const said = (what: string, n: number) =>
    `${what}: ${n} of ${HELD.text}.${n > 1 ? ' Most relevant first.' : ''}`;

  test('a word left out, with - or NOT: the letters with the phrase and without the word', async ({
    page,
  }) => {
    await page.goto('/search/');
    const phrase = await pagesHolding(page, paths, 'care leavers', false);
    const word = await pagesHolding(page, paths, 'safeguarding', false);
    const expected = phrase.filter((path) => !word.includes(path));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(phrase.length);
    for (const query of ['"care leavers" -safeguarding', '"care leavers" NOT safeguarding']) {
      await searchFor(page, query);
      await expect(status(page)).toHaveText(
        said('Letters with “care leavers” and without “safeguarding”', expected.length),
      );
      expect((await allResults(page)).sort()).toEqual(headingsOf(expected));
    }
  });

  test('OR: the letters with either phrase', async ({ page }) => {
    await page.goto('/search/');
    const leavers = await pagesHolding(page, paths, 'care leavers', false);
    const worker = await pagesHolding(page, paths, 'social worker', false);
    const expected = paths.filter((path) => leavers.includes(path) || worker.includes(path));
    expect(expected.length).toBeGreaterThan(Math.max(leavers.length, worker.length));
    await searchFor(page, '"care leavers" OR "social worker"');
    await expect(status(page)).toHaveText(
      said('Letters with “care leavers” or “social worker”', expected.length),
    );
    expect((await allResults(page)).sort()).toEqual(headingsOf(expected));
  });

  test('a lower-case "or" is a word, and the status says so with how to ask for either', async ({ page }) => {
    await searchFor(page, 'care or leavers');
    await expect(status(page)).toHaveText(/“or” was searched as a word; for either word, type OR\.$/);
    await searchFor(page, 'care OR leavers');
    await expect(status(page)).not.toContainText('was searched as a word');
  });

  test('no operator example breaks at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/search/');
    for (const kbd of await page.locator('main p.help kbd, #search-operators kbd').all()) {
      // One line each: a box no taller than one line of its text.
      const lines = await kbd.evaluate((el) => el.getClientRects().length);
      expect(lines, (await kbd.textContent()) ?? '').toBe(1);
    }
  });

  test('nothing left once a word is left out: how many had what was asked, and the word', async ({
    page,
  }) => {
    await page.goto('/search/');
    const phrase = await pagesHolding(page, paths, 'care leavers', false);
    await searchFor(page, '"care leavers" -care');
    await expect(status(page)).toHaveText(
      `No letters with “care leavers” and without “care”: ${phrase.length} of ${HELD.text} are letters with “care leavers”, but each has “care” too.`,
    );
    await expect(results(page)).toHaveCount(0);
    // The status gives the reason: no advice about quotes or fewer words beside it.
    await expect(page.locator('main')).not.toContainText('Try fewer words');
  });

  for (const [query, problem] of [
    ['care -', '“-” on its own leaves nothing out'],
    ['care NOT', '“NOT” (or “-”) needs a word'],
    ['-safeguarding', 'The search has only words to leave out'],
    ['safeg*', '“safeg*” has a wildcard (*)'],
    ['((care OR adoption))', 'Brackets inside brackets are not supported'],
    ['care OR', '“OR” needs a word'],
  ] as const) {
    test(`${query}: what search can't do is said, and nothing is searched`, async ({ page }) => {
      await searchFor(page, query);
      await expect(status(page)).toContainText(problem);
      await expect(results(page)).toHaveCount(0);
      await expect(page.locator('#search-answers li')).toHaveCount(0);
    });
  }

  test('the operators are listed under the search box, and the box is described by them', async ({
    page,
  }) => {
    await page.goto('/search/');
    await expect(page.locator('#search-q')).toHaveAccessibleDescription(
      '"social worker" finds exactly that phrase · -bullying or NOT bullying leaves out the letters with the word · adoption OR fostering finds either word',
    );
  });

  test('the hits page marks what was looked for, not what was left out', async ({ page }) => {
    const letter = LETTERS.find((l) => l.text.includes('care leavers') && !l.text.includes('safeguarding'))!;
    await page.goto(
      `/search/letter/?letter=${encodeURIComponent(pathOf(letter).slice(1))}&q=${encodeURIComponent('"care leavers" -safeguarding -prospects')}`,
    );
    await expect(page.locator('#hits-letter mark.hit').first()).toBeVisible();
    for (const mark of await page.locator('#hits-letter mark.hit').allTextContents())
      expect(mark.toLowerCase().replace(/\s+/g, ' ')).toBe('care leavers');
  });
});

test.describe('phrases and words find exactly the letters that have them', () => {
  for (const phrase of ['care leavers', 'leaving care']) {
    test(`"${phrase}"`, async ({ page }) => {
      const expected = LETTERS.filter((l) => l.text.includes(phrase));
      expect(expected.length).toBeGreaterThan(1);
      await searchFor(page, `"${phrase}"`);
      await expect(status(page)).toHaveText(
        `${expected.length} of ${HELD.text} contain “${phrase}”. Most relevant first.`,
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
  const in2010 = LETTERS.filter((l) => l.year === 2010).length;
  await expect(status(page)).toHaveText(
    `${expected.length} of the ${in2010} letters from 2010 in the archive (of the 146 Ofsted published) match the filters chosen. Newest first.`,
  );
  expect((await allResults(page)).sort()).toEqual(headings(expected));
  const count = (group: string, label: string) =>
    page.locator(`.filter-${group} label`, { hasText: label }).locator('.count');
  await expect(count('year', '2010')).toHaveText(lettersCount(expected.length));
  await expect(count('grade', grade)).toHaveText(lettersCount(expected.length));
  // The label reads as one phrase, with the grade's own brackets the only ones.
  await expect(page.locator('.filter-grade label', { hasText: grade })).toHaveText(
    `${grade}: ${expected.length} letters`,
  );
  // Another year's count is what ticking it too would add.
  for (const year of [2009, 2011])
    await expect(count('year', String(year))).toHaveText(
      lettersCount(LETTERS.filter((l) => l.grade === 2 && l.year === year).length),
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
  // The result followed has the focus again, for the keyboard and screen readers.
  await expect(results(page).last()).toBeFocused();
});

test('the hits page says the words searched for as the search page does, each quoted once', async ({
  page,
}) => {
  const letter = LETTERS.find((l) => l.text.includes('care leavers'))!;
  const path = `authorities/${letter.slug}/${letter.year}/`;
  await page.goto(
    `/search/letter/?letter=${encodeURIComponent(path)}&q=${encodeURIComponent('"care leavers"')}`,
  );
  await expect(page.locator('#hits-letter article h1')).toBeVisible();
  const hits = await page.locator('#hits-letter mark.hit').count();
  expect(hits).toBeGreaterThan(0);
  await expect(page.locator('#hits-status')).toHaveText(
    `${hits} ${hits === 1 ? 'hit' : 'hits'} for “care leavers”.`,
  );
});

test.describe('phrases first', () => {
  test('an unquoted query ranks the letters holding its phrase first, and says so', async ({ page }) => {
    await page.goto('/search/');
    const paths = LETTERS.map(pathOf);
    const heading = (path: string) => LETTERS.find((l) => pathOf(l) === path)!.heading;
    const phrase = await pagesHolding(page, paths, 'further improvement', false);
    const further = await pagesHolding(page, paths, 'further', false);
    const both = (await pagesHolding(page, paths, 'improvement', false)).filter((p) => further.includes(p));
    // The fixture has letters with the words apart, so the order is a real test.
    expect(phrase.length).toBeGreaterThan(0);
    expect(both.length).toBeGreaterThan(phrase.length);
    await searchFor(page, 'further improvement');
    await expect(status(page)).toHaveText(
      `${both.length} of ${HELD.text} contain all of “further” and “improvement”. Most relevant first. Letters with the phrase “further improvement” come first.`,
    );
    const shown = await allResults(page);
    expect(shown.slice(0, phrase.length).sort()).toEqual(phrase.map(heading).sort());
    expect(shown.sort()).toEqual(both.map(heading).sort());
  });

  test('the hits page steps through the phrase before the single words, marking whole words only', async ({
    page,
  }) => {
    const letter = LETTERS.find((l) => l.text.includes('care leavers') && / care (?!leavers)/.test(l.text))!;
    await page.goto(`/search/letter/?letter=${encodeURIComponent(pathOf(letter).slice(1))}&q=care+leavers`);
    await expect(page.locator('#hits-letter article h1')).toBeVisible();
    const phrases = await page.locator('#hits-letter mark.hit[data-kind="phrase"]').count();
    const words = await page.locator('#hits-letter mark.hit[data-kind="word"]').count();
    expect(phrases).toBeGreaterThan(0);
    expect(words).toBeGreaterThan(0);
    await expect(page.locator('#hits-status')).toHaveText(
      `${phrases} ${phrases === 1 ? 'hit' : 'hits'} for “care leavers”, then ${words} for “care” or “leavers” alone.`,
    );
    await expect(page.locator('#hits-letter mark.hit[data-kind="phrase"]').first()).toHaveText(
      /^care\s+leavers$/i,
    );
    // Every phrase is visited before any single word.
    const current = page.locator('#hits-letter mark.hit.current');
    for (let i = 0; i < phrases; i++) {
      await expect(current).toHaveAttribute('data-kind', 'phrase');
      await page.getByRole('button', { name: 'Next hit' }).click();
    }
    await expect(current).toHaveAttribute('data-kind', 'word');
    await expectWholeWordMarks(page);
  });

  test('no mark covers part of a word: "care" is not marked in "carers" or "childcare"', async ({ page }) => {
    const letter = LETTERS.find((l) => /\bcarers\b|childcare/.test(l.text) && /\bcare\b/.test(l.text))!;
    await page.goto(`/search/letter/?letter=${encodeURIComponent(pathOf(letter).slice(1))}&q=care`);
    await expect(page.locator('#hits-letter article h1')).toBeVisible();
    expect(await expectWholeWordMarks(page)).toBeGreaterThan(0);
    for (const mark of await page.locator('#hits-letter mark.hit').allTextContents())
      expect(mark).toMatch(/^care$/i);
  });

  test('a letter without the words: no buttons that do nothing', async ({ page }) => {
    await page.goto(`/search/letter/?letter=${encodeURIComponent(pathOf(LETTERS[0]!).slice(1))}&q=zzyzx`);
    await expect(page.locator('[data-position]')).toHaveText(
      '“zzyzx” does not occur word for word in this letter.',
    );
    await expect(page.getByRole('button', { name: 'Next hit' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Previous hit' })).toBeHidden();
    await expect(page.getByRole('link', { name: "Open the letter's own page" })).toBeVisible();
  });
});

test.describe('the standard text every letter prints', () => {
  const phrase = 'performs poorly';
  const paths = LETTERS.map(pathOf);
  const heading = (path: string) => LETTERS.find((l) => pathOf(l) === path)!.heading;

  test('"performs poorly" finds the letters whose own words say it; with the box, every letter printing it', async ({
    page,
  }) => {
    await page.goto('/search/');
    const own = await pagesHolding(page, paths, phrase, false);
    const all = await pagesHolding(page, paths, phrase, true);
    // The standard text (the printed scale) is only ever added by the box; the letters
    // graded poorly say it in their own words, in their grade line.
    expect(all).toEqual(expect.arrayContaining(own));
    expect(own).toEqual(expect.arrayContaining(LETTERS.filter((l) => l.grade === 1).map(pathOf)));

    await searchFor(page, `"${phrase}"`);
    await expect(page.locator('#search-standard')).not.toBeChecked();
    await expect(status(page)).toHaveText(
      new RegExp(`^${own.length} of ${HELD.text.replace(/[()]/g, '\\$&')} contains? “${phrase}”\\.`),
    );
    expect((await allResults(page)).sort()).toEqual(own.map(heading).sort());

    await page.locator('#search-standard').check();
    await expect(page).toHaveURL(/[?&]standard=include(&|$)/);
    await expect(status(page)).toHaveText(new RegExp(`^${all.length} of the`));
    expect((await allResults(page)).sort()).toEqual(all.map(heading).sort());
    await page.reload();
    await expect(page.locator('#search-standard')).toBeChecked();
    await page.goBack();
    await expect(page.locator('#search-standard')).not.toBeChecked();
  });

  test('a word only the standard text has: nothing found, and a link to search the standard text too', async ({
    page,
  }) => {
    await page.goto('/search/');
    // A word of the standard text that no letter's own words have, by the rule search uses.
    const ownTexts = await pageTexts(page, paths, false);
    const allTexts = await pageTexts(page, paths, true);
    const own = new Set(
      ownTexts
        .join(' ')
        .toLowerCase()
        .match(/\p{L}+/gu),
    );
    const word = [
      ...new Set(
        allTexts
          .join(' ')
          .toLowerCase()
          .match(/\p{L}{6,}/gu),
      ),
    ].find((candidate) => !own.has(candidate) && !holding(paths, ownTexts, candidate).length);
    const holdingIt = word ? holding(paths, allTexts, word) : [];
    expect(word, 'the fixture standard text has a word of its own').toBeDefined();
    expect(holdingIt.length).toBeGreaterThan(0);

    await page.setViewportSize({ width: 320, height: 640 });
    await searchFor(page, word!);
    const n = holdingIt.length;
    await expect(suggestion(page)).toHaveText(inStandardText(n, word!));
    // "In the text searched", which the status says leaves out the standard text: the next line says some have it there.
    await expect(status(page)).toHaveText(none(`“${word}”`));
    await suggestion(page).getByRole('link').click();
    await expect(page.locator('#search-standard')).toBeChecked();
    await expect(status(page)).toHaveText(new RegExp(`^${n} of the`));
    await expect(status(page)).toBeInViewport();
    expect((await allResults(page)).sort()).toEqual(holdingIt.map(heading).sort());
  });
});

test.describe('answer cards', () => {
  test('a name with no letter: the authority, its grades and how each is known, and its page', async ({
    page,
  }) => {
    await searchFor(page, 'Ashcombe');
    const card = page.locator('#search-answers .answer').first();
    await expect(card.getByRole('link', { name: 'Ashcombe' })).toHaveAttribute(
      'href',
      '/authorities/ashcombe/',
    );
    await expect(card).toContainText(
      'No letter in the archive yet. Grades: 2009: Performs excellently (4 of 4), reported in 2 sources; 2010: Performs poorly (1 of 4), reported in 1 source; 2011: not known.',
    );
    // The status leads with the card, so that finding no letter does not read as the whole answer.
    await expect(status(page)).toHaveText(
      `Ashcombe matches by name: its card is below. ${none('“Ashcombe”')}`,
    );

    await searchFor(page, '', 'authority=ashc');
    await expect(status(page)).toHaveText('No letter from Ashcombe is in the archive yet.');
    await page.locator('#search-answers').getByRole('link', { name: 'Ashcombe' }).click();
    await expect(page).toHaveURL('/authorities/ashcombe/');
  });

  test('a name with letters: its card comes first, then its letters', async ({ page }) => {
    await searchFor(page, 'kestleigh');
    await expect(page.locator('#search-answers .answer h2')).toHaveText(['Kestleigh']);
    await expect(page.locator('#search-answers .answer')).toContainText(
      '2 letters in the archive. Grades: 2009: Performs poorly (1 of 4), from the letter; 2010: Performs adequately (2 of 4), from the letter; 2011: not known.',
    );
    expect((await resultLetters(page)).map((r) => r.heading).sort()).toEqual(
      headings(LETTERS.filter((l) => l.slug === 'kestleigh')),
    );
  });

  test('a grade’s words: the authorities known at that grade, year by year', async ({ page }) => {
    await searchFor(page, 'performs poorly');
    const card = page.locator('#search-answers .answer');
    await expect(card.locator('h2')).toHaveText('Authorities graded Performs poorly (1 of 4), by year');
    const links = card.getByRole('link');
    await expect(links).toHaveText([
      '2009: 2 authorities known (Ofsted counted 9)',
      '2010: 2 authorities known (Ofsted counted 12)',
      '2011: 0 authorities known (Ofsted counted 15)',
    ]);
    await expect(links.first()).toHaveAttribute('href', '/years/2009/performs-poorly/');
  });
});

test('the search page does not shift as its answer arrives, at 320 and 1,280 px', async ({ page }) => {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const shifts = await watchLayoutShifts(page);
    await searchFor(page, 'care leavers', 'year=2010');
    await expect(page.locator('[data-count-for]').first()).not.toBeEmpty();
    const all = await shifts();
    expect(
      all.reduce((sum, value) => sum + value, 0),
      `${width} px: ${all.join(', ')}`,
    ).toBeLessThan(0.1);
  }
});

test('the first result is drawn before the others are asked for, and each is asked for once', async ({
  page,
}) => {
  const word = 'care';
  expect(LETTERS.filter((l) => l.text.includes(` ${word} `)).length).toBeGreaterThan(1);
  // Each result's text is a fetch of one Pagefind fragment: counted as the page asks.
  await page.addInitScript(() => {
    const w = window as unknown as { __fragments: string[]; __fragmentsAtFirst?: number };
    w.__fragments = [];
    const fetchBefore = window.fetch;
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.includes('.pf_fragment')) w.__fragments.push(url);
      return fetchBefore(input, init);
    };
    new MutationObserver(() => {
      if (w.__fragmentsAtFirst === undefined && document.querySelector('#search-results .result'))
        w.__fragmentsAtFirst = w.__fragments.length;
    }).observe(document, { childList: true, subtree: true });
  });
  await searchFor(page, word);
  const { atFirst, asked } = await page.evaluate(() => {
    const w = window as unknown as { __fragments: string[]; __fragmentsAtFirst?: number };
    return { atFirst: w.__fragmentsAtFirst, asked: w.__fragments };
  });
  expect(atFirst).toBe(1);
  const shown = await results(page).count();
  expect(shown).toBeGreaterThan(1);
  expect(asked).toHaveLength(shown);
  expect(new Set(asked).size).toBe(shown);
});

test('at 320 px a search from the box brings its answer into view; a filter leaves the reader at the filters', async ({
  page,
}) => {
  // A 320 by 568 phone: under the compact header the answer's status sits just inside a 640 px screen.
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto('/search/');
  // On a phone the answer starts below the form, out of sight.
  await expect(status(page)).not.toBeInViewport();
  await page.locator('#search-q').fill('care');
  await page.locator('#search-q').press('Enter');
  await expect(status(page)).toBeInViewport();
  await expect(results(page).first()).toBeInViewport();

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('details.filters summary').click();
  const box = page.locator('input[name="year"]').first();
  await box.check();
  const atFilters = await page.evaluate(() => window.scrollY);
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
  await expect(status(page)).not.toHaveText(/^(Searching…)?$/);
  expect(await page.evaluate(() => window.scrollY)).toBe(atFilters);
  await expect(box).toBeInViewport();
});

test("at 320 px a search from the header's box, on another page, opens with its answer in view", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto('/about/');
  await page.locator('header input[name="q"]').fill('care');
  await page.locator('header input[name="q"]').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=care$/);
  await expect(results(page).first()).toBeVisible();
  await expect(status(page)).toBeInViewport();
  await expect(results(page).first()).toBeInViewport();
});

test('at 320 px no filter count starts a line, and no box is squeezed by its label', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await searchFor(page, 'care');
  await page.locator('details.filters summary').click();
  await expect(page.locator('[data-count-for]').first()).not.toBeEmpty();
  const apart = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-count-for]')].flatMap((count) => {
      // The label's last character before the count, and the count's first.
      const before = count.previousSibling;
      if (!before?.textContent) return [`${count.dataset.countFor}: nothing before it`];
      const range = document.createRange();
      range.setStart(before, before.textContent.length - 1);
      range.setEnd(before, before.textContent.length);
      const end = range.getBoundingClientRect();
      const start = count.getBoundingClientRect();
      return Math.abs(end.top - start.top) > 2 ? [`${before.textContent}${count.textContent}`] : [];
    }),
  );
  expect(apart).toEqual([]);
  // A long label wraps; it does not squeeze its box.
  const widths = await page
    .locator('fieldset.filter input[type="checkbox"]')
    .evaluateAll((boxes) => boxes.map((box) => box.getBoundingClientRect().width));
  expect(new Set(widths).size).toBe(1);
});

test('from the box, the answer is two key presses away: the search button, then "Skip to the answer"', async ({
  page,
}) => {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await searchFor(page, 'safeguarding');
    const skip = page.getByRole('link', { name: 'Skip to the answer' });
    await page.locator('#search-q').focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    // Unseen until it has the focus, and then seen, at least 24 px high.
    const box = (await skip.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await page.keyboard.press('Enter');
    await expect(page.locator('#search-answer')).toBeFocused();
    await page.keyboard.press('Tab');
    // The next stop is the first link of the answer: a card's, or the first result's.
    const first = page.locator('#search-answer a').first();
    await expect(first).toBeFocused();
  }
});
