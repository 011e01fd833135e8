import type { Page } from '@playwright/test';
import { expect, test, withoutJavaScript } from '../fixtures.ts';
import { formatLetterDate, letterTitle } from '../../../src/lib/archive/letters.ts';
import { gradeWithNumber } from '../../../src/lib/archive/grades.ts';
import { archiveLetters } from '../../../src/lib/site/archive-files.ts';
import { expectNoAxeViolations, letterWords, resultHeading, watchPage } from '../support.ts';
import {
  allResults,
  archiveHeld,
  expectWholeWordMarks,
  pagesHolding,
  resultLetters,
  results,
  LETTERHEAD,
  searchFor,
  settledSuggestion,
  status,
  suggestion,
  inStandardText,
  watchLayoutShifts,
  lettersCount,
} from '../search-support.ts';
import { readArchiveData } from '../../../src/lib/site/archive-files.ts';
import { readFileSync } from 'node:fs';
import { splitFrontmatter } from '../../../src/lib/archive/frontmatter.ts';

// The real archive grows to every published letter: these tests assert what stays true as
// it does, worked out from whatever letters it holds. Exact results and counts are tested
// on the fixture archive.
const archive = archiveLetters();
const first = archive[0]!;
const byPath = new Map(archive.map((letter) => [letter.path, { letter, words: letterWords(letter) }]));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of each letter on the first page of results, from its published text. */
async function shownWords(page: Page): Promise<Array<{ heading: string; words: string }>> {
  return (await resultLetters(page)).map(({ heading, path }) => ({
    heading,
    words: byPath.get(path)!.words,
  }));
}

/** "the 2 letters in the archive (of the 445 Ofsted published)": every count is out of these. */
const HELD = archiveHeld();

/**
 * What the status says for `count` letters containing `words`, out of the letters held;
 * with none, it names the phrase or the word of it that no letter has "in the text searched",
 * and says that text is the letters' own words, without the letterhead, addresses, signature
 * or standard text.
 */
/** The status for `count` letters holding `words`; `lead` is what it says first of the cards where none does. */
const contains = (count: number, words: string, lead = '') =>
  count === 0
    ? new RegExp(
        `^${escape(lead)}No letter contains “(${[words, ...words.split(' ')].map(escape).join('|')})” in the text searched: none of ${escape(HELD.text)}\\. Searched: each letter's own words, not its letterhead, addresses or signature, nor the standard text every letter prints \\(unless asked\\)\\.`,
      )
    : new RegExp(`^${count} of ${escape(HELD.text)} contains? “${escape(words)}”\\.`);

async function searchFromHeader(page: Page, query: string) {
  await page.goto('/');
  await page.locator('header input[name="q"]').fill(query);
  await page.locator('header button[type="submit"]').click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
}

test.describe('words and phrases are found exactly where the letters have them', () => {
  for (const [query, words, forms] of [
    ['"care leavers"', 'care leavers', /\bcare leavers?\b/],
    ['"leaving care"', 'leaving care', /\bleaving care\b/],
    ['improve', 'improve', /\bimprov(e|es|ed|ing|ement|ements)\b/],
  ] as const) {
    test(`${query}: as many letters as have it, and every result has it`, async ({ page }) => {
      const having = archive.filter((letter) => forms.test(byPath.get(letter.path)!.words));
      await searchFor(page, query);
      await expect(status(page)).toHaveText(contains(having.length, words));
      const shown = await shownWords(page);
      expect(shown).toHaveLength(Math.min(having.length, 10));
      for (const { heading, words } of shown) expect(words, heading).toMatch(forms);
    });
  }

  test('from the header search box, with the quotes said once', async ({ page }) => {
    await searchFromHeader(page, '"care leavers"');
    await expect(status(page)).toHaveText(/\bcontains? “care leavers”/);
    await expect(status(page)).not.toContainText('“"');
    await expect(page).toHaveTitle('"care leavers" — Search | Assessment Letters');
    await expect(page.locator('#search-q')).toHaveValue('"care leavers"');
  });

  test('unquoted words: every result has every word, and the page says so', async ({ page }) => {
    await searchFor(page, 'care leavers');
    await expect(status(page)).toContainText('all of “care” and “leavers”');
    await expect(page).toHaveTitle('care leavers — Search | Assessment Letters');
    for (const { heading, words } of await shownWords(page)) {
      expect(words, heading).toMatch(/\bcare\b/);
      expect(words, heading).toMatch(/\bleavers?\b/);
    }
  });

  // Pagefind answers each of these with a shorter word it has ("t", "no", "safe").
  for (const [query, forms, near] of [
    ['trafficking', /\btraffick/, undefined],
    ['northants', /\bnorthants\b/, undefined],
    ['safegaurding', /\bsafegaurding\b/, 'safeguarding'],
  ] as const) {
    test(`${query} is never reported as found where no letter has it`, async ({ page }) => {
      const having = archive.filter((letter) => forms.test(byPath.get(letter.path)!.words));
      await searchFor(page, query);
      await expect(status(page)).toHaveText(contains(having.length, query));
      if (near && having.length === 0) await expect(suggestion(page)).toHaveText(`Did you mean ${near}?`);
      for (const { heading, words } of await shownWords(page)) expect(words, heading).toMatch(forms);
    });
  }

  test('a suggestion leads to the word it suggests', async ({ page }) => {
    await searchFor(page, 'safegaurding');
    await suggestion(page).getByRole('link', { name: 'safeguarding' }).click();
    await expect(page).toHaveURL(/\?q=safeguarding$/);
    await expect(status(page)).toHaveText(
      /^\d+ of the \d+ letters? in the archive \(of the \d+ Ofsted published\) contains? “safeguarding”\./,
    );
  });

  test('a phrase of words no letter has names a missing word', async ({ page }) => {
    await searchFor(page, '"zebra crossing quartet"');
    await expect(status(page)).toHaveText(/^No letter contains “(zebra|crossing|quartet)”/);
    await expect(results(page)).toHaveCount(0);
  });
});

