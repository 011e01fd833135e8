import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/site/collection.ts';
import { GRADE_COLUMNS, gradeRows, toCsv, type GradeRow } from '../../lib/site/open-data.ts';
import { siteUrl } from '../../lib/site/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const { authorities } = await loadArchive();
  const columns = Object.keys(GRADE_COLUMNS) as (keyof GradeRow)[];
  return new Response(toCsv(columns, gradeRows(authorities, siteUrl(site))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
