import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/site/collection.ts';
import { letterRecord } from '../../lib/site/open-data.ts';
import { siteUrl } from '../../lib/site/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const { letters } = await loadArchive();
  return Response.json(letters.map((letter) => letterRecord(letter, letter.body ?? '', siteUrl(site))));
};
