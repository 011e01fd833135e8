/**
 * The site's own facts, each written once: its name, where it is published by default,
 * the licence of the material it reproduces, and where a build writes it. Which letters it
 * is built from is the archive's own layout (archive/archive-folders.ts, lettersDirectory).
 */
import { lettersDirectory } from '../archive/archive-folders.ts';

/** The archive's name: page titles, the feed, citations. */
export const SITE_NAME = 'Assessment Letters';

/**
 * Where the site is published: SITE_URL, or undefined when it is not set. Without it the
 * pages never name an address they do not have: citations, canonical links and the open
 * data use addresses relative to the site (docs/deploy.md), and the build warns once.
 */
export function configuredSiteUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.SITE_URL?.trim() || undefined;
}

/**
 * What astro.config gives Astro as `site` when SITE_URL is not set. The sitemap and the
 * Atom feed need absolute addresses; this name is reserved never to resolve (RFC 2606
 * `.invalid`) and says what is wrong. No page shows it.
 */
export const DEFAULT_SITE_URL = 'https://site-address-not-configured.invalid';

/**
 * The address for what must be absolute (the sitemap through Astro's `site`, the Atom
 * feed): SITE_URL, or DEFAULT_SITE_URL when it is not set. Every reader of the site's
 * address goes through configuredSiteUrl or this, never process.env or Astro's `site`.
 */
export function absoluteSiteUrl(env: Record<string, string | undefined> = process.env): string {
  return configuredSiteUrl(env) ?? DEFAULT_SITE_URL;
}

/** The one line a build without SITE_URL prints. */
export const SITE_URL_WARNING =
  'SITE_URL is not set: citations, canonical links and the open data use addresses relative to the site, and the sitemap and feed name https://site-address-not-configured.invalid. Set SITE_URL to the address the site is published at.';

/**
 * The archive's source repository (SITE_REPO, e.g. https://github.com/owner/repo), where
 * letters are added and corrections asked for; undefined when not set, and then no page
 * links one.
 */
export function siteRepo(env: Record<string, string | undefined> = process.env): string | undefined {
  const repo = env.SITE_REPO?.trim().replace(/\/+$/, '');
  return repo || undefined;
}

/**
 * The taxonomy of themes for what the letters ask authorities to improve: the site's own
 * judgement, the same for every archive it is built from.
 */
export const IMPROVEMENT_THEMES_FILE = 'content/improvement-themes.json';

/** The licence Ofsted publishes the letters under. */
export const LICENCE = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
} as const;

/**
 * Where a build writes the site. Tests build the fixture archive, and the site under a
 * sub-path, each into its own folder (OUT_DIR) so neither is mistaken for the published one.
 */
export function outDirectory(env: Record<string, string | undefined> = process.env): string {
  return env.OUT_DIR || './dist';
}

/**
 * Astro's cache for a build: one for each archive and output folder, so a build of one
 * archive never reads another's cached letters.
 */
export function buildCacheDirectory(env: Record<string, string | undefined> = process.env): string {
  return `./node_modules/.astro/${`${lettersDirectory(env)} ${outDirectory(env)}`.replace(/\W+/g, '_')}`;
}
