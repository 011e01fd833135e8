/**
 * The site's own facts, each written once: its name, where it is published by default,
 * the licence of the material it reproduces, and which letters it is built from.
 */

/** The archive's name: page titles, the feed, citations. */
export const SITE_NAME = 'Assessment Letters';

/** Where the site is published unless SITE_URL says otherwise (astro.config.mjs). */
export const DEFAULT_SITE_URL = 'https://assessment-letters.example';

/** The licence Ofsted publishes the letters under. */
export const LICENCE = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
} as const;

/**
 * Where the letters come from. Tests build the site from a fixture archive of fictional
 * authorities by setting LETTERS_DIR; the published site always uses content/letters.
 */
export function lettersDirectory(env: Record<string, string | undefined> = process.env): string {
  return env.LETTERS_DIR || 'content/letters';
}

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
