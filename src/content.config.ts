import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { letterSchema, type LetterData } from './lib/archive/letter-schema.ts';
import { archiveCheck, failOnProblems } from './lib/archive/archive-checks.ts';
import { lettersDirectory } from './lib/archive/archive-folders.ts';
import { IMPROVEMENT_THEMES_FILE } from './lib/site/site-config.ts';
import { nationalTotalsSchema } from './lib/archive/national-totals.ts';
import { statSync } from 'node:fs';
import { archiveDataFile, readArchiveData, type ArchiveData } from './lib/site/archive-files.ts';
import { registerRowSchema } from './lib/archive/register.ts';
import { reportedRowSchema } from './lib/archive/reported-grades.ts';
import { neighbourRowSchema } from './lib/archive/statistical-neighbours.ts';
import { improvementThemeSchema } from './lib/archive/improvement-themes.ts';

const DATA_FILES = ['authorities.csv', 'reported-grades.csv', 'national-totals.json'] as const;
let lastRead: { stamp: string; data: ArchiveData } | undefined;

/**
 * The archive's data files, read and checked once for the four loaders that use them,
 * and read again only when one of them has changed (in `astro dev`).
 */
function archiveData(): ArchiveData {
  let stamp: string;
  try {
    stamp = DATA_FILES.map((name) => {
      const file = statSync(archiveDataFile(name));
      return `${file.mtimeMs}:${file.size}`;
    }).join(' ');
  } catch {
    // A file that is not there: reading says so, naming it.
    return readArchiveData();
  }
  if (lastRead?.stamp !== stamp) lastRead = { stamp, data: readArchiveData() };
  return lastRead.data;
}

/**
 * The glob loader, then the checks that need the whole archive at once (the register,
 * the reported grades, the national totals): the same function the importer runs.
 */
function lettersLoader(): Loader {
  const files = glob({ pattern: '*/*.mdx', base: lettersDirectory() });
  return {
    name: 'letters-loader',
    async load(context) {
      await files.load(context);
      const data = archiveData();
      failOnProblems(data.problems, 'The archive’s data files failed their checks');
      failOnProblems(
        archiveCheck({
          letters: context.store.values().map((entry) => ({
            filePath: entry.filePath ?? entry.id,
            data: entry.data as LetterData,
          })),
          register: data.register,
          reported: data.reported,
          reportedFile: data.reportedFile,
          totals: data.totals.map((record) => record.data),
          totalsFile: data.totalsFile,
        }),
        'Letters failed their checks',
      );
    },
  };
}

/** One of the archive's data files: each row checked with its line named, then the collection's schema. */
function dataLoader(which: 'authorities' | 'reported' | 'totals' | 'neighbours'): Loader {
  return {
    name: `${which}-data-loader`,
    async load({ store, parseData }) {
      const data = archiveData();
      failOnProblems(data.problems, 'The archive’s data files failed their checks');
      store.clear();
      const records =
        which === 'authorities'
          ? data.authorities.map((record) => ({ id: record.data.slug, raw: record.raw }))
          : which === 'reported'
            ? data.reported.map((record) => ({ id: `${record.data.slug}/${record.line}`, raw: record.raw }))
            : which === 'totals'
              ? data.totals.map((record) => ({ id: String(record.data.year), raw: record.raw }))
              : data.neighbours.map((record) => ({
                  id: `${record.data.slug}/${record.data.rank}`,
                  raw: record.raw,
                }));
      for (const { id, raw } of records) store.set({ id, data: await parseData({ id, data: raw }) });
    },
  };
}

export const collections = {
  letters: defineCollection({ loader: lettersLoader(), schema: letterSchema }),
  /** The register of authorities: authorities.csv beside the letters folder. */
  authorities: defineCollection({ loader: dataLoader('authorities'), schema: registerRowSchema }),
  /** Grades reported from Ofsted's announcements: reported-grades.csv beside the letters folder. */
  reportedGrades: defineCollection({ loader: dataLoader('reported'), schema: reportedRowSchema }),
  /** Ofsted's national totals by year: national-totals.json beside the letters folder. */
  nationalTotals: defineCollection({ loader: dataLoader('totals'), schema: nationalTotalsSchema }),
  /** DfE's statistical neighbours, April 2021 edition: statistical-neighbours.csv beside the letters folder. */
  statisticalNeighbours: defineCollection({ loader: dataLoader('neighbours'), schema: neighbourRowSchema }),
  /** The themes of what letters ask authorities to improve: the site's taxonomy, whatever archive it is built from. */
  improvementThemes: defineCollection({
    loader: file(IMPROVEMENT_THEMES_FILE),
    schema: improvementThemeSchema,
  }),
};
