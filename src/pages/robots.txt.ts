import type { APIRoute } from 'astro';
import { publicSiteUrl, sitemapUrl } from '../lib/site/routes.ts';

/**
 * Every page may be crawled; the sitemap, at the address the site is published at, lists
 * them. Without SITE_URL the sitemap's address is not known, and robots.txt names none.
 */
export const GET: APIRoute = () => {
  const site = publicSiteUrl();
  const sitemap = site ? `Sitemap: ${new URL(sitemapUrl(), site).href}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
