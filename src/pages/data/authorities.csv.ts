import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/site/collection.ts';
import { AUTHORITY_COLUMNS, authorityRows, toCsv, type AuthorityRow } from '../../lib/site/open-data.ts';
import { siteUrl } from '../../lib/site/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const { authorities } = await loadArchive();
  const columns = Object.keys(AUTHORITY_COLUMNS) as (keyof AuthorityRow)[];
  return new Response(toCsv(columns, authorityRows(authorities, siteUrl(site))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
