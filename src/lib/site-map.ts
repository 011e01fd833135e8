/**
 * Every page of the site, from the same archive the pages are built from: the sitemap
 * lists them, and the site-wide checks visit each one.
 */
import type { Archive } from './build-archive.ts';
import { knownPairs } from './grade-history.ts';
import { regionSlug } from './register.ts';
import {
  aboutUrl,
  authoritiesUrl,
  authorityUrl,
  compareUrl,
  dataUrl,
  homeUrl,
  letterUrl,
  regionUrl,
  searchUrl,
  yearGroupUrl,
  yearUrl,
  yearsUrl,
} from './routes.ts';

export function sitePaths(archive: Pick<Archive, 'authorities' | 'years'>): string[] {
  const regions = [...new Set(archive.authorities.map((authority) => authority.register.region))];
  return [
    homeUrl(),
    aboutUrl(),
    dataUrl(),
    searchUrl(),
    authoritiesUrl(),
    ...regions.map((region) => regionUrl(regionSlug(region))),
    ...archive.authorities.flatMap((authority) => [
      authorityUrl(authority.slug),
      ...authority.letters.map((letter) => letterUrl(letter.data)),
      ...knownPairs(authority.history).map((pair) =>
        compareUrl(authority.slug, pair.from.year, pair.to.year),
      ),
    ]),
    yearsUrl(),
    ...archive.years.flatMap((summary) => [
      yearUrl(summary.year),
      ...summary.groups.filter((g) => g.rows.length > 0).map((g) => yearGroupUrl(summary.year, g.slug)),
    ]),
  ];
}