test('each result shows its letter’s grade in words and date, the section of the hit, and the words marked', async ({
  page,
}) => {
  await searchFor(page, 'children');
  const shown = await resultLetters(page);
  expect(shown.length).toBeGreaterThan(0);
  const metas = page.locator('#search-results .result-meta');
  for (const [i, { path }] of shown.entries()) {
    const { data } = byPath.get(path)!.letter;
    await expect(metas.nth(i)).toHaveText(
      new RegExp(
        // The "·" keeps to the words after it (a no-break space), so no line ends on it.
        `^Grade: ${escape(gradeWithNumber(data.grade))} ·\u00a0Dated ${formatLetterDate(data.date)} ·\u00a0Section: \\S.*$`,
      ),
    );
  }
  await expect(page.locator('#search-results .result-excerpt mark').first()).toHaveText(/children/i);
});

test('filters alone: the counts beside them equal the letters shown', async ({ page }) => {
  const { year, grade } = first.data;
  const expected = archive.filter((l) => l.data.year === year && l.data.grade === grade);
  await searchFor(
    page,
    '',
    new URLSearchParams({ grade: gradeWithNumber(grade), year: String(year) }).toString(),
  );
  const inYear = archive.filter((l) => l.data.year === year).length;
  await expect(status(page)).toHaveText(
    new RegExp(
      `^${expected.length} of the ${inYear} letters? from ${year} in the archive \\(of the \\d+ Ofsted published\\) match`,
    ),
  );
  await expect(page.getByLabel(String(year), { exact: false })).toBeChecked();
  await expect(page.locator('.filter-year label', { hasText: String(year) }).locator('.count')).toHaveText(
    lettersCount(expected.length),
  );
  await expect(
    page.locator('.filter-grade label', { hasText: gradeWithNumber(grade) }).locator('.count'),
  ).toHaveText(lettersCount(expected.length));
  expect((await allResults(page)).sort()).toEqual(expected.map(resultHeading).sort());
});

test('filters narrow the results, live in the URL, and the back button restores them', async ({ page }) => {
  await searchFor(page, 'children');
  const all = await results(page).count();
  await page.getByLabel('2010', { exact: false }).check();
  await expect(page).toHaveURL(/year=2010/);
  await expect(status(page)).toContainText('from 2010 in the archive');
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
  // Part of the first letter's authority's name, in capitals.
  const part = first.data.authority.split(' ')[0]!.slice(1).toUpperCase();
  const named = archive.filter((l) => l.data.authority.toUpperCase().includes(part));
  await searchFor(page, '', `authority=${encodeURIComponent(part)}`);
  await expect(status(page)).toHaveText(new RegExp(`^${named.length} of ${escape(HELD.text)} match`));
  expect((await allResults(page)).sort()).toEqual(named.map(resultHeading).sort());

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
  const { year } = first.data;
  await searchFor(page, 'children', `year=${year}&sort=oldest`);
  const before = await results(page).allTextContents();
  const [opened] = await resultLetters(page);
  const { letter } = byPath.get(opened!.path)!;
  await results(page).first().click();
  // The link goes to the section of the best hit.
  await expect(page).toHaveURL(
    new RegExp(
      `/search/letter/${escape(`?letter=${encodeURIComponent(letter.path.slice(1))}&q=children&year=${year}&sort=oldest`)}(#[\\w-]+)?$`,
    ),
  );
  await expect(page.locator('article h1')).toHaveText(letterTitle(letter.data));
  const marks = page.locator('#hits-letter mark.hit');
  const total = await marks.count();
  // Every letter names children's services in its title and its grade line.
  expect(total).toBeGreaterThan(1);
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
  await expect(page.locator('#hits-letter article h1')).toHaveText(letterTitle(letter.data));

  await page.getByRole('link', { name: 'Back to the search' }).click();
  await expect(page).toHaveURL(`/search/?q=children&year=${year}&sort=oldest`);
  await expect(page.locator('#search-q')).toHaveValue('children');
  await expect(page.getByLabel(String(year), { exact: false })).toBeChecked();
  await expect(page.locator('#search-sort')).toHaveValue('oldest');
  await expect(results(page)).toHaveText(before);
});

