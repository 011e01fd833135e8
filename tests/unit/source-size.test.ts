/**
 * No source file in src/ runs past 400 lines: a module that long does several things,
 * and each belongs in a module of its own (a reader's stages, a page's controller and view).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const LIMIT = 400;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

test(`every source file in src/ is at most ${LIMIT} lines`, () => {
  const files = filesUnder('src').filter((path) => /\.(ts|astro|css|mjs|js)$/.test(path));
  expect(files.length).toBeGreaterThan(50);
  const long = files
    .map((path) => ({ path, lines: readFileSync(path, 'utf8').split('\n').length }))
    .filter(({ lines }) => lines > LIMIT)
    .map(({ path, lines }) => `${path}: ${lines} lines`);
  expect(long).toEqual([]);
});
