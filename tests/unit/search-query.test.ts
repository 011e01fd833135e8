import { describe, expect, test } from 'vitest';
import {
  findMatches,
  highlightTerms,
  pagefindFilters,
  parseSearchParams,
  toSearchParams,
} from '../../src/lib/search-query.ts';

describe('search state in the URL', () => {
  test('round-trips the query and filters', () => {
    const state = parseSearchParams(
      new URLSearchParams('q=%22care+leavers%22&year=2010&year=2011&grade=Performs+well+(3+of+4)'),
    );
    expect(state).toEqual({
      q: '"care leavers"',
      filters: { year: ['2010', '2011'], grade: ['Performs well (3 of 4)'], authority: [] },
    });
    expect(toSearchParams(state).toString()).toBe(
      'q=%22care+leavers%22&year=2010&year=2011&grade=Performs+well+%283+of+4%29',
    );
    expect(pagefindFilters(state)).toEqual({
      year: { any: ['2010', '2011'] },
      grade: { any: ['Performs well (3 of 4)'] },
    });
  });

  test('an empty URL is an empty search', () => {
    expect(parseSearchParams(new URLSearchParams(''))).toEqual({
      q: '',
      filters: { year: [], grade: [], authority: [] },
    });
  });
});

describe('highlight terms', () => {
  test('a quoted phrase stays whole; other words stand alone', () => {
    expect(highlightTerms('"care leavers" Cambridgeshire')).toEqual(['cambridgeshire', 'care leavers']);
    expect(highlightTerms('care leavers')).toEqual(['leavers', 'care']);
  });

  test('hostile queries are plain text terms', () => {
    expect(highlightTerms('"</mark><script>')).toEqual(['</mark><script>']);
    expect(highlightTerms('<img src=x onerror=alert(1)>')).toEqual(['onerror=alert(1)>', 'src=x', '<img']);
    expect(highlightTerms('( *')).toEqual(['(', '*']);
  });
});

describe('finding matches', () => {
  test('case-insensitive, literal, in order, without overlaps', () => {
    const text = 'Care leavers and more care leavers; careful.';
    expect(findMatches(text, highlightTerms('"care leavers"'))).toEqual([
      [0, 12],
      [22, 34],
    ]);
    expect(findMatches(text, ['care leavers', 'care'])).toEqual([
      [0, 12],
      [22, 34],
      [36, 40],
    ]);
  });

  test('words match at the start of a word only', () => {
    expect(findMatches('Childcare and carers', ['care'])).toEqual([[14, 18]]);
  });

  test('characters that mean something in a regular expression are just characters', () => {
    expect(findMatches('a (b) * c.', ['(', '*', '.'])).toEqual([
      [2, 3],
      [6, 7],
      [9, 10],
    ]);
    expect(findMatches('x', ['.*'])).toEqual([]);
  });
});
