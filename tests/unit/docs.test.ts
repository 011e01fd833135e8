/**
 * The README is the front door: short, with the two set-up commands, pointing to docs/ and
 * CONTRIBUTING.md for the rest. Every page of the documentation links only to files that
 * exist, and none carries a dated one-off figure, which goes stale the day after it is
 * written (the benchmark writes the current figures into docs/performance.md itself).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';

const pages = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync('docs').map((name) => join('docs', name)),
].filter((path) => path.endsWith('.md'));
const text = (path: string) => readFileSync(path, 'utf8');

test('the README is at most 200 lines and gives the two set-up commands', () => {
  const readme = text('README.md');
  expect(readme.split('\n').length).toBeLessThanOrEqual(200);
  expect(readme).toMatch(/^npm install && npm start\b/m);
  expect(readme).toMatch(/^npm ci && npm test\b/m);
});

test('.ci/run runs the README’s test command', () => {
  expect(text('.ci/run')).toMatch(/^npm ci && npm test$/m);
});

test('every relative link in the documentation names a file that exists', () => {
  const broken = pages.flatMap((page) =>
    [...text(page).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map((match) => match[1]!)
      .filter((target) => !/^[a-z]+:/.test(target))
      .filter((target) => !existsSync(join(dirname(page), target)))
      .map((target) => `${page}: ${target}`),
  );
  expect(broken).toEqual([]);
});

test('the documentation carries no dated figures and no issue numbers', () => {
  const stale = pages.flatMap((page) =>
    text(page)
      .split('\n')
      .map((line, i) => ({ line, at: `${page}:${i + 1}` }))
      // A date after the letters' years (2009–2011) is when something was measured or done.
      .filter(({ line }) => /\b20(1[2-9]|[2-9]\d)-\d\d-\d\d\b|\bissue \d+|#\d{2,}\b/i.test(line))
      .map(({ at, line }) => `${at}: ${line.trim()}`),
  );
  expect(stale).toEqual([]);
});
