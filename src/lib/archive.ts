/**
 * Pure functions over the letters: ordering, grouping, titles and dates. Pages get
 * letters from collection.ts (read once) and shape them with these; nothing here knows
 * about Astro, so all of it is unit-tested.
 */
import { authoritySlug } from './slug.ts';
import type { LetterData } from './letter-schema.ts';

/** The part of a collection entry these functions need. */
export interface Letter {
  id: string;
  data: LetterData;
}

export interface Authority<L extends Letter = Letter> {
  slug: string;
  /** The name as the latest letter gives it. */
  name: string;
  /** Oldest first. */
  letters: L[];
}

/** Authorities A–Z, then year, oldest first: the one order the site lists letters in. */
export function sortLetters<L extends Letter>(letters: readonly L[]): L[] {
  return [...letters].sort(
    (a, b) =>
      authoritySlug(a.data.authority).localeCompare(authoritySlug(b.data.authority), 'en') ||
      a.data.year - b.data.year,
  );
}

/** Letters grouped by authority, A–Z by slug; expects letters in sortLetters order. */
export function lettersByAuthority<L extends Letter>(sorted: readonly L[]): Authority<L>[] {
  const groups = new Map<string, L[]>();
  for (const letter of sorted) {
    const slug = authoritySlug(letter.data.authority);
    groups.set(slug, [...(groups.get(slug) ?? []), letter]);
  }
  return [...groups].map(([slug, letters]) => ({
    slug,
    name: letters[letters.length - 1]!.data.authority,
    letters,
  }));
}

/** "Cambridgeshire County Council: children's services assessment 2010" */
export function letterTitle(data: Pick<LetterData, 'authority' | 'year'>): string {
  return `${data.authority}: children's services assessment ${data.year}`;
}

// One formatter for every date: toLocaleDateString would build a new one per call, which
// the benchmark found cost about a millisecond each, thousands of times a build.
const LETTER_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "9 December 2010", from the letter's YYYY-MM-DD. */
export function formatLetterDate(isoDate: string): string {
  return LETTER_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Pairs of consecutive years in which the authority has both letters. */
export function letterPairs<L extends Letter>(letters: readonly L[]): Array<[L, L]> {
  const byYear = new Map<number, L>(letters.map((letter) => [letter.data.year, letter]));
  return letters.flatMap((earlier) => {
    const later = byYear.get(earlier.data.year + 1);
    return later ? [[earlier, later] as [L, L]] : [];
  });
}
