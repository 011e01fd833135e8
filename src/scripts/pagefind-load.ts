/**
 * Starts Pagefind. It runs on the page's own thread: its web worker would be one more
 * script to fetch and start before the first search, and would not share the files the
 * search page's head preloads (see integrations/pagefind.ts), as a worker has its own
 * fetches. A search takes a few milliseconds once the index is loaded.
 */
import { homeUrl, sitePath } from '../lib/site/routes.ts';
import type { Pagefind } from './pagefind-types.ts';

export async function loadPagefind(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ sitePath('pagefind/pagefind.js'))) as Pagefind;
  await pagefind.options({ baseUrl: homeUrl(), excerptLength: 30, noWorker: true });
  await pagefind.init();
  return pagefind;
}
