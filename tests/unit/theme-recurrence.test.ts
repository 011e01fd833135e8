import { expect, test } from 'vitest';
import type { ImprovementItem } from '../../src/lib/archive/improvements.ts';
import type { Letter } from '../../src/lib/archive/letters.ts';
import { askedAgain, itemsByAuthority, pagesOf } from '../../src/lib/archive/theme-recurrence.ts';
import type { AssessmentYear } from '../../src/lib/archive/years.ts';
import {
  askedYears,
  emptyTheme,
  lettersHeld,
  noItemInYear,
  noneAskedAgain,
} from '../../src/lib/archive/theme-coverage.ts';

// Letters and items of the test's own: only the fields the grouping reads are real.
function item(authority: string, year: AssessmentYear, position: number): ImprovementItem {
  const letter = { id: `${authority}/${year}`, data: { authority, year } } as unknown as Letter;
  return {
    letter,
    heading: 'Areas for improvement',
    position,
    text: `${authority} ${year} ${position}`,
    passageId: 'p',
    themes: ['t'],
  };
}

test('items are gathered by authority, A to Z, each by year then position, named as its latest letter names it', () => {
  const groups = itemsByAuthority([
    item('Wrenfold Council', 2011, 2),
    item('Ashcombe County Council', 2010, 1),
    item('Wrenfold Borough Council', 2009, 1),
    item('Wrenfold Council', 2011, 1),
  ]);
  expect(groups.map((g) => g.slug)).toEqual(['ashcombe', 'wrenfold']);
  const wrenfold = groups[1]!;
  expect(wrenfold.name).toBe('Wrenfold Council');
  expect(wrenfold.years).toEqual([2009, 2011]);
  expect(wrenfold.items.map((i) => i.text)).toEqual([
    'Wrenfold Borough Council 2009 1',
    'Wrenfold Council 2011 1',
    'Wrenfold Council 2011 2',
  ]);
});

test('"asked again" is an authority with items in two or more years, not two items in one year', () => {
  const groups = itemsByAuthority([
    item('Ashcombe Council', 2010, 1),
    item('Ashcombe Council', 2010, 2),
    item('Brook Council', 2009, 1),
    item('Brook Council', 2010, 3),
    item('Cole Council', 2009, 1),
    item('Cole Council', 2010, 1),
    item('Cole Council', 2011, 1),
  ]);
  expect(askedAgain(groups).map((g) => [g.slug, g.years])).toEqual([
    ['brook', [2009, 2010]],
    ['cole', [2009, 2010, 2011]],
  ]);
  expect(askedAgain([])).toEqual([]);
});

test('pages hold at most the budget of items, never split a group, and a group over budget stands alone', () => {
  const size = (n: number) => n;
  expect(pagesOf([3, 4, 2, 6, 1], size, 7)).toEqual([[3, 4], [2], [6, 1]]);
  expect(pagesOf([9, 1], size, 5)).toEqual([[9], [1]]);
  expect(pagesOf([], size, 5)).toEqual([[]]);
  expect(pagesOf([1, 1, 1], size, 5)).toEqual([[1, 1, 1]]);
});

test('every claim of a theme page says the letters it is out of', () => {
  const letter = (authority: string, year: AssessmentYear) =>
    ({ id: `${authority}/${year}`, data: { authority, year } }) as unknown as Letter;
  const held = lettersHeld([
    letter('Ashcombe Council', 2010),
    letter('Brook Council', 2009),
    letter('Brook Council', 2010),
    letter('Brook Council', 2011),
    letter('Cole Council', 2011),
  ]);
  expect(held.byYear).toEqual({ 2009: 1, 2010: 2, 2011: 2 });
  expect(held.withSeveralYears).toBe(1);
  expect(noItemInYear(2009, held)).toBe('2009: no item in the 1 letter of 2009 the archive holds');
  expect(noItemInYear(2011, lettersHeld([]))).toBe('2011: the archive holds no letter of 2011');
  const [ashcombe, brook, cole] = itemsByAuthority([
    item('Ashcombe Council', 2010, 1),
    item('Brook Council', 2009, 1),
    item('Brook Council', 2011, 2),
    item('Cole Council', 2011, 1),
  ]);
  expect(askedYears(ashcombe!, held)).toBe(
    "Asked in 2010; the archive holds no other letter of Ashcombe Council's.",
  );
  expect(askedYears(brook!, held)).toBe('Asked again: in 2009 and 2011; not in its 2010 letter.');
  expect(askedYears(cole!, held)).toBe("Asked in 2011; the archive holds no other letter of Cole Council's.");
  const [once] = itemsByAuthority([item('Brook Council', 2010, 1)]);
  expect(askedYears(once!, held)).toBe('Asked in 2010, not in its 2009 or 2011 letters.');
  expect(noneAskedAgain('fostering', held)).toBe(
    'No authority was asked about fostering in more than one year. The archive holds letters of two or more years for 1 authority.',
  );
  expect(emptyTheme(held)).toBe(
    'No item in the 5 letters the archive holds has words that put it in this theme.',
  );
});
