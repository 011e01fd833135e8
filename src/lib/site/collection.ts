/**
 * The only place the collections are read. Every page shares one sorted, grouped and
 * summarised result instead of querying, sorting or grouping again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArchive, type Archive } from '../archive/build-archive.ts';
import { archiveDataFile } from '../import/archive-files.ts';
import { Register } from '../archive/register.ts';
import { nationalTotalProblems } from '../archive/year-summary.ts';

export type LetterEntry = CollectionEntry<'letters'>;

let archive: Promise<Archive<LetterEntry>> | undefined;

async function readArchive(): Promise<Archive<LetterEntry>> {
  const [letters, totals, authorities, reported] = await Promise.all([
    getCollection('letters'),
    getCollection('nationalTotals'),
    getCollection('authorities'),
    getCollection('reportedGrades'),
  ]);
  const archive = buildArchive(
    letters,
    totals.map((entry) => entry.data),
    {
      register: new Register(authorities.map((entry) => entry.data)),
      reported: reported.map((entry) => entry.data),
    },
  );
  const problems = nationalTotalProblems(
    archive.years,
    archive.national,
    archiveDataFile('national-totals.json'),
  );
  if (problems.length) throw new Error(`The archive's grades failed their checks:\n${problems.join('\n')}`);
  return archive;
}

export function loadArchive(): Promise<Archive<LetterEntry>> {
  archive ??= readArchive();
  return archive;
}
