import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/site/collection.ts';
import { gradeRows } from '../../lib/site/open-data.ts';
import { siteUrl } from '../../lib/site/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const { authorities } = await loadArchive();
  return Response.json(gradeRows(authorities, siteUrl(site)));
};
