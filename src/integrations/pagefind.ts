/**
 * Indexes the built site with Pagefind as the last step of `astro build`, so a build
 * always yields a searchable site. A build that "succeeds" with no index is a bug, so
 * every indexing problem fails the build with its cause.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { LETTER_PAGE_FILES } from '../lib/routes.ts';

export function pagefind(): AstroIntegration {
  return {
    name: 'assessment-letters:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'en' });
          if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // Only letter pages carry data-pagefind-body, so only they are read: the index is
          // the same, and Pagefind parses half the pages it would (see the benchmark).
          const added = await index.addDirectory({ path: site, glob: LETTER_PAGE_FILES });
          if (added.errors.length)
            throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${site}`);
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
