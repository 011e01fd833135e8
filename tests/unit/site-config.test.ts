import { expect, test, vi } from 'vitest';
import { publicAddress, publicSiteUrl } from '../../src/lib/site/routes.ts';
import {
  buildCacheDirectory,
  configuredSiteUrl,
  DEFAULT_SITE_URL,
  outDirectory,
  siteRepo,
  SITE_URL_WARNING,
} from '../../src/lib/site/site-config.ts';
import { lettersDirectory } from '../../src/lib/archive/archive-folders.ts';

test('the published site is built from content/letters into dist', () => {
  expect(lettersDirectory({})).toBe('content/letters');
  expect(outDirectory({})).toBe('./dist');
});

test('each archive and output folder has its own build cache, so two archives never mix', () => {
  const real = buildCacheDirectory({});
  const grown = buildCacheDirectory({ LETTERS_DIR: '../scratch/letters' });
  const fixtures = buildCacheDirectory({ LETTERS_DIR: 'tests/fixtures/letters', OUT_DIR: './dist-fixtures' });
  const subpath = buildCacheDirectory({ OUT_DIR: './dist-subpath' });
  expect(new Set([real, grown, fixtures, subpath]).size).toBe(4);
  // The cache holds the letters as read: where the site is published does not change it.
  expect(buildCacheDirectory({ SITE_URL: 'https://letters.example.org', SITE_BASE: '/x/' })).toBe(real);
  for (const dir of [real, grown, fixtures, subpath]) expect(dir).toMatch(/^\.\/node_modules\/\.astro\/\w+$/);
});

test('SITE_URL is configured only when set to something; SITE_REPO likewise, without a trailing slash', () => {
  expect(configuredSiteUrl({})).toBeUndefined();
  expect(configuredSiteUrl({ SITE_URL: '  ' })).toBeUndefined();
  expect(configuredSiteUrl({ SITE_URL: 'https://letters.example.org' })).toBe('https://letters.example.org');
  expect(siteRepo({})).toBeUndefined();
  expect(siteRepo({ SITE_REPO: 'https://github.com/owner/repo/' })).toBe('https://github.com/owner/repo');
});

test('the address a build without SITE_URL gives Astro can never resolve, and the warning says what to set', () => {
  expect(new URL(DEFAULT_SITE_URL).hostname.endsWith('.invalid')).toBe(true);
  expect(SITE_URL_WARNING).toMatch(/^SITE_URL is not set: .* Set SITE_URL/);
});

test('addresses to publish: absolute under the site, else relative', () => {
  vi.stubEnv('BASE_URL', '/archive/');
  expect(publicSiteUrl({})).toBeUndefined();
  const site = publicSiteUrl({ SITE_URL: 'https://example.org' });
  expect(site).toBe('https://example.org/archive/');
  expect(publicAddress('/archive/data/', site)).toBe('https://example.org/archive/data/');
  expect(publicAddress('/archive/data/', undefined)).toBe('/archive/data/');
  vi.unstubAllEnvs();
});
