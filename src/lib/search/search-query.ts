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

/**
 * A query read with its operators, as Find Case Law reads them: a letter must hold one term
 * of every group (`adoption OR fostering` is one group of two; words side by side, or with
 * AND, are groups of their own) and none of the terms left out (`-bullying`, `NOT bullying`).
 * A term is a word, or a phrase of words (quoted), spaces tidied.
 */
export interface ParsedQuery {
  groups: string[][];
  excluded: string[];
}

export type QueryParse = { ok: true; query: ParsedQuery } | { ok: false; problem: string };

type Token = { kind: 'term'; text: string } | { kind: 'or' | 'and' | 'not' | 'open' | 'close' };

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const OPERATORS: Record<string, 'or' | 'and' | 'not'> = { OR: 'or', AND: 'and', NOT: 'not' };

/** What search can't do, said plainly: each names what was typed and what to type instead. */
const PROBLEMS = {
  lone: '“-” on its own leaves nothing out: put it just before a word, as in -bullying.',
  not: '“NOT” (or “-”) needs a word or a quoted phrase after it, as in NOT housing.',
  or: '“OR” needs a word or a quoted phrase on each side, as in adoption OR fostering.',
  and: '“AND” needs a word or a quoted phrase on each side, as in adoption AND fostering.',
  notInOr: 'A word left out can’t be one side of “OR”: write adoption OR fostering -housing.',
  onlyOut: 'The search has only words to leave out: add what to look for, as in "care leavers" NOT housing.',
  wildcard: (word: string) =>
    `“${word}” has a wildcard (*), which search does not use: each word already finds its other forms (improve finds improved and improvement).`,
  nested: 'Brackets inside brackets are not supported: search for adoption OR fostering, without them.',
  inBrackets: 'Brackets can only hold words joined by “OR”, as in (adoption OR fostering).',
  unclosed: '“(” opens a bracket that is never closed.',
  unopened: '“)” closes a bracket that was never opened.',
  empty: '“()” holds nothing to search for.',
  outBracket: 'Only a word or a quoted phrase can be left out, not a bracket: write -adoption -fostering.',
};

/** The query's words, phrases, operators and brackets; a string where it has a problem. */
function tokensOf(query: string): Token[] | string {
  const out: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '"') {
      // A quoted part is a phrase (or one word); an unclosed quote runs to the end.
      const end = query.indexOf('"', i + 1);
      const words = query
        .slice(i + 1, end < 0 ? undefined : end)
        .split(/\s+/)
        .filter((token) => HAS_WORD_CHAR.test(token));
      if (words.length) out.push({ kind: 'term', text: words.join(' ') });
      i = end < 0 ? query.length : end + 1;
    } else if (c === '(' || c === ')') {
      out.push({ kind: c === '(' ? 'open' : 'close' });
      i++;
    } else if (c === '-') {
      // A minus starting a word leaves it out (within a word, care-leavers, it is a hyphen).
      if (i + 1 >= query.length || /\s/.test(query[i + 1]!)) return PROBLEMS.lone;
      out.push({ kind: 'not' });
      i++;
    } else {
      let end = i;
      while (end < query.length && !/[\s"]/.test(query[end]!)) end++;
      let word = query.slice(i, end);
      i = end;
      // Closing brackets at a word's end close a group (fostering)), unless the word opened one: alert(1).
      let closes = 0;
      while (word.endsWith(')') && !word.includes('(')) [word, closes] = [word.slice(0, -1), closes + 1];
      const operator = Object.hasOwn(OPERATORS, word) ? OPERATORS[word] : undefined;
      if (operator) out.push({ kind: operator });
      else if (word.includes('*')) return PROBLEMS.wildcard(word);
      // Tokens with no letter or digit (`&`) are not words: Pagefind ignores them too.
      else if (HAS_WORD_CHAR.test(word)) out.push({ kind: 'term', text: word });
      for (let k = 0; k < closes; k++) out.push({ kind: 'close' });
    }
  }
  return out;
}

/** Reads a query's groups and the terms it leaves out, or says what it can't search for. */
export function parseQuery(query: string): QueryParse {
  const tokens = tokensOf(query);
  if (typeof tokens === 'string') return { ok: false, problem: tokens };
  const groups: string[][] = [];
  const excluded: string[] = [];
  let i = 0;
  /** A term, or a bracket of terms joined by OR: their texts, or a problem. */
  const atom = (): string[] | string => {
    const token = tokens[i];
    if (token?.kind === 'term') return (i++, [token.text]);
    if (token?.kind === 'close') return PROBLEMS.unopened;
    if (token?.kind !== 'open') return token?.kind === 'not' ? PROBLEMS.notInOr : PROBLEMS.or;
    const inside: string[] = [];
    for (i++; ; i++) {
      const next = tokens[i];
      if (!next) return PROBLEMS.unclosed;
      if (next.kind === 'open') return PROBLEMS.nested;
      if (next.kind === 'close' && !inside.length) return PROBLEMS.empty;
      if (next.kind !== 'term') return PROBLEMS.inBrackets;
      inside.push(next.text);
      const after = tokens[++i];
      if (after?.kind === 'close') return (i++, inside);
      if (after?.kind !== 'or') return after ? PROBLEMS.inBrackets : PROBLEMS.unclosed;
    }
  };
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.kind === 'and') {
      const next = tokens[i + 1]?.kind;
      if (!groups.length || !next || next === 'or' || next === 'and' || next === 'close')
        return fail(PROBLEMS.and);
      i++;
    } else if (token.kind === 'or') return fail(PROBLEMS.or);
    else if (token.kind === 'not') {
      const next = tokens[++i];
      if (next?.kind === 'open') return fail(PROBLEMS.outBracket);
      if (next?.kind !== 'term') return fail(PROBLEMS.not);
      excluded.push(next.text);
      if (tokens[++i]?.kind === 'or') return fail(PROBLEMS.notInOr);
    } else {
      const group: string[] = [];
      for (;;) {
        const terms = atom();
        if (typeof terms === 'string') return fail(terms);
        group.push(...terms);
        if (tokens[i]?.kind !== 'or') break;
        if (++i >= tokens.length) return fail(PROBLEMS.or);
      }
      groups.push(group);
    }
  }
  if (!groups.length && excluded.length) return fail(PROBLEMS.onlyOut);
  // Each group once (`care care` is one), its terms each once.
  const seen = new Set<string>();
  const unique = groups.map(distinct).filter((group) => {
    const key = group.join('\n').toLocaleLowerCase('en');
    return !seen.has(key) && Boolean(seen.add(key));
  });
  return { ok: true, query: { groups: unique, excluded: distinct(excluded) } };
}

function fail(problem: string): QueryParse {
  return { ok: false, problem };
}

/** Each term once, case aside, as first typed. */
function distinct(terms: readonly string[]): string[] {
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = term.toLocaleLowerCase('en');
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** The query uses an operator that changes what matches: OR, or a word left out. */
export function hasOperators(query: ParsedQuery): boolean {
  return query.excluded.length > 0 || query.groups.some((group) => group.length > 1);
}
