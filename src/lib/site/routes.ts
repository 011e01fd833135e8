/**
 * Every address the site makes, and the only place one is spelled out. Functions named
 * `…Url` return an href inside the site, with the base it is built under ("/" or
 * "/archive/"); `new URL(letterUrl(data), site)` makes it absolute. Paths of files in the
 * repository are named `…File` (archive.ts, letter-checks.ts), never `…Url`.
 */
import type { LetterData } from '../archive/letter-schema.ts';
import { authoritySlug } from '../archive/slug.ts';
import { absoluteSiteUrl, configuredSiteUrl } from './site-config.ts';

/** The base the site is built under, always ending in "/". */
function base(): string {
  return import.meta.env.BASE_URL.replace(/\/?$/, '/');
}

/** A path inside the site, under its base: for files the build writes (favicon, Pagefind). */
export function sitePath(path = ''): string {
  return `${base()}${path.replace(/^\//, '')}`;
}

/**
 * The site's full address with its base, for what must be absolute (the Atom feed): under
 * SITE_URL, or under the reserved placeholder when it is not set, as the sitemap is.
 */
export function feedSiteUrl(env: Record<string, string | undefined> = process.env): string {
  return new URL(sitePath(), absoluteSiteUrl(env)).href;
}

/**
 * The site's full address with its base when SITE_URL is set; undefined when it is not,
 * and then `publicAddress` keeps hrefs relative rather than name an address the site
 * does not have.
 */
export function publicSiteUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const site = configuredSiteUrl(env);
  return site ? new URL(sitePath(), site).href : undefined;
}

/** An href of the site as an address to publish: absolute under `site` when known, else the href itself. */
export function publicAddress(href: string, site: string | undefined): string {
  return site ? new URL(href, site).href : href;
}

/** A site href without the base: /archive/about/ → about/ (undefined when outside the base). */
export function withoutBase(href: string): string | undefined {
  const root = base();
  if (href.startsWith(root)) return href.slice(root.length);
  return undefined;
}

// Each page, by what it shows. Paths below the base end in "/" (trailingSlash: 'always').

export const homeUrl = () => sitePath();
export const aboutUrl = () => sitePath('about/');
export const authoritiesUrl = () => sitePath('authorities/');
export const yearsUrl = () => sitePath('years/');
/** The search page, with a search's parameters when given (lib/search-query.ts makes them). */
export function searchUrl(search?: URLSearchParams): string {
  const query = search?.toString();
  return `${sitePath('search/')}${query ? `?${query}` : ''}`;
}
export const dataUrl = () => sitePath('data/');
/** The national picture: each year's totals and how grades moved. */
export const nationalUrl = () => sitePath('national/');
/** Every authority that moved between two years, by matrix cell: national/movements/2010-2011/ */
export function movementsUrl(from: number, to: number, regionSlug?: string): string {
  return regionSlug
    ? sitePath(`authorities/regions/${regionSlug}/#moves-${from}-${to}`)
    : sitePath(`national/movements/${from}-${to}/`);
}
/**
 * What Ofsted asked for, by theme; with a theme, its items across the years, authority by
 * authority; with a year too, that theme's items from that year's letters.
 */
export function improvementsUrl(theme?: string, year?: number): string {
  if (!theme) return sitePath('improvements/');
  return sitePath(year ? `improvements/${theme}/${year}/` : `improvements/${theme}/`);
}

/**
 * A page of a theme's items, across the years or in one year: the first is
 * improvementsUrl(theme, year), the next improvements/<theme>/[<year>/]page/2/ …
 */
export function themePageUrl(theme: string, page: number, year?: number): string {
  const first = improvementsUrl(theme, year);
  return page > 1 ? `${first}page/${page}/` : first;
}
export const feedUrl = () => sitePath('feed.xml');
/** The sitemap's index, as @astrojs/sitemap names it. */
export const sitemapUrl = () => sitePath('sitemap-index.xml');

/** authorities/<slug>/ */
export function authorityUrl(slug: string): string {
  return sitePath(`authorities/${slug}/`);
}

/** authorities/<slug>/<year>/ */
export function letterUrl(data: Pick<LetterData, 'authority' | 'year'>): string {
  return sitePath(`authorities/${authoritySlug(data.authority)}/${data.year}/`);
}

/**
 * Ofsted's own reports on an authority, found by searching its reports site for the
 * authority's name: a link only, which the site never fetches. A search rather than a
 * report's address, as reports come and go and authorities have been reorganised since 2011.
 */
