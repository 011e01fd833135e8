import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { moduleGraph, modulePreloads } from '../../src/integrations/module-preloads.ts';

const sites: string[] = [];
afterEach(() => {
  for (const site of sites.splice(0)) rmSync(site, { recursive: true, force: true });
});

/** A built site of the given files, by path from its root. */
function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'module-preloads-'));
  sites.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const page = (...srcs: string[]) =>
  `<html><head></head><body>${srcs.map((src) => `<script type="module" src="${src}"></script>`).join('')}</body></html>`;

test('a script, then each chunk it imports statically, each once, however deep and however often imported', async () => {
  const root = site({
    '_astro/page.js': 'import{a}from"./routes.js";import"./shared.js";console.log(a);',
    '_astro/routes.js': 'import{b}from"./shared.js";export const a=b;',
    '_astro/shared.js': 'export const b=1;',
  });
  expect(await moduleGraph(page('/_astro/page.js'), root, '/')).toEqual([
    '/_astro/page.js',
    '/_astro/routes.js',
    '/_astro/shared.js',
  ]);
});

test('what is imported only when asked for (import()) is not preloaded', async () => {
  const root = site({
    '_astro/page.js': 'const later=()=>import("./later.js");export{later};',
    '_astro/later.js': 'export const c=3;',
  });
  expect(await moduleGraph(page('/_astro/page.js'), root, '/')).toEqual(['/_astro/page.js']);
});

test('under a base path, as links the head can hold; a page with no module script gets none', async () => {
  const root = site({
    '_astro/page.js': 'import"./routes.js";',
    '_astro/routes.js': '',
  });
  expect(await modulePreloads(page('/archive/_astro/page.js'), root, '/archive')).toBe(
    '<link rel="modulepreload" href="/archive/_astro/page.js">' +
      '<link rel="modulepreload" href="/archive/_astro/routes.js">',
  );
  expect(await modulePreloads('<html><head></head><body><script>1</script></body></html>', root, '/')).toBe(
    '',
  );
});

test('a script the build did not write fails the build, naming it and who imports it', async () => {
  const root = site({ '_astro/page.js': 'import"./gone.js";' });
  await expect(moduleGraph(page('/_astro/page.js'), root, '/')).rejects.toThrow(
    '/_astro/page.js: the module /_astro/gone.js is not in the built site',
  );
});
