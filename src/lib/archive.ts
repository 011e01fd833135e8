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
  /** The letter's file, relative to the project root, where known. */
  filePath?: string;
  data: LetterData;
}

/** How to name a letter in an error: its file. */
export function letterFile(letter: Letter): string {
  return letter.filePath ?? letter.id;
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

/** "9 December 2010", from the letter's YYYY-MM-DD. */
export function formatLetterDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
