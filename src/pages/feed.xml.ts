import type { APIRoute } from 'astro';
import { loadArchive } from '../lib/site/collection.ts';
import { atomFeed } from '../lib/site/feed.ts';
import { feedSiteUrl } from '../lib/site/routes.ts';

/**
 * An Atom feed of the letters, newest additions to the archive first. Its address comes
 * from SITE_URL through routes.ts, as every page's does, never from Astro's `site`.
 */
export const GET: APIRoute = async () => {
  const { letters } = await loadArchive();
  return new Response(atomFeed(letters, feedSiteUrl()), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
