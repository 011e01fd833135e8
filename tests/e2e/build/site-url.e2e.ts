/**
 * SITE_URL and SITE_REPO: a build without the site's address warns once and names no
 * made-up address on any page; with both set, pages give absolute addresses and link the
 * repository where letters are added and corrections asked for. And a build prints
 * nothing per letter: at 445 letters, a few lines each would bury a real error. Builds of
 * the fixture archive into temporary folders; no browser.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildCacheDirectory, SITE_URL_WARNING } from '../../../src/lib/site/site-config.ts';

function build(settings: Record<string, string>) {
  const out = mkdtempSync(join(tmpdir(), 'site-url-'));
  const env: Record<string, string | undefined> = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    LETTERS_DIR: 'tests/fixtures/letters',
    OUT_DIR: join(out, 'dist'),
    SITE_URL: undefined,
    SITE_REPO: undefined,
    ...settings,
  };
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: env as NodeJS.ProcessEnv,
  });
  const dist = join(out, 'dist');
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');
  const pages =
    result.status === 0
      ? readdirSync(dist, { recursive: true })
          .map(String)
          .filter((f) => f.endsWith('.html'))
      : [];
  const texts = new Map(pages.map((p) => [p, read(p)]));
  // What names the site's address outside the pages: each must take it as the pages do.
  const others = ['feed.xml', 'robots.txt', 'sitemap-0.xml', 'data/datapackage.json', 'data/grades.csv'];
  const files = new Map(result.status === 0 ? others.map((p) => [p, read(p)]) : []);
  for (const dir of [out, buildCacheDirectory(env)]) rmSync(dir, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, texts, files };
}

test.describe.configure({ timeout: 300_000, mode: 'serial' });

test('without SITE_URL the build warns once, of nothing else, and no page names a made-up address', () => {
  const { status, output, texts, files } = build({});
  expect(status, output).toBe(0);
  expect(output.split(SITE_URL_WARNING)).toHaveLength(2);
  const warnings = output.split('\n').filter((line) => /\[WARN\]|warning/i.test(line));
  expect(warnings.filter((line) => /letters\/[^/\s]+\/\d{4}\.mdx/.test(line))).toEqual([]);
  expect(output).not.toContain('head-inject');
  expect(texts.size).toBeGreaterThan(20);
  const naming = [...texts]
    .filter(([, html]) => /assessment-letters\.example|\.invalid\b/.test(html))
    .map(([p]) => p);
  expect(naming).toEqual([]);
  const letter = texts.get('authorities/brackenmoor/2010/index.html')!;
  expect(letter).toContain('<link rel="canonical" href="/authorities/brackenmoor/2010/">');
  // The citation ends with the letter's address within the site, and the page says why.
  expect(letter).toMatch(/Assessment Letters archive, \/authorities\/brackenmoor\/2010\/<\/textarea>/);
  expect(letter).toMatch(/built without its web address/);
  // The open data stays relative and robots.txt names no sitemap; the feed and the sitemap,
  // which must be absolute, both name the one reserved placeholder, never a real-looking address.
  expect(files.get('data/grades.csv')).toContain(',/authorities/brackenmoor/2010/,');
  expect(JSON.parse(files.get('data/datapackage.json')!)).not.toHaveProperty('homepage');
  expect(files.get('robots.txt')).not.toContain('Sitemap:');
  expect(files.get('feed.xml')).toContain('https://site-address-not-configured.invalid/authorities/');
  expect(files.get('sitemap-0.xml')).toContain('https://site-address-not-configured.invalid/authorities/');
});

test('with SITE_URL and SITE_REPO, addresses are absolute and the repository is linked', () => {
  const { status, output, texts, files } = build({
    SITE_URL: 'https://letters.example.org',
    SITE_REPO: 'https://github.com/example/assessment-letters',
  });
  expect(status).toBe(0);
  expect(output).not.toContain(SITE_URL_WARNING);
  const letter = texts.get('authorities/brackenmoor/2010/index.html')!;
  expect(letter).toContain(
    '<link rel="canonical" href="https://letters.example.org/authorities/brackenmoor/2010/">',
  );
  expect(letter).toContain(
    'Assessment Letters archive, https://letters.example.org/authorities/brackenmoor/2010/',
  );
  expect(texts.get('authorities/oakhurst/index.html')).toContain(
    'href="https://github.com/example/assessment-letters/issues/new"',
  );
  expect(texts.get('about/index.html')).toContain(
    'href="https://github.com/example/assessment-letters/issues/new"',
  );
  // The feed, the sitemap, robots.txt and the open data name the same address as the pages.
  const site = 'https://letters.example.org/';
  expect(files.get('feed.xml')).toContain(`<id>${site}authorities/brackenmoor/2010/</id>`);
  expect(files.get('feed.xml')).not.toContain('.invalid');
  expect(files.get('sitemap-0.xml')).toContain(`<loc>${site}authorities/brackenmoor/2010/</loc>`);
  expect(files.get('robots.txt')).toContain(`Sitemap: ${site}sitemap-index.xml`);
  expect(JSON.parse(files.get('data/datapackage.json')!)).toMatchObject({ homepage: site });
  expect(files.get('data/grades.csv')).toContain(`,${site}authorities/brackenmoor/2010/,`);
});
