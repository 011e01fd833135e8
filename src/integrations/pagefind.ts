/**
 * Indexes the built site with Pagefind as the last step of `astro build`, so a build
 * always yields a searchable site. A build that "succeeds" with no index is a bug, so
 * every indexing problem fails the build with its cause.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { LETTER_PAGE_FILES } from '../lib/site/routes.ts';

/** The one page that searches: its head gets Pagefind's files to preload. */
const SEARCH_PAGE = 'search/index.html';

/**
 * <link> elements that start fetching what the first search needs (Pagefind's script,
 * its WebAssembly and the index's metadata) as the search page's head is read, instead
 * of after the page's own script has loaded and asked for them one by one. Only the
 * finished index names its metadata file, so they are written into the built page here.
 * `entry` is Pagefind's pagefind-entry.json.
 */
export function pagefindPreloads(entry: string, base: string): string {
  const languages = (JSON.parse(entry) as { languages?: Record<string, { hash: string; wasm?: string }> })
    .languages;
  const index = languages?.en;
  if (!index) throw new Error('Pagefind wrote no English index (pagefind-entry.json has no "en")');
  const dir = `${base.replace(/\/?$/, '/')}pagefind/`;
  return [
    `<link rel="modulepreload" href="${dir}pagefind.js">`,
    `<link rel="preload" href="${dir}wasm.${index.wasm ?? 'unknown'}.pagefind" as="fetch" crossorigin>`,
    `<link rel="preload" href="${dir}pagefind.${index.hash}.pf_meta" as="fetch" crossorigin>`,
  ].join('');
}

export function pagefind(): AstroIntegration {
  let base = '/';
  return {
    name: 'assessment-letters:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
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
        const page = new URL(SEARCH_PAGE, dir);
        const html = await readFile(page, 'utf8');
        if (!html.includes('</head>'))
          throw new Error(`${SEARCH_PAGE} has no </head> for Pagefind's preloads`);
        const entry = await readFile(new URL('pagefind/pagefind-entry.json', dir), 'utf8');
        await writeFile(page, html.replace('</head>', `${pagefindPreloads(entry, base)}</head>`));
      },
    },
  };
}
