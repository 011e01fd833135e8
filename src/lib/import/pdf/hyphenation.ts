/**
 * Joining a paragraph's lines: a word hyphenated at a line's end is mended, by the
 * letter's own words and an English dictionary (British spelling, Hunspell's en-GB, read
 * with nspell). See joinText for the rule.
 */
import { foldQuotes } from '../../archive/typography.ts';
import type { HyphenDraw, Line } from './pdf-model.ts';

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
  /** How the PDF draws its hyphens, where it shows (hyphen-drawing.ts). */
  drawing?: HyphenDrawing;
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

/** How a hyphen at a line's end is drawn: with its word's letters, or by itself (Item.hyphen). */
export type LineEndDraw = HyphenDraw | 'with-word';

/** What the PDF shows of how its producer draws its hyphens (hyphen-drawing.ts). */
export interface HyphenDrawing {
  /** Drawn so, a hyphen at a line's end is one the producer added where it broke a word. */
  added: LineEndDraw[];
  /** Drawn so, it is a typed one. */
  typed: LineEndDraw[];
}

/** How a hyphen at a line's end is read: the word's halves joined, kept as printed, or not known. */
export type HyphenVerdict = 'join' | 'keep' | 'doubt';

/** The word's halves either side of a printed hyphen at a line's end ("signific-" / "antly"), as printed. */
export function brokenWord(before: string, after: string): [string, string] | undefined {
  const end = /(\p{L}+)-$/u.exec(before);
  // The word's letters, with an apostrophe only inside it ("ntly'" is "ntly" before a closing quote).
  const next = /^(\p{Ll}\p{L}*(?:[’']\p{L}+)*)/u.exec(after);
  const suspended = /^(?:and|or|to)\b/.test(after);
  return end && next && !suspended ? [end[1]!, next[1]!] : undefined;
}

/**
 * The verdict on a word broken at a line's end (brokenWord) by words alone. Joined when:
 * - the letter prints the joined word elsewhere and never the hyphenated form; or
 * - English has the joined word but not the hyphenated form, and the two halves are
 *   not both words of their own.
 * A doubt where both halves are words and so is the joined word ("on-" / "going",
 * "back-" / "grounds") and the letter prints neither form elsewhere. Otherwise it is a
 * compound broken at its hyphen ("low-" / "income", "well-" / "being"), kept.
 */
export function hyphenVerdict([before, after]: [string, string], words: Vocabulary): HyphenVerdict {
  const [first, second] = [before, after].map((part) => foldQuotes(part).toLowerCase()) as [string, string];
  const joined = first + second;
  const hyphened = `${first}-${second}`;
  const inLetter = words.letter.has(joined) && !words.letter.has(hyphened);
  const halves = words.english(first) && words.english(second);
  const joinable = words.english(joined) && !words.english(hyphened);
  const inEnglish = !words.letter.has(hyphened) && joinable && !halves;
  if (inLetter || inEnglish) return 'join';
  if (halves && joinable && !words.letter.has(joined) && !words.letter.has(hyphened)) return 'doubt';
  return 'keep';
}

/**
 * Mends a word broken at a line's end. A soft hyphen always goes. Digits and a hyphen
 * join the next word with no space ("19-" / "year-olds"), unless suspended ("11-" / "and
 * 19-year-olds"). A printed hyphen after a letter, with a lower-case letter after it, is
 * read by hyphenVerdict. Where that is a doubt, how the hyphen is `drawn` may decide, as
 * `words.drawing` says the letter's producer draws the hyphens it adds and those typed. A
 * doubt left is kept as printed and noted in `doubts`, so that the letter is refused
 * rather than guessed. Before "and", "or" or "to" it is a suspended hyphen ("pre- and
 * post-16") and the space stays.
 */
export function joinText(before: string, after: string, words: Vocabulary, drawn?: LineEndDraw): string {
  if (before === '') return after;
  if (/\u00AD$/.test(before)) return before.slice(0, -1) + after;
  const suspended = /^(?:and|or|to)\b/.test(after);
  if (/\d-$/.test(before) && /^\p{L}/u.test(after) && !suspended) return before + after;
  const broken = brokenWord(before, after);
  if (broken) {
    let verdict = hyphenVerdict(broken, words);
    if (verdict === 'doubt' && drawn && words.drawing?.added.includes(drawn)) verdict = 'join';
    else if (verdict === 'doubt' && drawn && words.drawing?.typed.includes(drawn)) verdict = 'keep';
    if (verdict === 'join') return before.slice(0, -1) + after;
    if (verdict === 'doubt') {
      const [first, second] = broken.map((part) => foldQuotes(part).toLowerCase()) as [string, string];
      words.doubts?.push(`"${broken[0]}-" / "${broken[1]}" ("${first}${second}" or "${first}-${second}")`);
    }
    return before + after;
  }
  if (/\p{L}-$/u.test(before) && /^\p{Lu}|^\d/u.test(after)) return before + after;
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
