import { describe, expect, test } from 'vitest';
import {
  INDEX_DIRS,
  indexDir,
  matchingAuthorities,
  pagefindFilters,
  pagefindSort,
  parseSearchParams,
  searchOfHits,
  toSearchParams,
} from '../../src/lib/search/search-query.ts';

describe('search state in the URL', () => {
  test('round-trips the query and filters', () => {
    const state = parseSearchParams(
      new URLSearchParams('q=%22care+leavers%22&year=2010&year=2011&grade=Performs+well+(3+of+4)'),
    );
    expect(state).toEqual({
      q: '"care leavers"',
      standard: false,
      filters: { year: ['2010', '2011'], grade: ['Performs well (3 of 4)'], authority: [] },
      sort: '',
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
      standard: false,
      filters: { year: [], grade: [], authority: [] },
      sort: '',
    });
  });

  test('"Include the standard text" is in the URL, and picks the index that has it', () => {
    const state = parseSearchParams(new URLSearchParams('q=%22performs+poorly%22&standard=include'));
    expect(state.standard).toBe(true);
    expect(toSearchParams(state).toString()).toBe('q=%22performs+poorly%22&standard=include');
    expect(indexDir(state)).toBe(INDEX_DIRS.withStandard);
    const without = parseSearchParams(new URLSearchParams('q=x&standard=yes'));
    expect(without.standard).toBe(false);
    expect(toSearchParams(without).toString()).toBe('q=x');
    expect(indexDir(without)).toBe(INDEX_DIRS.own);
    expect(INDEX_DIRS.own).not.toBe(INDEX_DIRS.withStandard);
  });

  test('the sort is in the URL; an unknown one is by relevance', () => {
    const state = parseSearchParams(new URLSearchParams('q=care&sort=oldest'));
    expect(state.sort).toBe('oldest');
    expect(toSearchParams(state).toString()).toBe('q=care&sort=oldest');
    expect(pagefindSort(state, true)).toEqual({ date: 'asc' });
    expect(parseSearchParams(new URLSearchParams('sort=toString')).sort).toBe('');
  });

  test('by relevance needs words: filters alone are shown newest first', () => {
    const state = parseSearchParams(new URLSearchParams('year=2010'));
    expect(pagefindSort(state, true)).toBeUndefined();
    expect(pagefindSort(state, false)).toEqual({ date: 'desc' });
  });

  test('the hits page returns to the search it came from', () => {
    const hits = new URLSearchParams('letter=authorities%2Fx%2F2010%2F&q=care&year=2010&sort=newest');
    expect(searchOfHits(hits).toString()).toBe('q=care&year=2010&sort=newest');
  });
});

describe('the authority filter', () => {
  const names = [
    'Northamptonshire County Council',
    'North Yorkshire County Council',
    'Cambridgeshire County Council',
  ];

  test('takes part of a name, in any case', () => {
    expect(matchingAuthorities(['northampton'], names)).toEqual(['Northamptonshire County Council']);
    expect(matchingAuthorities(['  NORTH '], names)).toEqual(names.slice(0, 2));
    expect(matchingAuthorities(['zzz'], names)).toEqual([]);
  });

  test('asks Pagefind for the names that match, not for what was typed', () => {
    const state = parseSearchParams(new URLSearchParams('authority=north&grade=Performs+well+(3+of+4)'));
    expect(pagefindFilters(state, names.slice(0, 2))).toEqual({
      grade: { any: ['Performs well (3 of 4)'] },
      authority: { any: names.slice(0, 2) },
    });
  });
});
