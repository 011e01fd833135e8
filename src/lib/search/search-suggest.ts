/**
 * "Did you mean …?": for a word no letter contains, a near word the letters do contain,
 * asked of Pagefind; what is near is decided here too (nearWord), without Pagefind.
 */
import type { Pagefind } from './pagefind-types.ts';

/** Edit distance with adjacent transpositions (optimal string alignment): "gaur" to "guar" is 1. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** A word as the index compares it: lower case, without the punctuation around it. */
export function bareWord(word: string): string {
  return word.toLocaleLowerCase('en').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * What to ask the index for a suggestion, in turn: the word itself (which Pagefind
 * extends to the words it begins: `safeg`, safeguarding), then ever shorter prefixes of
 * it, down to three letters.
 */
export function suggestionPrefixes(word: string): string[] {
  const bare = bareWord(word);
  const prefixes: string[] = [];
  for (let n = bare.length; n >= 3; n--) prefixes.push(bare.slice(0, n));
  return prefixes;
}

/**
 * The word to suggest for a word no letter contains, from words the letters do contain
 * that start with `prefix` (each as often as it occurs). A word the typed one begins is
 * offered, the most common first. Otherwise the nearest by edit distance, if it is near:
 * at most two edits (a typo), or sharing at least three fifths of the word's start
 * (`northants`, Northampton). A distant word (`trafficking`, training) is no suggestion.
 */
export function nearWord(word: string, prefix: string, candidates: readonly string[]): string | undefined {
  const target = bareWord(word);
  const completes = prefix === target;
  const shared = prefix.length >= Math.max(4, Math.ceil(target.length * 0.6));
  const seen = new Map<string, number>();
  for (const candidate of candidates.map(bareWord))
    if (candidate.startsWith(prefix) && candidate !== target)
      seen.set(candidate, (seen.get(candidate) ?? 0) + 1);
  const ranked = [...seen]
    .map(([candidate, often]) => ({ candidate, often, distance: editDistance(target, candidate) }))
    .sort(
      (a, b) =>
        (completes ? b.often - a.often : a.distance - b.distance) ||
        (completes ? a.distance - b.distance : b.often - a.often) ||
        a.candidate.localeCompare(b.candidate, 'en'),
    );
  const best = ranked[0];
  if (!best) return undefined;
  return completes || best.distance <= 2 || shared ? best.candidate : undefined;
}

/** The query with one word replaced by the suggestion, for a "Did you mean" link. */
export function replaceWord(query: string, word: string, replacement: string): string {
  return query.replace(
    new RegExp(`(^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^\\p{L}\\p{N}])`, 'u'),
    (_, before: string) => `${before}${replacement}`,
  );
}

/**
 * A word the letters do contain, near one they do not: the longest prefix of the word
 * that Pagefind extends to real words (rather than cutting back further), and of those
 * words the nearest.
 */
export async function nearWordFor(pagefind: Pagefind, word: string): Promise<string | undefined> {
  for (const prefix of suggestionPrefixes(word)) {
    const search = await pagefind.search(prefix);
    const found = await Promise.all((search?.results ?? []).slice(0, 3).map((result) => result.data()));
    const words = found.flatMap((data) => {
      const all = data.content.split(/\s+/);
      return data.locations.map((at) => all[at] ?? '');
    });
    // No word starts with the prefix: Pagefind cut it back to a shorter one. Try shorter.
    if (!words.some((candidate) => bareWord(candidate).startsWith(prefix))) continue;
    return nearWord(word, prefix, words);
  }
  return undefined;
}

/** The query with each missing word replaced by a near word the letters do contain, if any is. */
export async function nearQueryFor(
  pagefind: Pagefind,
  query: string,
  missing: readonly string[],
): Promise<string | undefined> {
  let near = query;
  for (const word of missing) {
    const found = await nearWordFor(pagefind, word);
    if (found) near = replaceWord(near, word, found);
  }
  return near === query ? undefined : near;
}
