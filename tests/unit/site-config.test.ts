import { expect, test } from 'vitest';
import { buildCacheDirectory, lettersDirectory, outDirectory } from '../../src/lib/site/site-config.ts';

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
