/**
 * Every page of the site, from the same archive the pages are built from: the sitemap
 * lists them, and the site-wide checks visit each one.
 */
import { authorityPath, comparePath, letterPairs, letterPath } from './archive.ts';
import type { Archive } from './collection.ts';

export function sitePaths(archive: Pick<Archive, 'authorities' | 'years'>): string[] {
  return [
    '',
    'about/',
    'data/',
    'search/',
    'authorities/',
    ...archive.authorities.flatMap((authority) => [
      authorityPath(authority.slug),
      ...authority.letters.map((letter) => letterPath(letter.data)),
      ...letterPairs(authority.letters).map(([a, b]) =>
        comparePath(authority.slug, a.data.year, b.data.year),
      ),
    ]),
    'years/',
    ...archive.years.map((summary) => `years/${summary.year}/`),
  ];
}