test('a hits page opened on its own links back to its search', async ({ page }) => {
  await page.goto(
    `/search/letter/?letter=${encodeURIComponent(first.path.slice(1))}&q=care&grade=Performs+well+(3+of+4)`,
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
      `/search/letter/?letter=${encodeURIComponent(first.path.slice(1))}&q=${encodeURIComponent(query)}`,
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
  await withoutJavaScript(browser, baseURL, async (page) => {
    await page.goto('/search/?q=care');
    await expect(page.locator('main')).toContainText('needs JavaScript');
    await expect(page.locator('main a[href="/authorities/"]')).toBeVisible();
    await expect(page.locator('main a[href="/years/"]')).toBeVisible();
  });
});

test('a standard-text query finds only the letters whose own words match; the box adds the standard text', async ({
  page,
}) => {
  const phrase = 'performs poorly';
  await page.goto('/search/');
  const paths = archive.map((letter) => letter.path);
  const own = await pagesHolding(page, paths, phrase, false);
  const all = await pagesHolding(page, paths, phrase, true);
  const heading = (path: string) => resultHeading(byPath.get(path)!.letter);
  await searchFor(page, `"${phrase}"`);
  // A grade's words: where no letter's own words hold them, the status first points to the grade's card.
  await expect(status(page)).toHaveText(
    contains(own.length, phrase, 'The authorities known at that grade are listed below. '),
  );
  expect((await allResults(page)).sort()).toEqual(own.map(heading).sort());
  // With nothing in the letters' own words, the page says where the words are.
  if (!own.length && all.length)
    await expect(suggestion(page)).toHaveText(inStandardText(all.length, phrase));
  await searchFor(page, `"${phrase}"`, 'standard=include');
  await expect(page.locator('#search-standard')).toBeChecked();
  await expect(status(page)).toHaveText(contains(all.length, phrase));
  expect((await allResults(page)).sort()).toEqual(all.map(heading).sort());
});

test('an authority with no letter: the card with its grades and page, from the query or the filter', async ({
  page,
}) => {
  const held = new Set(archive.map((letter) => letter.slug));
  const names = readArchiveData().authorities.map((record) => record.data);
  // An authority without a letter whose name is in no other name (Leeds, not York).
  const without = names.find(
    (a) =>
      !held.has(a.slug) &&
      !names.some((b) => b !== a && b.name.toLowerCase().includes(a.name.toLowerCase())) &&
      a.name.length >= 4,
  )!;
  await searchFor(page, without.name);
  const card = page.locator('#search-answers .answer').first();
  await expect(card.getByRole('link', { name: without.name, exact: true })).toHaveAttribute(
    'href',
    `/authorities/${without.slug}/`,
  );
  await expect(card).toContainText(/No letter in the archive yet\. Grades: 2009: .+; 2010: .+; 2011: .+\./);
  await expect(status(page)).toContainText(
    `${without.name} matches by name: its card is below. No letter contains`,
  );

  await searchFor(page, '', `authority=${encodeURIComponent(without.name.toLowerCase())}`);
  await expect(status(page)).toHaveText(`No letter from ${without.name} is in the archive yet.`);
  await page.locator('#search-answers').getByRole('link', { name: without.name, exact: true }).click();
  await expect(page).toHaveURL(`/authorities/${without.slug}/`);
});

test('no mark on a hits page covers part of a word', async ({ page }) => {
  for (const letter of archive.slice(0, 3)) {
    for (const query of ['care', 'care leavers', 'children']) {
      await page.goto(
        `/search/letter/?letter=${encodeURIComponent(letter.path.slice(1))}&q=${encodeURIComponent(query)}`,
      );
      await expect(page.locator('#hits-letter article h1')).toBeVisible();
      await expectWholeWordMarks(page);
    }
  }
});

test('the search page does not shift as its answer arrives', async ({ page }) => {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const shifts = await watchLayoutShifts(page);
    await searchFor(page, 'care leavers');
    await expect(page.locator('[data-count-for]').first()).not.toBeEmpty();
    const all = await shifts();
    expect(
      all.reduce((sum, value) => sum + value, 0),
      `${width} px: ${all.join(', ')}`,
    ).toBeLessThan(0.1);
  }
});

