/**
 * npm 12 runs a dependency's install script only when package.json's `allowScripts` names it.
 * Two of ours need theirs: `node` puts the pinned Node.js in node_modules/.bin (without it
 * every script runs on the host's Node, which Astro refuses), and esbuild checks its binary.
 * Entries are by name: this project's lockfile records no download addresses, and npm pins
 * an entry to a version only from one. This holds for every package the lockfile marks as
 * having an install script, today's and any added later.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

interface LockEntry {
  version?: string;
  hasInstallScript?: boolean;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, LockEntry>;
};
const allowScripts =
  (JSON.parse(readFileSync('package.json', 'utf8')) as { allowScripts?: Record<string, boolean> })
    .allowScripts ?? {};

/** Each package with an install script, as `name@version`, that `allow` does not allow. */
function uncovered(packages: Record<string, LockEntry>, allow: Record<string, boolean>): string[] {
  return Object.entries(packages)
    .filter(([path, entry]) => path && entry.hasInstallScript)
    .map(([path, entry]) => ({ name: path.replace(/^.*node_modules\//, ''), version: entry.version ?? '' }))
    .filter(({ name, version }) => allow[name] !== true && allow[`${name}@${version}`] !== true)
    .map(({ name, version }) => `${name}@${version}`);
}

test('the lockfile has packages with install scripts, the pinned Node.js among them', () => {
  expect(
    Object.entries(lock.packages)
      .filter(([, e]) => e.hasInstallScript)
      .map(([p]) => p),
  ).toContain('node_modules/node');
});

test('allowScripts covers every package the lockfile marks as having an install script', () => {
  expect(uncovered(lock.packages, allowScripts)).toEqual([]);
});

test('removing any one allowScripts entry leaves its package uncovered', () => {
  const keys = Object.keys(allowScripts);
  expect(keys.length).toBeGreaterThan(0);
  for (const key of keys) {
    const fewer = Object.fromEntries(Object.entries(allowScripts).filter(([k]) => k !== key));
    expect(uncovered(lock.packages, fewer).map((p) => p.replace(/@[^@]*$/, ''))).toContain(
      key.replace(/(.)@.*$/, '$1'),
    );
  }
});

test('an entry set to false does not allow a script', () => {
  const denied = Object.fromEntries(Object.keys(allowScripts).map((k) => [k, false]));
  expect(uncovered(lock.packages, denied).length).toBe(Object.keys(allowScripts).length);
});
