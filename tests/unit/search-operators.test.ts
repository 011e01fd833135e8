import { describe, expect, test } from 'vitest';
import { parseQuery } from '../../src/lib/search/search-query.ts';
import {
  outcomeText,
  queryDescription,
  queryTerms,
  searchOutcome,
  searchScope,
  searchedText,
} from '../../src/lib/search/search-match.ts';
import { byRelevance, lettersMatching } from '../../src/lib/search/search-rank.ts';
import { impliedPhrase, markTerms } from '../../src/lib/search/search-phrases.ts';

const parsed = (query: string) => {
  const result = parseQuery(query);
  if (!result.ok) throw new Error(result.problem);
  return result.query;
};
const problem = (query: string) => {
  const result = parseQuery(query);
  return result.ok ? undefined : result.problem;
};

describe('reading a query with its operators', () => {
  test('words side by side, or with AND, are each required', () => {
    expect(parsed('care leavers')).toEqual({ groups: [['care'], ['leavers']], excluded: [] });
    expect(parsed('care AND leavers')).toEqual(parsed('care leavers'));
  });

  test('a quoted phrase is one term; a minus or NOT before a word or phrase leaves it out', () => {
    expect(parsed('"social worker" -bullying')).toEqual({
      groups: [['social worker']],
      excluded: ['bullying'],
    });
    expect(parsed('"care leavers" NOT housing')).toEqual({
      groups: [['care leavers']],
      excluded: ['housing'],
    });
    expect(parsed('adoption -"leaving care"')).toEqual({
      groups: [['adoption']],
      excluded: ['leaving care'],
    });
  });

  test('OR joins the terms either side into one group; brackets may hold such a group', () => {
    expect(parsed('adoption OR fostering')).toEqual({ groups: [['adoption', 'fostering']], excluded: [] });
    expect(parsed('(adoption OR fostering) "care leavers"')).toEqual({
      groups: [['adoption', 'fostering'], ['care leavers']],
      excluded: [],
    });
    expect(parsed('a OR "b c" OR d -e')).toEqual({ groups: [['a', 'b c', 'd']], excluded: ['e'] });
  });

  test('lower-case or, and and not, a hyphen within a word, and a bracket inside a word are words', () => {
    expect(parsed('fostering or adoption')).toEqual({
      groups: [['fostering'], ['or'], ['adoption']],
      excluded: [],
    });
    expect(parsed('care-leavers well-being')).toEqual({
      groups: [['care-leavers'], ['well-being']],
      excluded: [],
    });
    expect(parsed('alert(1)>')).toEqual({ groups: [['alert(1)>']], excluded: [] });
  });

  test('each term once, case aside', () => {
    expect(parsed('Care care -x -X')).toEqual({ groups: [['Care']], excluded: ['x'] });
  });

  test('what search cannot do is said, never searched as a word', () => {
    expect(problem('-')).toMatch(/^“-” on its own leaves nothing out/);
    expect(problem('care - housing')).toMatch(/^“-” on its own/);
    expect(problem('care NOT')).toMatch(/^“NOT” \(or “-”\) needs a word/);
    expect(problem('-housing')).toMatch(/^The search has only words to leave out/);
    expect(problem('NOT housing -bullying')).toMatch(/only words to leave out/);
    expect(problem('OR care')).toMatch(/^“OR” needs a word/);
    expect(problem('care OR')).toMatch(/^“OR” needs a word/);
    expect(problem('care OR -housing')).toMatch(/^A word left out can’t be one side of “OR”/);
    expect(problem('AND care')).toMatch(/^“AND” needs a word/);
    expect(problem('((care OR adoption))')).toMatch(/^Brackets inside brackets/);
    expect(problem('(care leavers)')).toMatch(/^Brackets can only hold words joined by “OR”/);
    expect(problem('(care OR')).toMatch(/^“\(” opens a bracket/);
    expect(problem('(')).toMatch(/^“\(” opens a bracket/);
    expect(problem('care)')).toMatch(/^“\)” closes a bracket/);
    expect(problem('()')).toMatch(/^“\(\)” holds nothing/);
    expect(problem('-(care OR adoption)')).toMatch(/not a bracket/);
    expect(problem('safeg*')).toMatch(/^“safeg\*” has a wildcard/);
    expect(problem('*')).toMatch(/^“\*” has a wildcard/);
  });
});

describe('the terms of a query, and what the status says it searched', () => {
  test('terms left out are not looked for, nor marked; OR and NOT are no words', () => {
    const terms = queryTerms('"social worker" -bullying');
    expect(terms).toMatchObject({
      required: ['social worker'],
      phrases: ['social worker'],
      words: ['social', 'worker'],
      excluded: ['bullying'],
      operators: true,
    });
    expect(markTerms('"care leavers" NOT housing')).toEqual({ phrases: ['care leavers'], words: [] });
    expect(markTerms('adoption OR fostering').words).toEqual(['adoption', 'fostering']);
    expect(impliedPhrase('adoption OR fostering')).toBeUndefined();
    expect(impliedPhrase('care leavers')).toBe('care leavers');
    expect(queryTerms('care (').problem).toMatch(/opens a bracket/);
  });

  test('in words: with, or, and without', () => {
    expect(queryDescription(queryTerms('"social worker" -bullying'))).toBe(
      'letters with “social worker” and without “bullying”',
    );
    expect(queryDescription(queryTerms('adoption OR fostering'))).toBe(
      'letters with “adoption” or “fostering”',
    );
    expect(queryDescription(queryTerms('adoption OR fostering "care leavers" NOT housing -bullying'))).toBe(
      'letters with “adoption” or “fostering” and with “care leavers” and without “housing” or “bullying”',
    );
  });

  const scope = searchScope({ '2010': [146, 146], '2011': [150, 152] }, [], undefined, false);
  const said = (query: string, counts: Record<string, number>, all: number, shown: number, before = all) => {
    const terms = queryTerms(query);
    return outcomeText(
      searchOutcome(terms, new Map(Object.entries(counts)), all, shown, before),
      terms,
      scope,
    );
  };

  test('every count says what it counts and out of what', () => {
    expect(
      said('"social worker" -bullying', { 'social worker': 297, social: 300, worker: 297 }, 12, 12, 297),
    ).toBe(
      'Letters with “social worker” and without “bullying”: 12 of the 296 letters in the archive (of the 298 Ofsted published).',
    );
    expect(said('adoption OR fostering', { adoption: 5, fostering: 9 }, 11, 11)).toBe(
      'Letters with “adoption” or “fostering”: 11 of the 296 letters in the archive (of the 298 Ofsted published).',
    );
  });

  test('nothing left once the words left out are: said, with how many had them', () => {
    expect(said('"care leavers" NOT housing', { 'care leavers': 3, care: 9, leavers: 3 }, 0, 0, 3)).toBe(
      'No letters with “care leavers” and without “housing”: 3 of the 296 letters in the archive (of the 298 Ofsted published) are letters with “care leavers”, but each has “housing” too.',
    );
  });

  test('an alternative no letter has is no failure while the other is found; both missing are named', () => {
    expect(said('adoption OR adopshun', { adoption: 5, adopshun: 0 }, 5, 5)).toMatch(
      /^Letters with .*: 5 of/,
    );
    expect(said('adopshun OR fostrin', { adopshun: 0, fostrin: 0 }, 0, 0)).toBe(
      `No letter contains “adopshun” or “fostrin” in the text searched: none of the 296 letters in the archive (of the 298 Ofsted published). ${searchedText(false)}`,
    );
  });
});

describe('evaluating a query over sets of letters', () => {
  const sets: Record<string, Set<string>> = {
    adoption: new Set(['a', 'd']),
    fostering: new Set(['b', 'd']),
    'social worker': new Set(['c', 'd', 'e']),
    bullying: new Set(['d']),
  };
  const has = (term: string) => sets[term] ?? new Set<string>();

  test('AND is intersection, OR union, NOT difference', () => {
    expect([...lettersMatching([['adoption', 'fostering']], [], has).matching].sort()).toEqual([
      'a',
      'b',
      'd',
    ]);
    expect([...lettersMatching([['social worker']], ['bullying'], has).matching].sort()).toEqual(['c', 'e']);
    expect([...lettersMatching([['adoption', 'fostering'], ['social worker']], [], has).matching]).toEqual([
      'd',
    ]);
    const { matching, before } = lettersMatching([['adoption']], ['bullying'], has);
    expect([[...matching], [...before].sort()]).toEqual([['a'], ['a', 'd']]);
  });

  test('ranking: every letter an alternative finds, by the sum of its scores, each with its rarest term’s result', () => {
    const adoption = [
      { id: 'a', score: 1, term: 'adoption' },
      { id: 'd', score: 1, term: 'adoption' },
    ];
    const fostering = [
      { id: 'b', score: 3, term: 'fostering' },
      { id: 'd', score: 1, term: 'fostering' },
      { id: 'x', score: 9, term: 'fostering' },
    ];
    const ranked = byRelevance([adoption, fostering], (id) => id !== 'x');
    expect(ranked.map((r) => [r.id, r.term])).toEqual([
      ['b', 'fostering'],
      ['d', 'adoption'],
      ['a', 'adoption'],
    ]);
  });
});
