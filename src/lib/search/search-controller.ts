/**
 * The search page's controller: which index to ask, what to ask it, which letters match
 * and in what order, and what the page says about them. It holds no DOM: the page
 * (scripts/search-page.ts) gives it a way to load Pagefind and to fetch the answer cards'
 * facts, and draws what it returns (scripts/search-view.ts). What counts as a match is
 * decided in search-match.ts.
 */
import type { Pagefind, PagefindResult } from './pagefind-types.ts';
import {
  SORTS,
  hasFilters,
  indexDir,
  matchingAuthorities,
  pagefindFilters,
  pagefindSort,
  type SearchState,
} from './search-query.ts';
import {
  facetCounts,
  outcomeText,
  queryTerms,
  searchOutcome,
  searchScope,
  standardTextNote,
  type ArchiveCoverage,
  termsToCheck,
  type QueryTerms,
  type SearchOutcome,
  type SearchScope,
} from './search-match.ts';
import { impliedPhrase } from './search-phrases.ts';
import { lettersMatching, rankResults } from './search-rank.ts';
import { answerCards, cardsLead, noAuthorityText, type AnswersData, type Card } from './search-answers.ts';
import { nearQueryFor } from './search-suggest.ts';
import { lowercaseOperatorNote } from './operator-words.ts';

export interface SearchDeps {
  /** Starts Pagefind on the index in `dir`, below the site's root. */
  load: (dir: string) => Promise<Pagefind>;
  /** Called once for each index that fails to load. */
  unavailable: () => void;
  /** The answer cards' facts. */
  fetchAnswers: () => Promise<AnswersData>;
  /** Letters in the archive and letters Ofsted published, by year, as the page was built. */
  coverage: ArchiveCoverage;
  /** The register's names, as the page was built. */
  registerNames: readonly string[];
}

type Filters = Record<string, { any: string[] }>;

/** A search with results to draw (perhaps none), and what is needed after them. */
export interface SearchResults {
  kind: 'results';
  pagefind: Pagefind;
  results: PagefindResult[];
  /** The status line, said once the first result (if any) is drawn. */
  status: string;
  /**
   * Where no letter is found but cards answer the query, what the status says of them
   * first ("… matches by name: its card is below. "), so a status that finds nothing does
   * not read as the whole answer; '' otherwise.
   */
  lead: string;
  cards: Promise<Card[]>;
  /** No result, no word missing or left out, and no card: the page's general help is shown. */
  emptyHelp: boolean;
  terms: QueryTerms;
  outcome: SearchOutcome;
  scope: SearchScope;
  /** The letters holding every term, without filters (undefined: no words). */
  matching: Set<string> | undefined;
  /** The authorities the authority filter names. */
  authorities: string[];
}

export type SearchAnswer =
  /** Nothing to search for: the status says why (or nothing, for an empty search). */
  | { kind: 'said'; status: string; clearCounts: boolean }
  /** The authority filter names no authority with a letter. */
  | { kind: 'no-authority'; status: string; cards: Card[] }
  | SearchResults;

/** What to try where nothing was found: the standard text, or a near word. */
export type Instead =
  | { kind: 'standard'; status: string; note: string; state: SearchState }
  | { kind: 'near'; query: string; state: SearchState };