export function ofstedReportsUrl(authorityName: string): string {
  return `https://reports.ofsted.gov.uk/search?${new URLSearchParams({ q: authorityName })}`;
}

/** authorities/<slug>/compare/2010-2011/ */
export function compareUrl(slug: string, from: number, to: number): string {
  return sitePath(`authorities/${slug}/compare/${from}-${to}/`);
}

/** years/<year>/ */
export function yearUrl(year: number): string {
  return sitePath(`years/${year}/`);
}

/** The authorities of one year's group (a grade, withheld, not known): years/<year>/<group>/ */
export function yearGroupUrl(year: number, group: string): string {
  return sitePath(`years/${year}/${group}/`);
}

/** One initial's part of the A to Z, its authorities' grades and letters: authorities/a-to-z/<b>/ */
export function initialUrl(initialSlug: string): string {
  return sitePath(`authorities/a-to-z/${initialSlug}/`);
}

/** A region's A–Z: authorities/regions/<region-slug>/ */
export function regionUrl(regionSlug: string): string {
  return sitePath(`authorities/regions/${regionSlug}/`);
}

/** The open data files, below data/. */
export type DataFile =
  | 'grades.csv'
  | 'grades.json'
  | 'known-grades.csv'
  | 'national-totals.csv'
  | 'statistical-neighbours.csv'
  | 'grade-sources.csv'
  | 'authorities.csv'
  | 'letters.json'
  | 'improvements.csv'
  | 'improvements.json'
  | 'improvement-themes.csv'
  | 'datapackage.json';
export function dataFileUrl(file: DataFile | typeof DATA_ZIP): string {
  return sitePath(`data/${file}`);
}

/** One zip of every open data file, made at build time. */
export const DATA_ZIP = 'assessment-letters-data.zip';

/** A letter as a data file, below data/: letters/<slug>-<year>.json or .txt. */
export function letterDataPath(data: Pick<LetterData, 'authority' | 'year'>, kind: 'json' | 'txt'): string {
  return `letters/${authoritySlug(data.authority)}-${data.year}.${kind}`;
}

/** That file's address in the site. */
export function letterDataUrl(data: Pick<LetterData, 'authority' | 'year'>, kind: 'json' | 'txt'): string {
  return sitePath(`data/${letterDataPath(data, kind)}`);
}

/** The search hits page's own path below the base: it is not listed in the sitemap. */
export const HITS_PATH = 'search/letter/';

/**
 * The search hits page for a letter: `letter` names the letter by its path below the
 * base (the page fetches only such paths), `search` is the query or the whole search's
 * parameters (so the page can lead back to it), `anchor` the section to start at.
 */
export function hitsUrl(letter: string, search: string | URLSearchParams, anchor = ''): string {
  const params = new URLSearchParams([
    ['letter', withoutBase(letter) ?? letter],
    ...(typeof search === 'string' ? [['q', search]] : search),
  ]);
  return `${sitePath(HITS_PATH)}?${params}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}

/** The files of the letter pages in a built site, as a glob below its folder. */
export const LETTER_PAGE_FILES = 'authorities/*/[0-9][0-9][0-9][0-9]/index.html';

/** A letter page's path below the base: authorities/<slug>/<year>/, nothing else. */
export function isLetterPath(path: string): boolean {
  return /^authorities\/[a-z0-9-]+\/\d{4}\/$/.test(path);
}

export type PageKind = 'letter' | 'authority' | 'compare' | 'year' | 'other';

/** What a page is, from its path below the base: for the benchmark's breakdown by kind. */
export function pageKind(path: string): PageKind {
  if (isLetterPath(path)) return 'letter';
  if (/^authorities\/[a-z0-9-]+\/$/.test(path)) return 'authority';
  if (/^authorities\/[a-z0-9-]+\/compare\/\d{4}-\d{4}\/$/.test(path)) return 'compare';
  if (/^years\/\d{4}\/$/.test(path)) return 'year';
  return 'other';
}

/** The letter page a hits page names, as an href; undefined unless it is one of the site's letters. */
export function hitsLetterUrl(letter: string): string | undefined {
  return isLetterPath(letter) ? sitePath(letter) : undefined;
}

/**
 * `to` as a link from the page at `from` (both site paths, as the helpers above make them):
 * "/authorities/" → "/authorities/leeds/2010/" is "leeds/2010/". A list that links hundreds
 * of letters (the A to Z) spends fewer bytes on each, and it works under any base.
 */
export function relativeHref(from: string, to: string): string {
  const fromDirs = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common])
    common++;
  const href = '../'.repeat(fromDirs.length - common) + toParts.slice(common).join('/');
  return href || './';
}
