import { expect, test } from 'vitest';
import {
  absenceWords,
  alignPassages,
  CLOSE_WORDING,
  markWords,
  rowsInOrder,
  wordingOverlap,
  wordStems,
} from '../../src/lib/archive/passage-changes.ts';

test('words are compared by stem, quotes folded, common words left out', () => {
  expect([...wordStems('The children’s assessments are improving')]).toEqual([
    'children',
    'assess',
    'improv',
  ]);
  expect(wordingOverlap('Improve assessments.', 'improving the ASSESSMENT')).toBe(1);
  expect(wordingOverlap('Reduce re-offending.', 'Raise attainment.')).toBe(0);
  // 2 words of 4 in common: half, the threshold of close wording.
  expect(wordingOverlap('reduce offending rates', 'reduce offending gaps')).toBe(0.5);
  expect(CLOSE_WORDING).toBe(0.5);
  expect(wordingOverlap('', 'the')).toBe(0);
});

// Themes of the test's own: a passage is in "care" when it says care, else in none.
const themesOf = (text: string) => (/care/i.test(text) ? ['care'] : ['other']);

test('passages in close wording pair up, most alike first, each once; the rest are same-theme, dropped or new', () => {
  const earlier = [
    'Improve the timeliness of assessments.',
    'Plan better for young people leaving care.',
    'Raise attainment at 16.',
  ];
  const later = [
    'Reduce teenage conceptions.',
    'Improve the timeliness of initial assessments.',
    'Support foster care placements.',
    'Improve timeliness of core assessments.',
  ];
  expect(alignPassages(earlier, later, themesOf)).toEqual([
    { earlier: earlier[0], later: later[1], mark: 'repeated', themes: [] },
    // A same-theme item names the other letter's items of that theme, to show or link.
    { earlier: earlier[1], mark: 'same-theme', themes: ['care'], partners: [later[2]] },
    { earlier: earlier[2], mark: 'dropped', themes: [] },
    { later: later[0], mark: 'new', themes: [] },
    { later: later[2], mark: 'same-theme', themes: ['care'], partners: [earlier[1]] },
    // Close to the earlier first item too, but that one is paired with a closer match.
    { later: later[3], mark: 'new', themes: [] },
  ]);
});

test('"other" is no theme in common, and an empty section leaves every passage dropped or new', () => {
  expect(
    alignPassages(['Raise attainment.'], ['Reduce conceptions.'], () => ['other']).map((r) => r.mark),
  ).toEqual(['dropped', 'new']);
  expect(alignPassages([], ['Plan for care leavers.'], themesOf)).toEqual([
    { later: 'Plan for care leavers.', mark: 'new', themes: [] },
  ]);
});

test('each mark is said in words that name the years', () => {
  expect(markWords('repeated', 2009, 2011)).toBe('Repeated: in close wording in 2009 and 2011');
  expect(markWords('dropped', 2009, 2011)).toBe('Dropped: not in the 2011 letter, in wording or theme');
  expect(markWords('new', 2009, 2011)).toBe('New in 2011: not in the 2009 letter, in wording or theme');
  expect(markWords('same-theme', 2009, 2011)).toBe('Same theme, in other words');
});

test('unmarked parts are set side by side paragraph by paragraph, the shorter one leaving gaps', () => {
  expect(rowsInOrder(['a', 'b'], ['c'])).toEqual([
    { earlier: 'a', later: 'c', themes: [] },
    { earlier: 'b', themes: [] },
  ]);
});

test('an empty cell says what was looked for: the item, the section’s next passage, or the section', () => {
  for (const year of [2009, 2010, 2011]) {
    for (const mark of ['repeated', 'same-theme', 'dropped', 'new'] as const) {
      for (const hasSection of [true, false])
        expect(absenceWords(mark, year, hasSection)).toBe(`Not in the ${year} letter.`);
    }
    expect(absenceWords(undefined, year, true)).toBe(`The ${year} letter's section has no more passages.`);
    expect(absenceWords(undefined, year, false)).toBe(`The ${year} letter has no such section.`);
  }
  // Set side by side in order, the shorter section's cells are its end, not a claim about the letter.
  const rows = rowsInOrder(['a', 'b', 'c'], ['x']);
  expect(rows.filter((row) => row.later === undefined)).toHaveLength(2);
});
