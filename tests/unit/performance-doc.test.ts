/**
 * docs/performance.md shows the benchmark's latest figures from docs/performance.json, which
 * the bench wrote (`npm run bench -- --doc`): the doc's block is exactly what the JSON gives.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import {
  BLOCK_END,
  BLOCK_START,
  benchBlock,
  withBenchBlock,
  type BenchResults,
} from '../../scripts/bench/doc-block.ts';

test("docs/performance.md's figures are the ones in docs/performance.json", () => {
  const doc = readFileSync('docs/performance.md', 'utf8');
  const results = JSON.parse(readFileSync('docs/performance.json', 'utf8')) as BenchResults;
  expect(doc).toContain(BLOCK_START);
  expect(withBenchBlock(doc, benchBlock(results))).toBe(doc);
});

const phases = (setup: number, bundle: number, pages: number, index: number, finish: number) => ({
  phases: { setup, bundle, pages, index, finish },
  pages: {},
});
const visit = { msToFirstResult: 0, transferredBytes: 0, transferredGzipBytes: 0 };
const results = {
  letters: 445,
  loadAverage: [1.5, 2.25, 3],
  baseline: {
    seconds: 5.5,
    allSeconds: [5.5, 5.8],
    allCpuSeconds: [7.1, 7.3],
    pages: 445,
    profile: phases(1.2, 1.9, 1.2, 1.1, 0.1),
  },
  site: {
    seconds: 6.6,
    allSeconds: [6.6, 7.1],
    allCpuSeconds: [9.5, 9.9],
    pages: 1207,
    profile: {
      ...phases(1.3, 2, 1.5, 1.4, 0.4),
      pages: { letter: { count: 445, seconds: 2.5 }, compare: { count: 412, seconds: 3 } },
    },
  },
  siteOverBaseline: 1.2,
  ratios: [1.2, 1.22],
  search: {
    cold: {
      ...visit,
      msToFirstResult: 420,
      allMs: [420],
      beforeFirstResultGzipBytes: 160 * 1024,
      beforeFirstResult: [],
    },
    warm: { ...visit, msToFirstResult: 150, allMs: [150] },
    secondQuery: { ms: 30, allMs: [30] },
    floor: { coldMs: 400, warmMs: 140, allColdMs: [400], allWarmMs: [140] },
  },
} as unknown as BenchResults;

test('the block gives the ratio, each phase of both builds, the load and the search against its targets', () => {
  const block = benchBlock(results);
  expect(block.startsWith(BLOCK_START) && block.endsWith(BLOCK_END)).toBe(true);
  expect(block).toContain('**1.2 ×** the bare Astro build');
  expect(block).toContain('(each run over the baseline build just before it: 1.2, 1.22)');
  expect(block).toContain('load average (`uptime`) was 1.50, 2.25, 3.00');
  expect(block).toContain('| whole build | 6.6 s (runs 6.6, 7.1) | 5.5 s (runs 5.5, 5.8) |');
  expect(block).toContain('| pages (rendering) | 1.5 s | 1.2 s |');
  expect(block).toContain('| processor seconds, each run | 9.5, 9.9 | 7.1, 7.3 |');
  expect(block).toContain('| index (Pagefind) | 1.4 s | 1.1 s |');
  expect(block).toContain('412 compare pages in 3.0 s, 445 letter pages in 2.5 s');
  expect(block).toContain('| first search, cold | 420 ms (target ≤ 600 ms: met)');
});

test('a document without the markers, or with them out of order, is refused, not appended to', () => {
  const block = benchBlock(results);
  expect(() => withBenchBlock('# Performance\n', block)).toThrow(/needs one/);
  expect(() => withBenchBlock(`${BLOCK_END}\n${BLOCK_START}\n`, block)).toThrow(/needs one/);
  expect(withBenchBlock(`before\n${BLOCK_START}\nold\n${BLOCK_END}\nafter\n`, block)).toBe(
    `before\n${block}\nafter\n`,
  );
});
