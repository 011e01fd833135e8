import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { plural } from '../../src/lib/archive/plural.ts';
import {
  authorityUrl,
  relativeHref,
  compareUrl,
  dataFileUrl,
  feedUrl,
  hitsLetterUrl,
  hitsUrl,
  homeUrl,
  initialUrl,
  isLetterPath,
  LETTER_PAGE_FILES,
  pageKind,
  ofstedReportsUrl,
  letterUrl,
  feedSiteUrl,
  withoutBase,
  yearUrl,
} from '../../src/lib/site/routes.ts';

const cambridgeshire = { authority: 'Cambridgeshire County Council', year: 2010 } as const;

afterEach(() => vi.unstubAllEnvs());

describe.each([
  ['/', ''],
  ['/archive/', '/archive'],
  ['/archive', '/archive'],
])('built under the base %s', (base, prefix) => {
  test('every page and file is under the base, ending in a slash where it is a page', () => {
    vi.stubEnv('BASE_URL', base);
    expect(homeUrl()).toBe(`${prefix}/`);
    expect(letterUrl(cambridgeshire)).toBe(`${prefix}/authorities/cambridgeshire/2010/`);
    expect(authorityUrl('cambridgeshire')).toBe(`${prefix}/authorities/cambridgeshire/`);
    expect(compareUrl('cambridgeshire', 2010, 2011)).toBe(
      `${prefix}/authorities/cambridgeshire/compare/2010-2011/`,
    );
    expect(yearUrl(2011)).toBe(`${prefix}/years/2011/`);
    expect(initialUrl('b')).toBe(`${prefix}/authorities/a-to-z/b/`);
    expect(dataFileUrl('grades.csv')).toBe(`${prefix}/data/grades.csv`);
    expect(feedUrl()).toBe(`${prefix}/feed.xml`);
    expect(feedSiteUrl({ SITE_URL: 'https://example.org' })).toBe(`https://example.org${prefix}/`);
    expect(feedSiteUrl({})).toBe(`https://site-address-not-configured.invalid${prefix}/`);
    expect(new URL(letterUrl(cambridgeshire), 'https://example.org').href).toBe(
      `https://example.org${prefix}/authorities/cambridgeshire/2010/`,
    );
  });

  test('the hits page names its letter below the base, and opens only letter pages', () => {
    vi.stubEnv('BASE_URL', base);
    const url = new URL(hitsUrl(letterUrl(cambridgeshire), 'care leavers', 'p-1a2b'), 'https://x.test');
    expect(url.pathname).toBe(`${prefix}/search/letter/`);
    expect(url.searchParams.get('letter')).toBe('authorities/cambridgeshire/2010/');
    expect(url.searchParams.get('q')).toBe('care leavers');
    expect(url.hash).toBe('#p-1a2b');
    expect(hitsLetterUrl(url.searchParams.get('letter')!)).toBe(letterUrl(cambridgeshire));
    expect(withoutBase(letterUrl(cambridgeshire))).toBe('authorities/cambridgeshire/2010/');
  });
});

test('the letter pages glob names the file of a letter path and no other page', () => {
  expect(path.matchesGlob('authorities/kent/2010/index.html', LETTER_PAGE_FILES)).toBe(true);
  expect(path.matchesGlob('authorities/kent/index.html', LETTER_PAGE_FILES)).toBe(false);
  expect(path.matchesGlob('authorities/kent/compare/2010-2011/index.html', LETTER_PAGE_FILES)).toBe(false);
});

test('a letter path is authorities/<slug>/<year>/ and nothing else', () => {
  expect(isLetterPath('authorities/cambridgeshire/2010/')).toBe(true);
  expect(isLetterPath('//evil.example/')).toBe(false);
  expect(isLetterPath('authorities/../../etc/2010/')).toBe(false);
  expect(isLetterPath('authorities/cambridgeshire/')).toBe(false);
  expect(hitsLetterUrl('https://evil.example/authorities/x/2010/')).toBeUndefined();
});

test('each page path is of one kind', () => {
  expect(
    [
      'authorities/x/2010/',
      'authorities/x/',
      'authorities/x/compare/2010-2011/',
      'years/2010/',
      'years/',
      '',
    ].map(pageKind),
  ).toEqual(['letter', 'authority', 'compare', 'year', 'other', 'other']);
});

test('counts in words', () => {
  expect(plural(1, 'letter')).toBe('1 letter');
  expect(plural(2, 'letter')).toBe('2 letters');
  expect(plural(0, 'authority', 'authorities')).toBe('0 authorities');
});

test('relativeHref links one site path from another, and resolves back to it', () => {
  const cases: Array<[string, string, string]> = [
    ['/authorities/', '/authorities/leeds/2010/', 'leeds/2010/'],
    ['/authorities/', '/authorities/', './'],
    ['/authorities/regions/london/', '/authorities/barnet/', '../../barnet/'],
    ['/years/2010/', '/authorities/leeds/compare/2009-2010/', '../../authorities/leeds/compare/2009-2010/'],
    ['/archive/authorities/', '/archive/authorities/leeds/', 'leeds/'],
    ['/', '/about/', 'about/'],
  ];
  for (const [from, to, href] of cases) {
    expect(relativeHref(from, to)).toBe(href);
    expect(new URL(href, `http://site.test${from}`).pathname).toBe(to);
  }
});

test("Ofsted's reports for an authority: a search of Ofsted's reports site by its name, the name encoded", () => {
  const url = new URL(ofstedReportsUrl("Marsh & St Anne's"));
  expect(url.origin).toBe('https://reports.ofsted.gov.uk');
  expect(url.pathname).toBe('/search');
  expect(url.searchParams.get('q')).toBe("Marsh & St Anne's");
  expect([...url.searchParams.keys()]).toEqual(['q']);
});
