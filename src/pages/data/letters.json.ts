import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/collection.ts';
import { letterRecord } from '../../lib/open-data.ts';
import { siteUrl } from '../../lib/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const { letters } = await loadArchive();
  return Response.json(letters.map((letter) => letterRecord(letter, letter.body ?? '', siteUrl(site))));
};
