import type { APIRoute } from 'astro';
import { loadArchive } from '../lib/collection.ts';
import { sitePaths } from '../lib/site-map.ts';

export const GET: APIRoute = async ({ site }) => {
  const urls = sitePaths(await loadArchive()).map(
    (path) => `  <url><loc>${new URL(path, site).href}</loc></url>`,
  );
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
