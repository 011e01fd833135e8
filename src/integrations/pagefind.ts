/**
 * Indexes the built site with Pagefind as the last step of `astro build`, so a build
 * always yields a searchable site. A build that "succeeds" with no index is a bug, so
 * every indexing problem fails the build with its cause.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BundleJob, BundleResult } from './pagefind-bundle.ts';
import { LETTER_PAGE_FILES } from '../lib/site/routes.ts';
import { modulePreloads } from './module-preloads.ts';
import { INDEX_DIRS, STANDARD_TEXT_SELECTOR } from '../lib/search/search-query.ts';

/** The one page that searches: its head gets Pagefind's files to preload. */
const SEARCH_PAGE = 'search/index.html';

/**
 * <link> elements that start fetching what the first search needs (Pagefind's entry file
 * and script, its WebAssembly and the index's metadata) as the search page's head is read, instead
 * of after the page's own script has loaded and asked for them one by one. Only the
 * finished index names its metadata file, so they are written into the built page here.
 * `entry` is Pagefind's pagefind-entry.json.
 */
export function pagefindPreloads(entry: string, base: string): string {
  const languages = (JSON.parse(entry) as { languages?: Record<string, { hash: string; wasm?: string }> })
    .languages;
  const index = languages?.en;
  if (!index) throw new Error('Pagefind wrote no English index (pagefind-entry.json has no "en")');
  const dir = `${base.replace(/\/?$/, '/')}${INDEX_DIRS.own}/`;
  return [
    // Pagefind asks for its entry file with ?ts= and the tag it is given (pagefind-load.ts
    // reads it from this link), so this fetch is the one it makes, not a second.
    `<link rel="preload" href="${dir}pagefind-entry.json?ts=${index.hash}" as="fetch" crossorigin data-pagefind-entry>`,
    `<link rel="modulepreload" href="${dir}pagefind.js">`,
    `<link rel="preload" href="${dir}wasm.${index.wasm ?? 'unknown'}.pagefind" as="fetch" crossorigin>`,
    `<link rel="preload" href="${dir}pagefind.${index.hash}.pf_meta" as="fetch" crossorigin>`,
  ].join('');
}

/** Writes one bundle in a worker thread (pagefind-bundle.ts), so it has a Pagefind process of its own. */
function inWorker(bundle: BundleJob): Promise<BundleResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pagefind-bundle.ts', import.meta.url), { workerData: { bundle } });
    worker.once('message', resolve);
    worker.once('error', reject);
    // After the message this changes nothing; without one, the bundle was not written.
    worker.once('exit', (code) =>
      reject(new Error(`Pagefind's worker for ${bundle.outputPath} stopped (${code})`)),
    );
  });
}

/**
 * Indexes the built site's letter pages into its two bundles; says how many pages went
 * into each folder ("445 pages into pagefind/ and 445 pages into pagefind-standard/").
 */
export async function indexLetterPages(site: string): Promise<string> {
  // Two indexes of the same pages: the default one without the standard text every letter
  // prints alike (so "performs poorly" finds the letters that judge an authority so, not
  // every letter's printed scale), and one with it, for the search page's "Include the
  // standard text". Each is a complete Pagefind bundle in its own folder; the search page
  // loads one or the other. Both are written at once, each by its own Pagefind process:
  // one process indexes one after the other, in twice the time (see the benchmark).
  // Only letter pages carry data-pagefind-body, so only they are read: the index is the
  // same, and Pagefind parses half the pages it would.
  const bundles = await Promise.all(
    (
      [
        [INDEX_DIRS.own, [STANDARD_TEXT_SELECTOR]],
        [INDEX_DIRS.withStandard, []],
      ] as const
    ).map(async ([folder, excludeSelectors]) => {
      const { pages } = await inWorker({
        site,
        glob: LETTER_PAGE_FILES,
        excludeSelectors: [...excludeSelectors],
        outputPath: `${site}/${folder}`,
      });
      return `${pages} pages into ${folder}/`;
    }),
  );
  return bundles.join(' and ');
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
        logger.info(`Indexing the letter pages into ${INDEX_DIRS.own}/ and ${INDEX_DIRS.withStandard}/`);
        const indexed = await indexLetterPages(site);
        logger.info(`Indexed ${indexed} in ${Math.round(performance.now() - started)} ms`);
        const page = new URL(SEARCH_PAGE, dir);
        const html = await readFile(page, 'utf8');
        if (!html.includes('</head>'))
          throw new Error(`${SEARCH_PAGE} has no </head> for Pagefind's preloads`);
        const entry = await readFile(new URL(`${INDEX_DIRS.own}/pagefind-entry.json`, dir), 'utf8');
        // The page's own script and its chunks first: on HTTP/1.1 a browser opens six
        // connections to a host, and after the two stylesheets and Pagefind's four files
        // the script would wait for one, though the page can do nothing without it.
        const preloads = `${await modulePreloads(html, site, base)}${pagefindPreloads(entry, base)}`;
        await writeFile(page, html.replace('</head>', `${preloads}</head>`));
      },
    },
  };
}
