import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/collection.ts';
import { gradeRows } from '../../lib/open-data.ts';
import { siteUrl } from '../../lib/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const { authorities } = await loadArchive();
  return Response.json(gradeRows(authorities, siteUrl(site)));
};
