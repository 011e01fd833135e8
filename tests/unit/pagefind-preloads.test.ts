import { expect, test } from 'vitest';
import { pagefindPreloads } from '../../src/integrations/pagefind.ts';

const entry = JSON.stringify({
  version: '1.6.0',
  languages: { en: { hash: 'en_2c4923eac3', wasm: 'en', page_count: 2 } },
});

test('the search page preloads Pagefind’s entry, script, WebAssembly and the index’s metadata, under the base', () => {
  expect(pagefindPreloads(entry, '/archive')).toBe(
    '<link rel="preload" href="/archive/pagefind/pagefind-entry.json?ts=en_2c4923eac3" as="fetch" crossorigin data-pagefind-entry>' +
      '<link rel="modulepreload" href="/archive/pagefind/pagefind.js">' +
      '<link rel="preload" href="/archive/pagefind/wasm.en.pagefind" as="fetch" crossorigin>' +
      '<link rel="preload" href="/archive/pagefind/pagefind.en_2c4923eac3.pf_meta" as="fetch" crossorigin>',
  );
});

test('an index without English fails the build, naming the file', () => {
  expect(() => pagefindPreloads('{"languages":{}}', '/')).toThrow('pagefind-entry.json has no "en"');
});
