/**
 * The search page's state lives in its URL (/search/?q=care+leavers&year=2010), so a
 * search can be shared and the back button works. And a query is only ever text: it is
 * matched literally, never as HTML or a regular expression.
 */
export const FILTER_KEYS = ['year', 'grade', 'authority'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * The orders results can be shown in, as the URL's `sort` names them; '' is by relevance
 * (newest first when there are no words to be relevant to). Each is a Pagefind sort on the
 * letter page's `data-pagefind-sort` values.
 */
export const SORTS = {
  '': { label: 'Most relevant first', pagefind: undefined },
  newest: { label: 'Newest first', pagefind: { date: 'desc' } },
  oldest: { label: 'Oldest first', pagefind: { date: 'asc' } },
  'grade-high': { label: 'Best grade first', pagefind: { grade: 'desc' } },
  'grade-low': { label: 'Poorest grade first', pagefind: { grade: 'asc' } },
} as const satisfies Record<string, { label: string; pagefind?: Record<string, 'asc' | 'desc'> }>;
export type SortKey = keyof typeof SORTS;

function isSortKey(value: string): value is SortKey {
  return Object.hasOwn(SORTS, value);
}

/** The URL's `standard=include`: the search page's "Include the standard text" box. */
export const STANDARD_PARAM = 'standard';
export const STANDARD_VALUE = 'include';

/**
 * Letter pages mark the text every letter of a year prints alike (the opening
 * explanation of the assessment, the grade scale, the closing statutory sentence) with
 * this attribute. The default index leaves it out, so a search finds what a letter itself
 * says; a second index, chosen by the box above, holds it too.
 */
export const STANDARD_TEXT_SELECTOR = '[data-standard-text]';

/** The folders of the two indexes, below the site's root. */
export const INDEX_DIRS = { own: 'pagefind', withStandard: 'pagefind-standard' } as const;

export function indexDir(state: Pick<SearchState, 'standard'>): string {
  return state.standard ? INDEX_DIRS.withStandard : INDEX_DIRS.own;
}

export interface SearchState {
  q: string;
  /** Search the standard text every letter prints too (the scale, the set explanations). */
  standard: boolean;
  /** Year and grade hold filter values; authority holds what was typed, part of a name. */
  filters: Record<FilterKey, string[]>;
  sort: SortKey;
}

export function parseSearchParams(params: URLSearchParams): SearchState {
  const values = (key: FilterKey) => [...new Set(params.getAll(key).map((v) => v.trim()))].filter(Boolean);
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, values(key)])) as Record<
    FilterKey,
    string[]
  >;
  const sort = params.get('sort') ?? '';
  return {
    q: (params.get('q') ?? '').trim(),
    standard: params.get(STANDARD_PARAM) === STANDARD_VALUE,
    filters,
    sort: isSortKey(sort) ? sort : '',
  };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort) params.set('sort', state.sort);
  if (state.standard) params.set(STANDARD_PARAM, STANDARD_VALUE);
  return params;
}

/** Pagefind's sort for a search: by relevance needs words; without them, newest first. */
export function pagefindSort(
  state: SearchState,
  hasWords: boolean,
): Record<string, 'asc' | 'desc'> | undefined {
  return SORTS[state.sort].pagefind ?? (hasWords ? undefined : SORTS.newest.pagefind);
}

/** The authorities whose names contain what was typed, in any case ("northampton"). */
export function matchingAuthorities(typed: readonly string[], names: readonly string[]): string[] {
  const parts = typed.map((t) => t.toLocaleLowerCase('en').replace(/\s+/g, ' ').trim()).filter(Boolean);
  return names.filter((name) => parts.some((part) => name.toLocaleLowerCase('en').includes(part)));
}

/**
 * Pagefind's filter object: any of the chosen values within a key, all keys together.
 * The authority filter is the names that match what was typed (see matchingAuthorities).
 */
export function pagefindFilters(
  state: SearchState,
  authorities: readonly string[] = [],
): Record<string, { any: string[] }> {
  const values = { ...state.filters, authority: state.filters.authority.length ? [...authorities] : [] };
  return Object.fromEntries(
    FILTER_KEYS.filter((key) => state.filters[key].length).map((key) => [key, { any: values[key] }]),
  );
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => state.filters[key].length > 0);
}

/** The search a hits page was opened from: its URL's parameters but the letter. */
export function searchOfHits(params: URLSearchParams): URLSearchParams {
  return toSearchParams(parseSearchParams(params));
}
