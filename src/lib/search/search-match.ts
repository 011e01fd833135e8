/**
 * Which letters a query honestly matches, and what the search page says about it.
 *
 * Pagefind answers a word it has not indexed with the longest indexed prefix of that word
 * (its "backtracking": `trafficking` becomes `t`, `safegaurding` becomes `safe`), and a
 * word with any indexed word that starts with it (`care` finds `careful`). Neither is the
 * word searched for. Its quoted ("exact") search does neither, but still stems, so
 * `"improve"` finds improved and improvement. The search page therefore asks Pagefind, for
 * each word and each phrase of the query, which letters contain it exactly, and shows only
 * letters that contain all of them. A word no letter contains is said to be missing, never
 * found, and a near word, if the index has one, is offered as a suggestion.
 * https://github.com/Pagefind/pagefind/pull/315 (backtracking), issue 780 (no option to turn it off).
 */
import { plural } from '../archive/plural.ts';
import { hasOperators, parseQuery } from './search-query.ts';

export interface QueryTerms {
  /** Single words to look for, as typed, each once (case aside), from inside and outside quotes. */
  words: string[];
  /** Quoted phrases of two or more words to look for, spaces tidied. */
  phrases: string[];
  /** The words and phrases to look for, each once, in the order typed. */
  required: string[];
  /** A letter holds one term of each group (parseQuery): a group of one is that term. */
  groups: string[][];
  /** Words and phrases no letter shown may hold. */
  excluded: string[];
  /** OR or a word left out is used: the status says what was searched in words. */
  operators: boolean;
  /** What search can't do in the query, said plainly (then there is nothing to look for). */
  problem?: string;
}

/**
 * The words and phrases of a query, read with its operators (search-query.ts parseQuery).
 * A phrase's own words are checked too, so a misspelt word in a phrase is named.
 */
export function queryTerms(query: string): QueryTerms {
  const parsed = parseQuery(query);
  if (!parsed.ok)
    return {
      words: [],
      phrases: [],
      required: [],
      groups: [],
      excluded: [],
      operators: false,
      problem: parsed.problem,
    };
  const { groups, excluded } = parsed.query;
  const seen = new Set<string>();
  const required = groups.flat().filter((term) => {
    const key = term.toLocaleLowerCase('en');
    return !seen.has(key) && Boolean(seen.add(key));
  });
  const phrases = required.filter((term) => term.includes(' '));
  const words = required.filter((term) => !term.includes(' '));
  for (const phrase of phrases)
    for (const word of phrase.split(' '))
      if (!words.some((w) => w.toLocaleLowerCase('en') === word.toLocaleLowerCase('en'))) words.push(word);
  return { words, phrases, required, groups, excluded, operators: hasOperators(parsed.query) };
}

/** "letters with “social worker” and without “bullying”", "letters with “adoption” or “fostering”". */
export function queryDescription(terms: QueryTerms): string {
  const withs = terms.groups.map((group) => `with ${quotedList(group, 'or')}`).join(' and ');
  const without = terms.excluded.length ? ` and without ${quotedList(terms.excluded, 'or')}` : '';
  return `letters ${withs}${without}`;
}

