import { expect, test } from 'vitest';
import { buildProfile } from '../../scripts/bench/build-profile.ts';

const at = (ms: number, text: string) => ({ at: ms, text });

test("a build's output is read into phases and page render time by kind of page", () => {
  const lines = [
    at(100, '10:00:00 [content] Syncing content'),
    at(2000, '10:00:02 [build] Building static entrypoints...'),
    at(5000, '\u001b[32m generating static routes \u001b[39m'),
    at(5100, '10:00:05   ├─ /archive/authorities/kent/2010/index.html (+12ms)'),
    at(5200, '10:00:05   ├─ /archive/authorities/kent/2011/index.html (+8ms)'),
    at(5300, '10:00:05   ├─ /archive/authorities/kent/compare/2010-2011/index.html (+30ms)'),
    at(5400, '10:00:05   ├─ /archive/authorities/kent/index.html (+1.5s)'),
    at(9000, '10:00:09   └─ /archive/years/2010/index.html (+20ms)'),
    at(10000, '10:00:10 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`'),
    at(
      10500,
      '10:00:10 [assessment-letters:pagefind] Indexing the letter pages into pagefind/ and pagefind-standard/',
    ),
    at(
      12000,
      '10:00:12 [assessment-letters:pagefind] Indexed 5 pages into pagefind/ and 5 pages into pagefind-standard/ in 1500 ms',
    ),
  ];
  // Pagefind's run is the index phase; the sitemap before it and the exit after it are the finish.
  expect(buildProfile(lines, 12500, '/archive/')).toEqual({
    phases: { setup: 2, bundle: 3, pages: 4, index: 1.5, finish: 2 },
    pages: {
      letter: { count: 2, seconds: 0.02 },
      compare: { count: 1, seconds: 0.03 },
      authority: { count: 1, seconds: 1.5 },
      year: { count: 1, seconds: 0.02 },
    },
  });
});

test('a build that prints no Pagefind lines has no index phase: all after the pages is the finish', () => {
  const lines = [
    at(2000, '10:00:02 [build] Building static entrypoints...'),
    at(5000, ' generating static routes '),
    at(6000, '10:00:06   └─ /kent/2010/index.html (+12ms)'),
  ];
  expect(buildProfile(lines, 7000).phases).toEqual({ setup: 2, bundle: 3, pages: 1, index: 0, finish: 1 });
});
