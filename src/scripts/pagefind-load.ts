/**
 * Starts Pagefind. It runs on the page's own thread: its web worker would be one more
 * script to fetch and start before the first search, and would not share the files the
 * search page's head preloads (see integrations/pagefind.ts), as a worker has its own
 * fetches. A search takes a few milliseconds once the index is loaded.
 */
import { homeUrl, sitePath } from '../lib/site/routes.ts';
import type { Pagefind } from '../lib/search/pagefind-types.ts';

/** `dir`: the index's folder below the site's root (lib/search/search-query.ts INDEX_DIRS). */
export async function loadPagefind(dir: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ sitePath(`${dir}/pagefind.js`))) as Pagefind;
  // The search page's head preloads the default index's entry file under a tag
  // (integrations/pagefind.ts): asking with the same tag uses that fetch.
  const entry = document.querySelector<HTMLLinkElement>(`link[data-pagefind-entry][href*="/${dir}/"]`);
  const metaCacheTag = entry ? (new URL(entry.href).searchParams.get('ts') ?? undefined) : undefined;
  await pagefind.options({
    baseUrl: homeUrl(),
    excerptLength: 30,
    noWorker: true,
    ...(metaCacheTag ? { metaCacheTag } : {}),
  });
  await pagefind.init();
  await ready(pagefind);
  return pagefind;
}

/** How many empty searches wait for Pagefind's set-up, and how far apart they start. */
const PROBES = 5;
const PROBE_STEP_MS = 10;

/**
 * Resolves once Pagefind's WebAssembly and index metadata are loaded; rejects if they
 * can't be. `init()` resolves before that, and each search then waits for it by checking
 * every 50 ms, so a first search asked for a little too soon sat idle for up to 50 ms
 * after set-up was done. An empty search waits in the same way and then returns at once,
 * fetching nothing: several, started 10 ms apart, learn within 10 ms that set-up is done,
 * and the first real searches then start with no wait.
 */
function ready(pagefind: Pagefind): Promise<unknown> {
  return Promise.any(
    Array.from({ length: PROBES }, (_, i) =>
      new Promise((resolve) => setTimeout(resolve, i * PROBE_STEP_MS)).then(() => pagefind.search('')),
    ),
  );
}
