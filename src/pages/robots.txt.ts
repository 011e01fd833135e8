import type { APIRoute } from 'astro';
import { sitemapUrl } from '../lib/site/routes.ts';

/** Every page may be crawled; the sitemap, at the address the site is published at, lists them. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${new URL(sitemapUrl(), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
