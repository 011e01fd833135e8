/**
 * The only place the letters collection is read. Every page shares one sorted, grouped
 * result instead of querying and sorting again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { lettersByAuthority, sortLetters, type Authority } from './archive.ts';

export type LetterEntry = CollectionEntry<'letters'>;

export interface Archive {
  /** A–Z by authority, then oldest first. */
  letters: LetterEntry[];
  authorities: Authority<LetterEntry>[];
}

let archive: Promise<Archive> | undefined;

export function loadArchive(): Promise<Archive> {
  archive ??= getCollection('letters').then((entries) => {
    const letters = sortLetters(entries);
    return { letters, authorities: lettersByAuthority(letters) };
  });
  return archive;
}
