/**
 * The only place the collections are read. Every page shares one sorted, grouped and
 * summarised result instead of querying, sorting or grouping again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArchive, type Archive } from '../archive/build-archive.ts';
import { Register } from '../archive/register.ts';

export type LetterEntry = CollectionEntry<'letters'>;

let archive: Promise<Archive<LetterEntry>> | undefined;

async function readArchive(): Promise<Archive<LetterEntry>> {
  const [letters, totals, authorities, reported] = await Promise.all([
    getCollection('letters'),
    getCollection('nationalTotals'),
    getCollection('authorities'),
    getCollection('reportedGrades'),
  ]);
  // Every cross-file check (register, reported grades, national totals) has passed in
  // the letters' content loader before any page asks for the archive.
  return buildArchive(
    letters,
    totals.map((entry) => entry.data),
    {
      register: new Register(authorities.map((entry) => entry.data)),
      reported: reported.map((entry) => entry.data),
    },
  );
}

export function loadArchive(): Promise<Archive<LetterEntry>> {
  archive ??= readArchive();
  return archive;
}
