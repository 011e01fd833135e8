import { describe, expect, test } from 'vitest';
import type { Pagefind, PagefindResult } from '../../src/lib/search/pagefind-types.ts';
import { searchController } from '../../src/lib/search/search-controller.ts';
import type { AnswersData } from '../../src/lib/search/search-answers.ts';
import { parseSearchParams, type SearchState } from '../../src/lib/search/search-query.ts';
import { wordStem } from '../../src/lib/search/search-phrases.ts';
import { searchedText } from '../../src/lib/search/search-match.ts';

/** A fictional letter in a fake index: its id, authority, year and text. */
interface FakeLetter {
  id: string;
  authority: string;
  year: string;
  text: string;
}

const LETTERS: FakeLetter[] = [
  { id: 'a', authority: 'Ashdown', year: '2010', text: 'Care leavers are well supported. Adoption is good.' },
  { id: 'b', authority: 'Bramley', year: '2010', text: 'Leavers of care need housing. Fostering is strong.' },
  {
    id: 'c',
    authority: 'Coldharbour',
    year: '2011',
    text: 'Care leavers lack housing. A social worker visits.',
  },
  {
    id: 'd',
    authority: 'Dunmore',
    year: '2011',
    text: 'A social worker and bullying. Adoption and fostering.',
  },
];

const stems = (text: string) =>
  text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(wordStem);

/**
 * Pagefind, faked: a quoted query finds the letters holding it word by word by stem; an
 * unquoted one, the letters with a word starting with it (its locations those words);
 * `null`, every letter the filters leave, by year.
 */
function fakePagefind(letters = LETTERS): Pagefind & { asked: string[] } {
  const asked: string[] = [];
  const result = (letter: FakeLetter, score: number, prefix: string): PagefindResult => ({
    id: letter.id,
    score,
    data: async () => ({
      url: `/letters/${letter.id}/`,
      content: letter.text,
      locations: letter.text
        .split(/\s+/)
        .flatMap((word, i) => (prefix && word.toLowerCase().startsWith(prefix) ? [i] : [])),
      excerpt: letter.text,
      meta: { title: letter.authority },
      filters: { authority: [letter.authority], year: [letter.year] },
      sub_results: [],
    }),
  });
  const holds = (letter: FakeLetter, query: string) => {
    if (!query.startsWith('"'))
      return letter.text
        .toLowerCase()
        .split(/\s+/)
        .some((w) => w.startsWith(query));
    const want = stems(query);
    const have = stems(letter.text);
    return have.some((_, i) => want.every((s, k) => have[i + k] === s));
  };
  return {
    asked,
    options: async () => {},
    init: async () => {},
    filters: async () => ({ authority: Object.fromEntries(letters.map((l) => [l.authority, 1])) }),
    search: async (query, options) => {
      asked.push(String(query));
      const within = letters.filter((l) =>
        Object.entries(options?.filters ?? {}).every(([key, { any }]) =>
          any.includes(key === 'year' ? l.year : key === 'authority' ? l.authority : ''),
        ),
      );
      const found =
        query === null
          ? within.sort((x, y) => (options?.sort?.date === 'asc' ? 1 : -1) * x.year.localeCompare(y.year))
          : within.filter((l) => holds(l, query));
      return {
        results: found.map((l, i) => result(l, 10 - i, query?.startsWith('"') ? '' : (query ?? ''))),
        filters: {},
        totalFilters: {},
      };
    },
  };
}

const ANSWERS: AnswersData = {
  authorities: [['Eastwick', '/authorities/eastwick/', 0, '2010: outcome withheld']],
  grades: [],
};

function controllerOver(pagefind = fakePagefind()) {
  return searchController({
    load: async () => pagefind,
    unavailable: () => {},
    fetchAnswers: async () => ANSWERS,
    coverage: { '2010': [2, 150], '2011': [2, 152] },
    registerNames: ['Ashdown', 'Bramley', 'Coldharbour', 'Dunmore', 'Eastwick'],
  });
}

const state = (query: string): SearchState => parseSearchParams(new URLSearchParams(query));
const ids = (results: Array<{ id: string }>) => results.map((r) => r.id);

