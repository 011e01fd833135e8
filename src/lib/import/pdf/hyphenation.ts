/**
 * Joining a paragraph's lines: a word hyphenated at a line's end is mended (see joinText
 * for the rule).
 */
import { foldQuotes } from '../../archive/typography.ts';
import type { Line } from './pdf-model.ts';

/**
 * Mends a word broken at a line's end. A soft hyphen always goes. A printed hyphen after
 * a letter, with a lower-case letter after it, is a compound broken at its hyphen
 * ("low-" / "income") and kept, unless the letter has the word unbroken elsewhere
 * ("perfor-" / "mance" where "performance" occurs) and not the hyphenated form; before
 * "and", "or" or "to" it is a suspended hyphen ("pre- and post-16") and the space stays.
 */
export function joinText(before: string, after: string, words: Set<string>): string {
  if (before === '') return after;
  if (/\u00AD$/.test(before)) return before.slice(0, -1) + after;
  const end = /(\p{L}+)-$/u.exec(before);
  const next = /^(\p{Ll}[\p{L}’']*)/u.exec(after);
  if (end && next && !/^(?:and|or|to)\b/.test(after)) {
    const joined = `${end[1]}${next[1]}`.toLowerCase();
    const hyphened = `${end[1]}-${next[1]}`.toLowerCase();
    if (words.has(foldQuotes(joined)) && !words.has(foldQuotes(hyphened))) return before.slice(0, -1) + after;
    return before + after;
  }
  if (end && /^\p{Lu}|^\d/u.test(after)) return before + after;
  return `${before} ${after}`;
}

/** The words of the letter as printed (folded, lower case, without punctuation at either end). */
export function wordsOf(lines: Line[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    for (const segment of line.segments) {
      for (const token of segment.text.split(/\s+/)) {
        const word = foldQuotes(token)
          .toLowerCase()
          .replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
        if (word) words.add(word);
      }
    }
  }
  return words;
}
