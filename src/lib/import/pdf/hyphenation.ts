/**
 * Joining a paragraph's lines: a word hyphenated at a line's end is mended, by the
 * letter's own words and an English dictionary (British spelling, Hunspell's en-GB, read
 * with nspell). See joinText for the rule.
 */
import { foldQuotes } from '../../archive/typography.ts';
import type { Line } from './pdf-model.ts';

/** What decides a hyphen at a line's end: the words the letter prints, and English. */
export interface Vocabulary {
  /** The letter's words (folded, lower case, without punctuation at either end). */
  letter: Set<string>;
  /** True for an English word. */
  english: (word: string) => boolean;
  /**
   * Line-end hyphens neither the letter nor English decides, as joinText met them (a
   * word broken, or a compound?): the letter is refused rather than guessed.
   */
  doubts?: string[];
}

let english: Promise<(word: string) => boolean> | undefined;

/**
 * The English dictionary, loaded once per process (building it takes about a second),
 * when the first PDF is read: importing texts never pays for it.
 */
export function englishWords(): Promise<(word: string) => boolean> {
  english ??= (async () => {
    const [{ default: dictionary }, { default: nspell }] = await Promise.all([
      import('dictionary-en-gb'),
      import('nspell'),
    ]);
    const speller = nspell(dictionary as unknown as Parameters<typeof nspell>[0]);
    return (word: string) => speller.correct(word);
  })();
  return english;
}

/**
 * Mends a word broken at a line's end. A soft hyphen always goes. Digits and a hyphen
 * join the next word with no space ("19-" / "year-olds"), unless suspended ("11-" / "and
 * 19-year-olds"). A printed hyphen after a
 * letter, with a lower-case letter after it, is joined ("signific-" / "antly") when:
 * - the letter prints the joined word elsewhere and never the hyphenated form; or
 * - English has the joined word but not the hyphenated form, and the two halves are
 *   not both words of their own.
 * Otherwise it is a compound broken at its hyphen ("low-" / "income", "well-" / "being")
 * and kept as printed. But where both halves are words and so is the joined word ("on-" /
 * "going", "back-" / "grounds") and the letter prints neither form elsewhere, nothing
 * tells a broken word from a compound: it is kept, and noted in `doubts`. Before "and",
 * "or" or "to" it is a suspended hyphen ("pre- and post-16") and the space stays.
 */
export function joinText(before: string, after: string, words: Vocabulary): string {
  if (before === '') return after;
  if (/\u00AD$/.test(before)) return before.slice(0, -1) + after;
  const suspended = /^(?:and|or|to)\b/.test(after);
  if (/\d-$/.test(before) && /^\p{L}/u.test(after) && !suspended) return before + after;
  const end = /(\p{L}+)-$/u.exec(before);
  // The word's letters, with an apostrophe only inside it ("ntly'" is "ntly" before a closing quote).
  const next = /^(\p{Ll}\p{L}*(?:[’']\p{L}+)*)/u.exec(after);
  if (end && next && !suspended) {
    const [first, second] = [end[1]!, next[1]!].map((part) => foldQuotes(part).toLowerCase()) as [
      string,
      string,
    ];
    const joined = first + second;
    const hyphened = `${first}-${second}`;
    const inLetter = words.letter.has(joined) && !words.letter.has(hyphened);
    const halves = words.english(first) && words.english(second);
    const joinable = words.english(joined) && !words.english(hyphened);
    const inEnglish = !words.letter.has(hyphened) && joinable && !halves;
    if (inLetter || inEnglish) return before.slice(0, -1) + after;
    if (halves && joinable && !words.letter.has(joined) && !words.letter.has(hyphened))
      words.doubts?.push(`"${end[1]}-" / "${next[1]}" ("${joined}" or "${hyphened}")`);
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
