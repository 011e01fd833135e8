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
    at(12000, '10:00:12 [assessment-letters:pagefind] Indexed 5 pages in 2900 ms'),
  ];
  expect(buildProfile(lines, 12500, '/archive/')).toEqual({
    phases: { setup: 2, bundle: 3, pages: 4, index: 3, finish: 0.5 },
    pages: {
      letter: { count: 2, seconds: 0.02 },
      compare: { count: 1, seconds: 0.03 },
      authority: { count: 1, seconds: 1.5 },
      year: { count: 1, seconds: 0.02 },
    },
  });
});
