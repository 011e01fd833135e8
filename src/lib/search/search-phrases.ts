/**
 * Phrases first, and marks that cover whole words only.
 *
 * Pagefind compares words by their stem (English Snowball, "Porter2"): `improve` finds
 * improved and improvement, `care` does not find carers (stem carer). The marks on a hits
 * page follow the same rule with the same algorithm (wink-porter2-stemmer), word by word,
 * so a mark always covers whole words and never a word the search did not match:
 * "care" is not marked inside "carers", nor inside "childcare".
 *
 * An unquoted query of several words is also read as the phrase it spells: letters that
 * hold the phrase rank first, and the hits page steps through the phrase's occurrences
 * before the single words'.
 */
import stem from 'wink-porter2-stemmer';
import { foldQuotes } from '../archive/typography.ts';
import { queryTerms } from './search-match.ts';

/** A word of a text: letters and digits, with an apostrophe inside (children's). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

export interface WordAt {
  start: number;
  end: number;
  /** The word as search compares it: quotes folded, lower case, stemmed. */
  stem: string;
}

/** The word as search compares it. */
export function wordStem(word: string): string {
  return stem(foldQuotes(word).toLocaleLowerCase('en').replace(/'s$/, ''));
}

/** Every word of a text with where it is. */
export function wordsOf(text: string): WordAt[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    stem: wordStem(m[0]),
  }));
}

/** The stems of a term's words; [] for a term with none (`(`, `*`). */
export function termStems(term: string): string[] {
  return wordsOf(term).map((word) => word.stem);
}

/**
 * The phrase an unquoted query of several words spells (`care leavers`), to rank and mark
 * first; undefined for one word, or when the query quotes its own phrases or uses OR or NOT.
 */
export function impliedPhrase(query: string): string | undefined {
  if (query.includes('"')) return undefined;
  const { words, operators } = queryTerms(query);
  return words.length > 1 && !operators ? words.join(' ') : undefined;
}

/** What to mark for a query, phrases (quoted or implied) before single words. */
export interface MarkTerms {
  phrases: string[];
  words: string[];
}

export function markTerms(query: string): MarkTerms {
  const terms = queryTerms(query);
  const implied = impliedPhrase(query);
  const phrases = implied ? [implied] : terms.phrases;
  // Words typed outside quotes are marked alone too; a quoted phrase's words are not.
  const inPhrases = new Set(terms.phrases.flatMap((p) => termStems(p)));
  const outside = query
    .split('"')
    .filter((_, i) => i % 2 === 0)
    .join(' ');
  const typedAlone = new Set(termStems(outside));
  const words = terms.words.filter((word) => {
    const [s] = termStems(word);
    return s !== undefined && (typedAlone.has(s) || !inPhrases.has(s));
  });
  return { phrases, words };
}

export interface Match {
  start: number;
  end: number;
  /** A phrase's occurrence, or a single word's. */
  kind: 'phrase' | 'word';
}

/**
 * Where the terms occur in a text, as whole words: each phrase as a run of consecutive
 * words (whatever punctuation or space between them), then each single word where no
 * phrase already covers it. In text order, never overlapping.
 */
export function findMarks(text: string, terms: MarkTerms): Match[] {
  const words = wordsOf(text);
  const taken = new Array<boolean>(words.length).fill(false);
  const found: Match[] = [];
  // A typed "word" of several (`</mark><script>`, `care-leavers`) is matched as their phrase.
  const runs = [...terms.phrases, ...terms.words].map(termStems);
  const phrases = runs.filter((s) => s.length > 1);
  // Longest first, so a longer phrase wins over a shorter one inside it.
  phrases.sort((a, b) => b.length - a.length);
  for (const phrase of phrases) {
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((s, k) => !taken[i + k] && words[i + k]!.stem === s)) {
        for (let k = 0; k < phrase.length; k++) taken[i + k] = true;
        found.push({ start: words[i]!.start, end: words[i + phrase.length - 1]!.end, kind: 'phrase' });
        i += phrase.length - 1;
      }
    }
  }
  const single = new Set(runs.filter((s) => s.length === 1).map(([s]) => s!));
  words.forEach((word, i) => {
    if (!taken[i] && single.has(word.stem)) found.push({ start: word.start, end: word.end, kind: 'word' });
  });
  return found.sort((a, b) => a.start - b.start);
}

/** The order to step through marks: every phrase occurrence, then every single word, each in text order. */
export function stepOrder<T extends { kind: Match['kind'] }>(marks: readonly T[]): T[] {
  return [...marks.filter((m) => m.kind === 'phrase'), ...marks.filter((m) => m.kind === 'word')];
}

/** Results with those holding the phrase first, each group in its own order. */
export function phraseFirst<T>(results: readonly T[], holdsPhrase: (result: T) => boolean): T[] {
  return [...results.filter(holdsPhrase), ...results.filter((r) => !holdsPhrase(r))];
}
