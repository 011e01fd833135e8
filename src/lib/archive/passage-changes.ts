/**
 * What changed between two letters of one authority, passage by passage: each strength
 * or area for improvement of the earlier letter is lined up with the later letter's, and
 * marked as repeated (close wording), of the same theme again (other words, a theme in
 * common), dropped (only in the earlier letter) or new (only in the later). Close wording
 * is a plain measure, written down so it can be checked: the share of stemmed words the
 * two passages have in common (Jaccard overlap of their word sets, short common words left out).
 */
import stem from 'wink-porter2-stemmer';
import { OTHER_THEME } from './improvement-themes.ts';
import { foldQuotes } from './typography.ts';

/** Words too common to say two passages are alike. */
const COMMON_WORDS = new Set(
  'a an and are as at be been by do does for from has have in is it its more most not of on or so some than that the their them these they this those to was were which who with'.split(
    ' ',
  ),
);

/** Two passages sharing at least this share of their words are in close wording: repeated. */
export const CLOSE_WORDING = 0.5;

/**
 * Each word's stem, once per process: a build compares every pair of an authority's
 * letters, passage against passage, and the same few thousand words come back in each.
 */
const stems = new Map<string, string>();

function stemOf(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) stems.set(word, (stemmed = stem(word)));
  return stemmed;
}

/** A passage's words as a set of stems: quotes folded, lower case, common words left out. */
export function wordStems(text: string): Set<string> {
  const words =
    foldQuotes(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
  return new Set(
    words
      .map((w) => w.replace(/'s$/, ''))
      .filter((w) => !COMMON_WORDS.has(w))
      .map(stemOf),
  );
}

/** The share of two sets of stems they have in common: 0 (none) to 1 (the same words). */
function stemOverlap(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** The share of the two passages' stemmed words they have in common: 0 (none) to 1 (the same words). */
export function wordingOverlap(a: string, b: string): number {
  return stemOverlap(wordStems(a), wordStems(b));
}

export type ChangeMark = 'repeated' | 'same-theme' | 'dropped' | 'new';

export interface AlignedRow {
  earlier?: string;
  later?: string;
  mark: ChangeMark;
  /** For "same-theme": the themes the passage shares with the other letter's section. */
  themes: string[];
  /** For "same-theme": the other letter's passages of those themes, in their order, to show or link. */
  partners?: string[];
}

const themed = (ids: string[]) => ids.filter((id) => id !== OTHER_THEME.id);

/**
 * The two letters' passages of one section, lined up: pairs in close wording share a row,
 * most alike first, each passage in one pair at most; the earlier letter's passages keep
 * their order, and the later letter's that pair with none follow, in theirs. `themesOf`
 * gives a passage's themes (improvement-themes.ts).
 */
export function alignPassages(
  earlier: readonly string[],
  later: readonly string[],
  themesOf: (text: string) => string[],
): AlignedRow[] {
  // Each passage's stems once, not once for every passage it is set against.
  const [stemsA, stemsB] = [earlier.map(wordStems), later.map(wordStems)];
  const candidates = stemsA
    .flatMap((a, i) => stemsB.map((b, j) => ({ i, j, overlap: stemOverlap(a, b) })))
    .filter((c) => c.overlap >= CLOSE_WORDING)
    .sort((x, y) => y.overlap - x.overlap || x.i - y.i || x.j - y.j);
  const pairOf = new Map<number, number>();
  const paired = new Set<number>();
  for (const { i, j } of candidates)
    if (!pairOf.has(i) && !paired.has(j)) {
      pairOf.set(i, j);
      paired.add(j);
    }
  const alone = (text: string, others: readonly string[], side: 'earlier' | 'later'): AlignedRow => {
    const own = themed(themesOf(text));
    const partners = others.filter((other) => themesOf(other).some((id) => own.includes(id)));
    const shared = own.filter((id) => partners.some((other) => themesOf(other).includes(id)));
    if (!shared.length) return { [side]: text, mark: side === 'earlier' ? 'dropped' : 'new', themes: [] };
    return { [side]: text, mark: 'same-theme', themes: shared, partners };
  };
  return [
    ...earlier.map((text, i) =>
      pairOf.has(i)
        ? { earlier: text, later: later[pairOf.get(i)!]!, mark: 'repeated' as const, themes: [] }
        : alone(text, later, 'earlier'),
    ),
    ...later.flatMap((text, j) => (paired.has(j) ? [] : [alone(text, earlier, 'later')])),
  ];
}

/** What each mark means, in the words the compare page shows beside it and in its key. */
export function markWords(mark: ChangeMark, from: number, to: number): string {
  switch (mark) {
    case 'repeated':
      return `Repeated: in close wording in ${from} and ${to}`;
    case 'same-theme':
      return 'Same theme, in other words';
    case 'dropped':
      return `Dropped: not in the ${to} letter, in wording or theme`;
    case 'new':
      return `New in ${to}: not in the ${from} letter, in wording or theme`;
  }
}

/**
 * What a row's empty cell says for the letter of `year`. A marked row's item is not in
 * that letter (its mark says how it was sought); an unmarked row sets passages side by
 * side in order, so the letter's section has no more of them, or the letter has no such
 * section: never "not in the letter", which would claim a search that was not made.
 */
export function absenceWords(mark: ChangeMark | undefined, year: number, hasSection: boolean): string {
  if (mark) return `Not in the ${year} letter.`;
  return hasSection
    ? `The ${year} letter's section has no more passages.`
    : `The ${year} letter has no such section.`;
}

/** Rows of two passages set side by side in order, unmarked: for the parts not compared item by item. */
export function rowsInOrder(
  earlier: readonly string[],
  later: readonly string[],
): Omit<AlignedRow, 'mark'>[] {
  return Array.from({ length: Math.max(earlier.length, later.length) }, (_, i) => ({
    ...(earlier[i] === undefined ? {} : { earlier: earlier[i] }),
    ...(later[i] === undefined ? {} : { later: later[i] }),
    themes: [],
  }));
}
