import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { letterSchema, type LetterData } from './lib/archive/letter-schema.ts';
import { archiveProblems } from './lib/archive/letter-checks.ts';
import { IMPROVEMENT_THEMES_FILE, lettersDirectory } from './lib/site/site-config.ts';
import { nationalTotalsSchema } from './lib/archive/national-totals.ts';
import { archiveDataFile, readArchiveData } from './lib/import/archive-files.ts';
import { registerRowSchema } from './lib/archive/register.ts';
import { registerProblems, reportedRowSchema } from './lib/archive/reported-grades.ts';
import { improvementThemeSchema } from './lib/archive/improvement-themes.ts';

function fail(what: string, problems: string[]): void {
  if (problems.length) throw new Error(`${what} failed their checks:\n${problems.join('\n')}`);
}

/** The glob loader, then the checks that need every letter at once, and the register. */
function lettersLoader(): Loader {
  const files = glob({ pattern: '*/*.mdx', base: lettersDirectory() });
  return {
    name: 'letters-loader',
    async load(context) {
      await files.load(context);
      const letters = context.store.values().map((entry) => ({
        filePath: entry.filePath ?? entry.id,
        data: entry.data as LetterData,
      }));
      const data = readArchiveData();
      fail('Letters', [
        ...archiveProblems(letters),
        ...registerProblems(letters, data.register, data.reported, data.reportedFile),
      ]);
    },
  };
}

/** One of the archive's CSV files: each row checked with its line named, then the collection's schema. */
function csvLoader(which: 'authorities' | 'reported'): Loader {
  return {
    name: `${which}-csv-loader`,
    async load({ store, parseData }) {
      const data = readArchiveData();
      fail('The archive’s data files', data.problems);
      store.clear();
      const records = which === 'authorities' ? data.authorities : data.reported;
      for (const record of records) {
        const id = which === 'authorities' ? record.data.slug : `${record.data.slug}/${record.line}`;
        store.set({ id, data: await parseData({ id, data: record.raw }) });
      }
    },
  };
}

export const collections = {
  letters: defineCollection({ loader: lettersLoader(), schema: letterSchema }),
  /** The register of authorities: authorities.csv beside the letters folder. */
  authorities: defineCollection({ loader: csvLoader('authorities'), schema: registerRowSchema }),
  /** Grades reported from Ofsted's announcements: reported-grades.csv beside the letters folder. */
  reportedGrades: defineCollection({ loader: csvLoader('reported'), schema: reportedRowSchema }),
  nationalTotals: defineCollection({
    loader: file(archiveDataFile('national-totals.json')),
    schema: nationalTotalsSchema,
  }),
  /** The themes of what letters ask authorities to improve: the site's taxonomy, whatever archive it is built from. */
  improvementThemes: defineCollection({
    loader: file(IMPROVEMENT_THEMES_FILE),
    schema: improvementThemeSchema,
  }),
};
