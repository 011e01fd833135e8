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

export interface SearchState {
  q: string;
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
  return { q: (params.get('q') ?? '').trim(), filters, sort: isSortKey(sort) ? sort : '' };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort) params.set('sort', state.sort);
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

/**
 * What to highlight in a letter: each quoted phrase whole, each other word alone. An
 * unclosed quote runs to the end of the query.
 */
export function highlightTerms(query: string): string[] {
  const terms: string[] = [];
  const parts = query.split('"');
  parts.forEach((part, i) => {
    const inQuotes = i % 2 === 1;
    if (inQuotes) terms.push(part.trim().replace(/\s+/g, ' '));
    else terms.push(...part.split(/\s+/));
  });
  const unique = [...new Set(terms.filter(Boolean).map((t) => t.toLowerCase()))];
  // Longest first, so a phrase wins over a word inside it.
  return unique.sort((a, b) => b.length - a.length);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Where the terms occur in the text: [start, end) ranges, in order, never overlapping.
 * A term that starts with a letter or digit matches at the start of a word, as search
 * does ("care" in "carers", not in "childcare").
 */
export function findMatches(text: string, terms: readonly string[]): Array<[number, number]> {
  const haystack = text.toLowerCase();
  const found: Array<[number, number]> = [];
  for (const term of terms) {
    const needle = term.toLowerCase();
    if (!needle) continue;
    const wordStart = WORD_CHAR.test(needle[0]!);
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      if (wordStart && at > 0 && WORD_CHAR.test(haystack[at - 1]!)) continue;
      const end = at + needle.length;
      if (!found.some(([s, e]) => at < e && end > s)) found.push([at, end]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/** The search a hits page was opened from: its URL's parameters but the letter. */
export function searchOfHits(params: URLSearchParams): URLSearchParams {
  return toSearchParams(parseSearchParams(params));
}
