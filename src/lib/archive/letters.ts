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
  /** The authority's short name, as the register gives it (its letters may use a fuller style). */
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
