import type { APIRoute } from 'astro';
import { loadArchive } from '../lib/site/collection.ts';
import { atomFeed } from '../lib/site/feed.ts';
import { siteUrl } from '../lib/site/routes.ts';

/** An Atom feed of the letters, newest additions to the archive first. */
export const GET: APIRoute = async ({ site }) => {
  const { letters } = await loadArchive();
  return new Response(atomFeed(letters, siteUrl(site)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
