import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { letterSchema, type LetterData } from './lib/letter-schema.ts';
import { archiveProblems } from './lib/letter-checks.ts';
import { lettersDirectory } from './lib/site-config.ts';
import { nationalTotalsSchema } from './lib/national-totals.ts';

/** The glob loader, then the checks that need every letter at once. */
function lettersLoader(): Loader {
  const files = glob({ pattern: '*/*.mdx', base: lettersDirectory() });
  return {
    name: 'letters-loader',
    async load(context) {
      await files.load(context);
      const problems = archiveProblems(
        context.store.values().map((entry) => ({
          filePath: entry.filePath ?? entry.id,
          data: entry.data as LetterData,
        })),
      );
      if (problems.length) throw new Error(`Letters failed their checks:\n${problems.join('\n')}`);
    },
  };
}

export const collections = {
  letters: defineCollection({ loader: lettersLoader(), schema: letterSchema }),
  nationalTotals: defineCollection({
    loader: file('content/national-totals.json'),
    schema: nationalTotalsSchema,
  }),
};
