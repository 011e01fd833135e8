/**
 * `npm ci` installs exactly what package-lock.json lists, and fails when the lockfile lacks
 * a package that package.json's tree needs on the machine running it. A native package
 * (Astro's compiler, Pagefind, esbuild, Rolldown, Lightning CSS, Sätteri, sharp) ships one
 * optional package per platform; a lockfile written on Linux by an older npm kept only
 * the Linux ones, so `npm ci` failed on macOS and Windows. This holds for every native
 * package the lockfile has, today's and any added later.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

interface LockEntry {
  os?: string[];
  cpu?: string[];
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};

/** The lockfile entry npm would install `name` from, for the package at `from`. */
function entryOf(from: string, name: string): LockEntry | undefined {
  for (let dir = from; ; dir = dir.replace(/\/?node_modules\/(@[^/]+\/)?[^/]+$/, '')) {
    const entry = lock.packages[`${dir ? `${dir}/` : ''}node_modules/${name}`];
    if (entry || !dir) return entry;
  }
}

/** Each package with optional per-platform packages, and the operating systems they cover. */
const native = Object.entries(lock.packages)
  .filter(([, entry]) => !entry.os && !entry.cpu)
  .map(([path, entry]) => {
    const variants = Object.keys(entry.optionalDependencies ?? {}).map((name) => ({
      name,
      entry: entryOf(path, name),
    }));
    const os = new Set(variants.flatMap((v) => v.entry?.os ?? []));
    return { path, variants, os };
  })
  .filter(({ os }) => os.has('linux'));

test('the lockfile is one npm ci reads, and it lists native packages', () => {
  expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3);
  expect(native.map((n) => n.path)).toContain('node_modules/@astrojs/compiler-binding');
  expect(native.map((n) => n.path)).toContain('node_modules/pagefind');
});

test('every native package has its macOS and Windows binaries in the lockfile, not Linux only', () => {
  const missing = native.flatMap(({ path, variants, os }) => [
    ...['darwin', 'win32'].filter((name) => !os.has(name)).map((name) => `${path}: no ${name} variant`),
    ...variants.filter((v) => !v.entry).map((v) => `${path}: ${v.name} is not in the lockfile`),
  ]);
  expect(missing).toEqual([]);
});
