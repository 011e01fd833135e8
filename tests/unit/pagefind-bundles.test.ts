import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, expect, test } from 'vitest';
import { indexLetterPages } from '../../src/integrations/pagefind.ts';

const sites: string[] = [];
afterEach(() => {
  for (const site of sites.splice(0)) rmSync(site, { recursive: true, force: true });
});

/** A built site in a temporary folder: each file's path below the site and its HTML. */
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-bundles-'));
  sites.push(dir);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

const letter = (words: string) =>
  `<!doctype html><html lang="en-GB"><head><title>Letter</title></head><body><article data-pagefind-body><h1>Kent 2010</h1>` +
  `<p>${words}</p><div data-standard-text="scale"><p>Grade four performs excellently</p></div></article></body></html>`;

/** The words of every page a bundle holds: its fragments, unzipped (Pagefind's signature, then JSON). */
function fragmentText(bundle: string): string {
  const folder = join(bundle, 'fragment');
  return readdirSync(folder)
    .map((file) => gunzipSync(readFileSync(join(folder, file))).toString('utf8'))
    .join('\n');
}

test('the letter pages go into both bundles, the standard text only into pagefind-standard/', async () => {
  const dir = site({
    'authorities/kent/2010/index.html': letter('Kent safeguards children well'),
    'authorities/kent/2011/index.html': letter('Kent improved its fostering'),
    // Not a letter page: never read.
    'about/index.html': letter('About the archive'),
  });
  expect(await indexLetterPages(dir)).toBe('2 pages into pagefind/ and 2 pages into pagefind-standard/');
  const own = fragmentText(join(dir, 'pagefind'));
  const withStandard = fragmentText(join(dir, 'pagefind-standard'));
  for (const text of [own, withStandard]) {
    expect(text).toContain('Kent safeguards children well');
    expect(text).toContain('Kent improved its fostering');
    expect(text).not.toContain('About the archive');
  }
  expect(own).not.toContain('performs excellently');
  expect(withStandard).toContain('performs excellently');
});

test("a problem in either bundle's Pagefind process fails with its cause", async () => {
  const dir = site({ 'about/index.html': letter('About the archive') });
  await expect(indexLetterPages(dir)).rejects.toThrow(`Pagefind found no pages to index in ${dir}`);
});