/** Every word and phrase a query looks for or leaves out, each once (case aside). */
export function termsToCheck(terms: QueryTerms): string[] {
  const seen = new Set<string>();
  return [...terms.words, ...terms.phrases, ...terms.excluded].filter((term) => {
    const key = term.toLocaleLowerCase('en');
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** How many letters (with no filter) contain each word and phrase, exactly. */
export type TermCounts = ReadonlyMap<string, number>;

export type SearchOutcome =
  /** Letters contain every word and phrase; `count` of them are shown, after the filters. */
  | { kind: 'found'; count: number }
  /** Some words or phrases are in no letter at all. */
  | { kind: 'missing'; missing: string[] }
  /** Every word and phrase is in some letter, but no letter has them all. */
  | { kind: 'not-together' }
  /** Letters have them all, but every one of those has a word left out too. */
  | { kind: 'all-excluded'; withoutExclusion: number }
  /** Letters have them all, but none within the filters chosen. */
  | { kind: 'filtered-out'; withoutFilters: number };

/**
 * What the search found, from how many letters contain each term (`termCounts`,
 * unfiltered), how many match the query (`allTerms`, unfiltered), how many of those the
 * filters leave (`shown`), and how many would match but for the words left out.
 */
export function searchOutcome(
  terms: QueryTerms,
  termCounts: TermCounts,
  allTerms: number,
  shown: number,
  withoutExclusion = allTerms,
): SearchOutcome {
  if (shown > 0) return { kind: 'found', count: shown };
  const none = (term: string) => !termCounts.get(term);
  // A group none of whose terms is in any letter; words first: a misspelt word explains a missing phrase.
  const dead = terms.groups.filter((group) => group.every(none)).flat();
  const deadWords = new Set(dead.flatMap((term) => term.toLocaleLowerCase('en').split(' ')));
  const missingWords = terms.words.filter(
    (word) => none(word) && deadWords.has(word.toLocaleLowerCase('en')),
  );
  if (dead.length)
    return { kind: 'missing', missing: missingWords.length ? missingWords : dead.filter(none) };
  if (withoutExclusion === 0) return { kind: 'not-together' };
  if (allTerms === 0) return { kind: 'all-excluded', withoutExclusion };
  return { kind: 'filtered-out', withoutFilters: allTerms };
}

/** “care”, “care” and “leavers”, “a”, “b” and “c”. */
export function quotedList(terms: readonly string[], joiner = 'and'): string {
  const quoted = terms.map((term) => `“${term}”`);
  if (quoted.length < 2) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${joiner} ${quoted.at(-1)}`;
}

/** Letters in the archive and letters Ofsted published, by year: { "2010": [1, 146] }. */
export type ArchiveCoverage = Record<string, [letters: number, published: number]>;

/** What a search searched, to say with every count. */
export interface SearchScope {
  /** Letters the filters leave: every letter of `archive` when there are none. */
  searched: number;
  /** Letters in the archive in the years chosen (every year when none is). */
  archive: number;
  /** Letters Ofsted published in those years. */
  published: number;
  /** The years chosen, oldest first; [] for every year. */
  years: string[];
  /** A filter other than the year (grade, authority) is chosen. */
  narrowed: boolean;
  /** The whole archive, every year: what a word's absence is said against. */
  total: { archive: number; published: number };
}

export function searchScope(
  coverage: ArchiveCoverage,
  years: readonly string[],
  withinFilters: number | undefined,
  narrowed: boolean,
): SearchScope {
  const sum = (keys: readonly string[], i: 0 | 1) =>
    keys.reduce((n, key) => n + (coverage[key]?.[i] ?? 0), 0);
  const all = Object.keys(coverage).sort();
  const chosen = [...years].sort();
  const keys = chosen.length ? chosen : all;
  const archive = sum(keys, 0);
  return {
    searched: withinFilters ?? archive,
    archive,
    published: sum(keys, 1),
    years: chosen,
    narrowed,
    total: { archive: sum(all, 0), published: sum(all, 1) },
  };
}

/** "from 2009 or 2010", for the years chosen. */
function fromYears(years: readonly string[]): string {
  if (!years.length) return '';
  return ` from ${years.length > 1 ? `${years.slice(0, -1).join(', ')} or ${years.at(-1)}` : years[0]}`;
}

/** "the 2 letters in the archive (of the 445 Ofsted published)", "the 3 letters within the filters chosen, of 146 from 2010 in the archive (of the 146 Ofsted published)". */
export function scopeText(scope: SearchScope): string {
  const where = fromYears(scope.years);
  const held = `in the archive (of the ${scope.published} Ofsted published)`;
  const letters = (n: number) => (n === 1 ? 'letter' : 'letters');
  if (scope.narrowed)
    return `the ${scope.searched} ${letters(scope.searched)} within the filters chosen, of ${scope.archive}${where} ${held}`;
  return `the ${scope.archive} ${letters(scope.archive)}${where} ${held}`;
}

/** "the 2 letters in the archive (of the 445 Ofsted published)", every year, no filter. */
function wholeArchive(scope: SearchScope): string {
  const { archive, published } = scope.total;
  return `the ${archive} ${archive === 1 ? 'letter' : 'letters'} in the archive (of the ${published} Ofsted published)`;
}

/**
 * What a search read, said wherever it finds nothing, so a status never says a letter lacks
 * a word it holds elsewhere: the letterhead, addresses and signature are never indexed (they
 * would answer every search with Ofsted's address), and the standard text only when asked.
 */
export function searchedText(standard: boolean): string {
  return standard
    ? "Searched: each letter's own words and the standard text, not its letterhead, addresses or signature."
    : "Searched: each letter's own words, not its letterhead, addresses or signature, nor the standard text every letter prints (unless asked).";
}

/**
 * The status line: what was found, said exactly, never "found" for a word no letter has,
 * and always out of what was searched: "1 of the 2 letters in the archive (Ofsted
 * published 445) contains all of “care” and “leavers”." Where nothing is found, it says
 * "in the text searched" and what that text is (searchedText).
 */
export function outcomeText(
  outcome: SearchOutcome,
  terms: QueryTerms,
  scope: SearchScope,
  /** Whether the standard text every letter prints was searched too. */
  standard = false,
): string {
  const own = ' in the text searched';
  const read = ` ${searchedText(standard)}`;
  if (terms.operators && outcome.kind !== 'missing') return operatorText(outcome, terms, scope, own, read);
  switch (outcome.kind) {
    case 'all-excluded':
      return operatorText(outcome, terms, scope, own, read);
    case 'found': {
      const n = outcome.count;
      if (!terms.required.length)
        return `${n} of the ${scope.archive} ${scope.archive === 1 ? 'letter' : 'letters'}${fromYears(scope.years)} in the archive (of the ${scope.published} Ofsted published) ${n === 1 ? 'matches' : 'match'} the filters chosen.`;
      const every = terms.required.length > 1 ? 'all of ' : '';
      return `${n} of ${scopeText(scope)} ${n === 1 ? 'contains' : 'contain'} ${every}${quotedList(terms.required)}.`;
    }
    case 'missing':
      return `No letter contains ${quotedList(outcome.missing, 'or')}${own}: none of ${wholeArchive(scope)}.${read}`;
    case 'not-together':
      return `No letter contains all of ${quotedList(terms.required)}${own}, though each is in some of ${wholeArchive(scope)}. Try fewer words.${read}`;
    case 'filtered-out':
      return `No letter within the filters chosen contains ${quotedList(terms.required)}; ${outcome.withoutFilters} of ${wholeArchive(scope)} ${outcome.withoutFilters === 1 ? 'does' : 'do'}.`;
  }
}

/**
 * The status line of a query with OR or words left out, said in words: "Letters with
 * “social worker” and without “bullying”: 12 of the 445 letters in the archive (Ofsted
 * published 445)."
 */
function operatorText(
  outcome: Exclude<SearchOutcome, { kind: 'missing' }>,
  terms: QueryTerms,
  scope: SearchScope,
  own: string,
  read: string,
): string {
  const what = queryDescription(terms);
  const said = `${what.charAt(0).toLocaleUpperCase('en')}${what.slice(1)}`;
  switch (outcome.kind) {
    case 'found':
      return `${said}: ${outcome.count} of ${scopeText(scope)}.`;
    case 'not-together':
      return `No ${what}${own}: none of ${wholeArchive(scope)}, though each word or phrase looked for is in some of them.${read}`;
    case 'all-excluded': {
      const n = outcome.withoutExclusion;
      const withs = queryDescription({ ...terms, excluded: [] }).replace(/^letters /, '');
      return `No ${what}: ${n} of ${wholeArchive(scope)} ${n === 1 ? 'is a letter' : 'are letters'} ${withs}, but ${n === 1 ? 'it has' : 'each has'} ${quotedList(terms.excluded, 'or')} too.`;
    }
    case 'filtered-out':
      return `No ${what} within the filters chosen; ${outcome.withoutFilters} of ${wholeArchive(scope)} ${outcome.withoutFilters === 1 ? 'is' : 'are'}.`;
  }
}

/**
 * Where the letters' own words hold nothing but the standard text every letter prints has
 * the words: how many letters have them there (the page follows it with a link that
 * searches the standard text too).
 */
export function standardTextNote(letters: number, terms: QueryTerms): string {
  const every = terms.required.length > 1 ? 'all of ' : '';
  return `${plural(letters, 'letter')} ${letters === 1 ? 'has' : 'have'} ${every}${quotedList(terms.required)} in the standard text that every letter of a year prints alike, which is searched only when asked.`;
}

/**
 * Filter counts that agree with the results: for each value, how many letters it would
 * show, given the words (`matching`, or every letter when undefined) and the values chosen
 * in every other filter. Within one filter, values are alternatives, so the counts of the
 * values ticked add up to the letters shown.
 */
export function facetCounts(
  matching: ReadonlySet<string> | undefined,
  valueLetters: Readonly<Record<string, Readonly<Record<string, ReadonlySet<string>>>>>,
  chosen: Readonly<Record<string, ReadonlySet<string> | undefined>>,
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const [key, values] of Object.entries(valueLetters)) {
    const others = Object.entries(chosen)
      .filter(([other, letters]) => other !== key && letters)
      .map(([, letters]) => letters!);
    counts[key] = {};
    for (const [value, letters] of Object.entries(values)) {
      let n = 0;
      for (const id of letters)
        if ((!matching || matching.has(id)) && others.every((set) => set.has(id))) n++;
      counts[key][value] = n;
    }
  }
  return counts;
}
