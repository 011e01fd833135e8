/**
 * Every page of the site, from the same archive the pages are built from: the sitemap
 * lists them, and the site-wide checks visit each one.
 */
import { letterPairs } from './archive.ts';
import type { Archive } from './build-archive.ts';
import {
  aboutUrl,
  authoritiesUrl,
  authorityUrl,
  compareUrl,
  dataUrl,
  homeUrl,
  letterUrl,
  searchUrl,
  yearUrl,
  yearsUrl,
} from './routes.ts';

export function sitePaths(archive: Pick<Archive, 'authorities' | 'years'>): string[] {
  return [
    homeUrl(),
    aboutUrl(),
    dataUrl(),
    searchUrl(),
    authoritiesUrl(),
    ...archive.authorities.flatMap((authority) => [
      authorityUrl(authority.slug),
      ...authority.letters.map((letter) => letterUrl(letter.data)),
      ...letterPairs(authority.letters).map(([a, b]) => compareUrl(authority.slug, a.data.year, b.data.year)),
    ]),
    yearsUrl(),
    ...archive.years.map((summary) => yearUrl(summary.year)),
  ];
}
