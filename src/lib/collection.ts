/**
 * The only place the collections are read. Every page shares one sorted, grouped and
 * summarised result instead of querying, sorting or grouping again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArchive, type Archive } from './build-archive.ts';

export type LetterEntry = CollectionEntry<'letters'>;

let archive: Promise<Archive<LetterEntry>> | undefined;

async function readArchive(): Promise<Archive<LetterEntry>> {
  const [letters, totals] = await Promise.all([getCollection('letters'), getCollection('nationalTotals')]);
  return buildArchive(
    letters,
    totals.map((entry) => entry.data),
  );
}

export function loadArchive(): Promise<Archive<LetterEntry>> {
  archive ??= readArchive();
  return archive;
}
