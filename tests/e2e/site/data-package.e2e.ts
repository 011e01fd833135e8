/**
 * The open data of the real archive's build, read from its files: the Frictionless Data
 * Package validates (descriptor against the Data Package profiles, every table against its
 * schema, keys and foreign keys), and grades.csv has a row per authority and year.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { expect, test } from '../fixtures.ts';
import { archiveLetters, readArchiveData } from '../../../src/lib/site/archive-files.ts';

const DIST = 'dist';

test('datapackage.json validates, and every table reads against its schema and keys', async () => {
  const pkg = await Package.load(join(DIST, 'data', 'datapackage.json'), { strict: false });
  expect(pkg.errors.map((e) => e.message)).toEqual([]);
  expect(pkg.valid).toBe(true);
  const rows: Record<string, number> = {};
  for (const resource of pkg.resources.filter((r) => r.tabular))
    rows[resource.name] = (await resource.read({ keyed: true, relations: true })).length;
  const { authorities } = readArchiveData();
  // 152 authorities × 3 years.
  expect(rows.grades).toBe(authorities.length * 3);
  expect(rows.authorities).toBe(authorities.length);
  // Every file the data page links is described.
  const described = pkg.resources.map((r) => String(r.descriptor.path));
  const files = readdirSync(join(DIST, 'data'), { recursive: true })
    .map(String)
    .filter((f) => /\.(csv|json|txt)$/.test(f) && f !== 'datapackage.json');
  expect(described.sort()).toEqual(files.sort());
  // Each letter on its own, as JSON and as plain text.
  expect(described.filter((p) => p.startsWith('letters/'))).toHaveLength(2 * archiveLetters().length);
  expect(rows['statistical-neighbours']).toBe(authorities.length * 10);
});

test('a build without SITE_URL names no made-up address on any page', () => {
  const pages = readdirSync(DIST, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(100);
  const naming = pages.filter((f) =>
    /assessment-letters\.example|\.invalid\b/.test(readFileSync(join(DIST, f), 'utf8')),
  );
  expect(naming).toEqual([]);
  // Nor the data files.
  for (const file of [
    'grades.csv',
    'grade-sources.csv',
    'national-totals.csv',
    'statistical-neighbours.csv',
    'letters.json',
    'improvements.csv',
    'datapackage.json',
  ])
    expect(readFileSync(join(DIST, 'data', file), 'utf8')).not.toMatch(
      /assessment-letters\.example|\.invalid\b/,
    );
});
