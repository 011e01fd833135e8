/**
 * Starts Pagefind. It runs on the page's own thread: its web worker would be one more
 * script to fetch and start before the first search, and would not share the files the
 * search page's head preloads (see integrations/pagefind.ts), as a worker has its own
 * fetches. A search takes a few milliseconds once the index is loaded.
 */
import { homeUrl, sitePath } from '../lib/site/routes.ts';
import type { Pagefind } from './pagefind-types.ts';

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
  return pagefind;
}