describe('the search controller', () => {
  test('an empty search says nothing and asks no index', async () => {
    const pagefind = fakePagefind();
    const answer = await controllerOver(pagefind).search(state(''), () => true);
    expect(answer).toEqual({ kind: 'said', status: '', clearCounts: true });
    expect(pagefind.asked).toEqual([]);
  });

  test('words: only letters with every word, those holding the phrase they spell first, said so', async () => {
    const pagefind = fakePagefind();
    const answer = await controllerOver(pagefind).search(state('q=care+leavers'), () => true);
    if (answer?.kind !== 'results') throw new Error(`no results: ${answer?.kind}`);
    expect(ids(answer.results).slice(0, 2).sort()).toEqual(['a', 'c']);
    expect(ids(answer.results)).toContain('b');
    expect(answer.results).toHaveLength(3);
    expect(answer.status).toBe(
      '3 of the 4 letters in the archive (of the 302 Ofsted published) contain all of “care” and “leavers”. Most relevant first. Letters with the phrase “care leavers” come first.',
    );
    // Quoted (exact) searches only: Pagefind's unquoted search matches words that start alike.
    expect(pagefind.asked.every((query) => query.startsWith('"'))).toBe(true);
  });

  test('filters narrow the letters, and the status says out of what', async () => {
    const answer = await controllerOver().search(state('q=housing&year=2011'), () => true);
    if (answer?.kind !== 'results') throw new Error('no results');
    expect(ids(answer.results)).toEqual(['c']);
    expect(answer.status).toBe(
      '1 of the 2 letters from 2011 in the archive (of the 152 Ofsted published) contains “housing”.',
    );
  });

  test('an authority filter that names no authority with a letter: its card, and why nothing is shown', async () => {
    expect(await controllerOver().search(state('authority=eastwick'), () => true)).toEqual({
      kind: 'no-authority',
      status: 'No letter from Eastwick is in the archive yet.',
      cards: [{ kind: 'authority', answer: ANSWERS.authorities[0] }],
    });
    expect(await controllerOver().search(state('authority=zzz'), () => true)).toMatchObject({
      status: "No authority's name contains “zzz”. Clear the authority filter or try part of the name.",
    });
  });

  test('a query naming an authority no letter names: the status leads with its card, then says what was searched', async () => {
    const answer = await controllerOver().search(state('q=eastwick'), () => true);
    if (answer?.kind !== 'results') throw new Error('no results');
    expect(answer.results).toEqual([]);
    expect(answer.status).toBe(
      `Eastwick matches by name: its card is below. No letter contains “eastwick” in the text searched: none of the 4 letters in the archive (of the 302 Ofsted published). ${searchedText(false)}`,
    );
    // Where letters are found, the status is about them alone.
    const found = await controllerOver().search(state('q=housing'), () => true);
    if (found?.kind !== 'results') throw new Error('no results');
    expect(found.lead).toBe('');
  });

  test('a search overtaken by a newer one returns nothing', async () => {
    expect(await controllerOver().search(state('q=care'), () => false)).toBeUndefined();
  });

  test('a missing word: a near word the letters have is offered instead', async () => {
    const controller = controllerOver();
    const answer = await controller.search(state('q=fosterng'), () => true);
    if (answer?.kind !== 'results') throw new Error('no results');
    expect(answer.outcome).toEqual({ kind: 'missing', missing: ['fosterng'] });
    const instead = await controller.instead(answer, state('q=fosterng'));
    expect(instead).toMatchObject({ kind: 'near', query: 'fostering' });
  });

  test('the filter counts add up to the letters shown', async () => {
    const controller = controllerOver();
    const answer = await controller.search(state('q=adoption'), () => true);
    if (answer?.kind !== 'results') throw new Error('no results');
    const counts = await controller.counts(answer, state('q=adoption'), [
      { name: 'year', value: '2010' },
      { name: 'year', value: '2011' },
    ]);
    expect(counts).toEqual({ year: { '2010': 1, '2011': 1 } });
  });
});