export function searchController(deps: SearchDeps) {
  /** Each index as it is first needed: the default one, or the one with the standard text. */
  const indexes = new Map<string, Promise<Pagefind>>();
  /** Each search's results, asked of an index once: the same word or filter recurs from query to query. */
  const searches = new WeakMap<Pagefind, Map<string, Promise<PagefindResult[]>>>();
  const authorityNames = new WeakMap<Pagefind, Promise<string[]>>();
  let answers: Promise<AnswersData> | undefined;

  function pagefindFor(state: Pick<SearchState, 'standard'>): Promise<Pagefind> {
    const dir = indexDir(state);
    if (!indexes.has(dir)) {
      const loading = deps.load(dir);
      loading.catch(deps.unavailable);
      indexes.set(dir, loading);
    }
    return indexes.get(dir)!;
  }

  function searchOnce(
    pagefind: Pagefind,
    query: string | null,
    filters: Filters = {},
  ): Promise<PagefindResult[]> {
    const cache = searches.get(pagefind) ?? new Map<string, Promise<PagefindResult[]>>();
    searches.set(pagefind, cache);
    const id = JSON.stringify([query, filters]);
    if (!cache.has(id))
      cache.set(
        id,
        pagefind.search(query, { filters }).then((search) => search?.results ?? []),
      );
    return cache.get(id)!;
  }

  /** The ids of the letters a search finds. */
  async function lettersWith(
    pagefind: Pagefind,
    filters: Filters,
    query: string | null = null,
  ): Promise<Set<string>> {
    return new Set((await searchOnce(pagefind, query, filters)).map((result) => result.id));
  }

  /** Every authority in an index, by name: it never changes while the page is open. */
  function allAuthorityNames(pagefind: Pagefind): Promise<string[]> {
    if (!authorityNames.has(pagefind))
      authorityNames.set(
        pagefind,
        pagefind
          .filters()
          .then((all) => Object.keys(all.authority ?? {}).sort((a, b) => a.localeCompare(b, 'en'))),
      );
    return authorityNames.get(pagefind)!;
  }

  /** The facts for answer cards: fetched once, and only for a search that may need them. */
  function answersData(): Promise<AnswersData> {
    answers ??= deps.fetchAnswers();
    return answers;
  }

  /** What the page says at once, before any index is asked; undefined when there is a search to run. */
  function immediate(state: SearchState): SearchAnswer | undefined {
    if (!state.q && !hasFilters(state)) return { kind: 'said', status: '', clearCounts: true };
    if (!state.q) return undefined;
    const { problem, required } = queryTerms(state.q);
    // What search can't do is said, never searched as a word.
    if (problem) return { kind: 'said', status: problem, clearCounts: false };
    if (!required.length)
      return {
        kind: 'said',
        status: `“${state.q}” has no words to search for: type letters or numbers.`,
        clearCounts: false,
      };
    return undefined;
  }

  /**
   * Runs a search: which letters contain each word and phrase exactly (Pagefind's quoted
   * search), and the letters the filters leave; in a chosen order (or with no words), those
   * letters in that order. No unquoted search: it matches every word that starts like a
   * query word ("care" finds careful, career) and costs the first search several times the
   * quoted ones, yet only letters holding every term exactly are shown (search-match.ts).
   * Undefined once `current` says a newer search has started.
   */
  async function search(state: SearchState, current: () => boolean): Promise<SearchAnswer | undefined> {
    const said = immediate(state);
    if (said) return said;
    const terms = queryTerms(state.q);
    const cards = answerCards(state.q, state.filters.authority, deps.registerNames, answersData);
    const pagefind = await pagefindFor(state);
    let authorities: string[] = [];
    if (state.filters.authority.length) {
      authorities = matchingAuthorities(state.filters.authority, await allAuthorityNames(pagefind));
      if (!current()) return undefined;
      if (!authorities.length) {
        const named = await cards;
        return {
          kind: 'no-authority',
          status: noAuthorityText(state.filters.authority, named),
          cards: named,
        };
      }
    }
    const filters = pagefindFilters(state, authorities);
    const sort = pagefindSort(state, terms.required.length > 0);
    // An unquoted query of several words: letters holding it as a phrase rank first.
    const phrase = state.sort ? undefined : impliedPhrase(state.q);
    // Every word and phrase looked for or left out, each once, asked of the index exactly.
    const checks = termsToCheck(terms);
    const [ordered, withinFilters, phraseResults, exact] = await Promise.all([
      sort || !terms.required.length ? pagefind.search(null, { filters, sort }) : undefined,
      hasFilters(state) ? lettersWith(pagefind, filters) : undefined,
      phrase ? searchOnce(pagefind, `"${phrase}"`) : undefined,
      Promise.all(checks.map((term) => searchOnce(pagefind, `"${term}"`))),
    ]);
    if (!current()) return undefined;
    const found = new Map(checks.map((term, i) => [term.toLocaleLowerCase('en'), exact[i]!]));
    const resultsFor = (term: string) => found.get(term.toLocaleLowerCase('en')) ?? [];
    const { matching, before } = terms.required.length
      ? lettersMatching(terms.groups, terms.excluded, (term) => new Set(resultsFor(term).map((r) => r.id)))
      : { matching: undefined, before: undefined };
    const keep = (id: string) => (!matching || matching.has(id)) && (!withinFilters || withinFilters.has(id));
    const results = rankResults(terms.required.map(resultsFor), keep, ordered?.results, phraseResults);
    const termCounts = new Map(
      [...terms.words, ...terms.phrases].map((term) => [term, resultsFor(term).length]),
    );
    const outcome = searchOutcome(
      terms,
      termCounts,
      matching?.size ?? results.length,
      results.length,
      before?.size ?? results.length,
    );
    const narrowed = state.filters.grade.length > 0 || state.filters.authority.length > 0;
    const scope = searchScope(deps.coverage, state.filters.year, withinFilters?.size, narrowed);
    const order = terms.required.length || state.sort ? SORTS[state.sort].label : SORTS.newest.label;
    // The cards' facts were fetched beside the searches; the page waits for them anyway.
    const answered = results.length ? [] : await cards;
    if (!current()) return undefined;
    const lead = answered.length ? `${cardsLead(answered)} ` : '';
    const phraseLetters = new Set(phraseResults?.map((result) => result.id));
    const phraseSaid =
      results.length > 1 && results.some((r) => phraseLetters.has(r.id))
        ? ` Letters with the phrase “${phrase}” come first.`
        : '';
    return {
      kind: 'results',
      pagefind,
      results,
      status: `${lead}${outcomeText(outcome, terms, scope, state.standard)}${results.length > 1 ? ` ${order}.` : ''}${phraseSaid}${lowercaseOperatorNote(state.q)}`,
      lead,
      cards,
      // The status already says why nothing matched where a word is missing or left out:
      // "try fewer words, drop the quotes" would point elsewhere.
      emptyHelp: outcome.kind !== 'missing' && outcome.kind !== 'all-excluded',
      terms,
      outcome,
      scope,
      matching,
      authorities,
    };
  }

  /** Counts beside the year and grade boxes (`boxes`, by name and value) that add up to the results shown. */
  async function counts(
    answer: SearchResults,
    state: SearchState,
    boxes: ReadonlyArray<{ name: string; value: string }>,
  ): Promise<Record<string, Record<string, number>>> {
    const { pagefind, matching, authorities } = answer;
    const sets: Record<string, Record<string, Set<string>>> = {};
    for (const box of boxes)
      (sets[box.name] ??= {})[box.value] = await lettersWith(pagefind, { [box.name]: { any: [box.value] } });
    const union = (key: 'year' | 'grade') =>
      state.filters[key].length
        ? new Set(state.filters[key].flatMap((value) => [...(sets[key]?.[value] ?? [])]))
        : undefined;
    const chosen = {
      year: union('year'),
      grade: union('grade'),
      authority: authorities.length
        ? await lettersWith(pagefind, { authority: { any: authorities } })
        : undefined,
    };
    return facetCounts(matching, sets, chosen);
  }

  /** The letters holding every term once their standard text is searched too (none if that index can't load). */
  async function lettersWithStandardText(terms: QueryTerms): Promise<Set<string>> {
    try {
      const index = await pagefindFor({ standard: true });
      const checks = termsToCheck(terms);
      const found = await Promise.all(checks.map((term) => lettersWith(index, {}, `"${term}"`)));
      const byTerm = new Map(checks.map((term, i) => [term.toLocaleLowerCase('en'), found[i]!]));
      return lettersMatching(terms.groups, terms.excluded, (term) =>
        byTerm.get(term.toLocaleLowerCase('en'))!,
      ).matching;
    } catch {
      return new Set();
    }
  }

  /**
   * What to try where the letters' own words hold nothing. If the standard text every letter
   * prints (left out unless asked for) holds the words, a note says how many letters have
   * them there and a link searches the standard text too; a near word would be the wrong answer then.
   * Otherwise a near word for each missing one, if the letters have one.
   */
  async function instead(answer: SearchResults, state: SearchState): Promise<Instead | undefined> {
    const { outcome, terms, scope, pagefind } = answer;
    if (outcome.kind !== 'missing' && outcome.kind !== 'not-together') return undefined;
    const missing = outcome.kind === 'missing' ? outcome.missing : [];
    const [inStandard, near] = await Promise.all([
      state.standard ? new Set<string>() : lettersWithStandardText(terms),
      missing.length ? nearQueryFor(pagefind, state.q, missing) : undefined,
    ]);
    if (inStandard.size)
      return {
        kind: 'standard',
        status: `${answer.lead}${outcomeText(outcome, terms, scope, state.standard)}${lowercaseOperatorNote(state.q)}`,
        note: standardTextNote(inStandard.size, terms),
        state: { ...state, standard: true },
      };
    if (near) return { kind: 'near', query: near, state: { ...state, q: near } };
    return undefined;
  }

  return { pagefindFor, allAuthorityNames, immediate, search, counts, instead };
}

export type SearchController = ReturnType<typeof searchController>;
