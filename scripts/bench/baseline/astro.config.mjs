// @ts-check
// The benchmark's baseline: a bare Astro site that renders the same letters with one
// minimal template and indexes them with Pagefind. What the real site costs beyond this
// is what its own features cost.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { close, createIndex } from 'pagefind';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.OUT_DIR ? `${process.env.OUT_DIR}-cache` : './node_modules/.astro',
  integrations: [
    mdx(),
    {
      name: 'baseline-pagefind',
      hooks: {
        // It prints what the site's integration prints, so the benchmark times both index phases alike.
        'astro:build:done': async ({ dir, logger }) => {
          logger.info('Indexing the pages into pagefind/');
          const { index } = await createIndex({ forceLanguage: 'en' });
          const added = await index?.addDirectory({ path: fileURLToPath(dir) });
          await index?.writeFiles({ outputPath: fileURLToPath(new URL('pagefind', dir)) });
          await close();
          logger.info(`Indexed ${added?.page_count} pages into pagefind/`);
        },
      },
    },
  ],
});