test.describe('the letterhead, addresses and signature block never answer', () => {
  // The words of every letter's frontmatter addresses and signature block, and of its own
  // words (the body of its file): those only the letterheads have must find nothing.
  const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}{5,}/gu) ?? [];
  const bodies = archive
    .map(
      ({ slug, data }) =>
        splitFrontmatter(readFileSync(`content/letters/${slug}/${data.year}.mdx`, 'utf8'))!.body,
    )
    .join(' ')
    .toLowerCase();
  const letterheadOnly = [
    ...new Set(
      archive.flatMap(({ data }) =>
        wordsOf(
          [
            ...(data.sender ?? []),
            data.recipient.name,
            data.recipient.role,
            ...data.recipient.address,
            data.signatory.name,
            data.signatory.role,
          ].join(' '),
        ),
      ),
    ),
  ].filter((word) => !bodies.includes(word.slice(0, 4)));

  test('a word only letterheads have finds nothing, and no letterhead word is suggested', async ({
    page,
  }) => {
    expect(letterheadOnly.length).toBeGreaterThan(0);
    for (const word of letterheadOnly.slice(0, 4)) {
      // The word itself, and a misspelling of it that a suggestion would correct.
      for (const query of [word, `${word.slice(0, -1)}x`]) {
        await searchFor(page, query);
        await expect(status(page)).toHaveText(contains(0, query));
        const near = await settledSuggestion(page);
        for (const other of letterheadOnly) await expect(near).not.toContainText(other);
      }
    }
  });

  test('no hit is in the letterhead: an authority’s name is marked in the letter’s own words only', async ({
    page,
  }) => {
    const letter = archive.find(({ slug, data }) =>
      readFileSync(`content/letters/${slug}/${data.year}.mdx`, 'utf8').includes(
        data.authority.split(' ')[0]!,
      ),
    )!;
    const name = letter.data.authority.split(' ')[0]!;
    await page.goto(
      `/search/letter/?letter=${encodeURIComponent(letter.path.slice(1))}&q=${encodeURIComponent(name)}`,
    );
    await expect(page.locator('#hits-letter mark.hit').first()).toBeVisible();
    await expect(page.locator(`#hits-letter :is(${LETTERHEAD})`)).not.toHaveCount(0);
    await expect(page.locator(`#hits-letter :is(${LETTERHEAD}) mark`)).toHaveCount(0);
  });
});

test.describe('search operators: results equal what the letters hold', () => {
  const SOCIAL_WORKER = /\bsocial workers?\b/;
  const BULLYING = /\bbull(y|ying|ied|ies)\b/;
  const ADOPTION = /\badopt(s|ed|ing|ion|ions)?\b/;
  const FOSTERING = /\bfoster(s|ed|ing)?\b/;
  const having = (test: (words: string) => boolean) =>
    archive
      .filter((letter) => test(byPath.get(letter.path)!.words))
      .map(resultHeading)
      .sort();
  /** The status for `n` results out of the letters held. */
  const said = (what: string, n: number) =>
    n
      ? `${what}: ${n} of ${HELD.text}.${n > 1 ? ' Most relevant first.' : ''}`
      : new RegExp(`^No ${what.replace(/^L/, 'l').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

  test('"social worker" -bullying: the letters with the phrase and without the word', async ({ page }) => {
    const expected = having((words) => SOCIAL_WORKER.test(words) && !BULLYING.test(words));
    await searchFor(page, '"social worker" -bullying');
    await expect(status(page)).toHaveText(
      said('Letters with “social worker” and without “bullying”', expected.length),
    );
    expect((await allResults(page)).sort()).toEqual(expected);
  });

  test('adoption OR fostering: the letters with either word', async ({ page }) => {
    const expected = having((words) => ADOPTION.test(words) || FOSTERING.test(words));
    await searchFor(page, 'adoption OR fostering');
    await expect(status(page)).toHaveText(said('Letters with “adoption” or “fostering”', expected.length));
    expect((await allResults(page)).sort()).toEqual(expected);
  });

  test('a lone minus is said, never searched as a word', async ({ page }) => {
    await searchFor(page, 'care -');
    await expect(status(page)).toHaveText(/^“-” on its own leaves nothing out/);
    await expect(results(page)).toHaveCount(0);
  });
});
