/**
 * "Did you mean …?": for a word no letter contains, a near word the letters do contain,
 * asked of Pagefind (what is near is decided in search-match.ts, nearWord).
 */
import type { Pagefind } from './pagefind-types.ts';
import { bareWord, nearWord, replaceWord, suggestionPrefixes } from './search-match.ts';

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
