import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { dataZip, letterFiles } from '../../src/lib/site/data-downloads.ts';
import { parse } from 'csv-parse/sync';
import { Package } from 'datapackage';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { improvementItems } from '../../src/lib/archive/improvements.ts';
import { passageId } from '../../src/lib/markdown/passage-anchors.ts';
import { dataFiles, TABLES, type DataFiles } from '../../src/lib/site/data-files.ts';
import { fixtureArchive, type FixtureLetter } from './letters.ts';

beforeAll(() => vi.stubEnv('BASE_URL', '/'));
afterAll(() => vi.unstubAllEnvs());

const THEMES = [{ id: 'care', name: 'Care', description: 'Care.', terms: ['care'] }];
const archive = fixtureArchive();
const items = (archive.letters as FixtureLetter[]).flatMap((l) =>
  improvementItems(l, l.body, passageId, THEMES),
);

const letters = letterFiles(archive.letters as FixtureLetter[], 'https://example.org/');

function write(files: DataFiles): string {
  const dir = mkdtempSync(join(tmpdir(), 'datapackage-'));
  for (const [name, text] of [...Object.entries(files), ...letters]) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Validates the descriptor against the Data Package profiles and reads every table against its schema and keys. */
async function validate(files: DataFiles): Promise<{ errors: string[]; rows: Record<string, number> }> {
  const dir = write(files);
  try {
    const pkg = await Package.load(join(dir, 'datapackage.json'), { strict: false });
    const errors = pkg.errors.map((e) => e.message);
    const rows: Record<string, number> = {};
    for (const resource of pkg.resources.filter((r) => r.tabular)) {
      try {
        rows[resource.name] = (await resource.read({ keyed: true, relations: true })).length;
      } catch (error) {
        const e = error as Error & { errors?: Error[] };
        errors.push(`${resource.name}: ${[e.message, ...(e.errors ?? []).map((x) => x.message)].join('; ')}`);
      }
    }
    return { errors, rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('datapackage.json', () => {
  const files = dataFiles(archive, items, 'https://example.org/', '2026-12-01');

  test('describes every file and every column, and each table matches its schema and keys', async () => {
    const descriptor = JSON.parse(files['datapackage.json']) as {
      resources: Array<{ path: string; schema?: { fields: Array<{ name: string; type: string }> } }>;
      licenses: unknown[];
      sources: unknown[];
    };
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(
      [...Object.keys(files).filter((f) => f !== 'datapackage.json'), ...letters.keys()].sort(),
    );
    for (const table of TABLES) {
      const resource = descriptor.resources.find((r) => r.path === table.path)!;
      const header = files[table.path as keyof DataFiles].split('\r\n')[0]!.split(',');
      expect(resource.schema!.fields.map((f) => f.name)).toEqual(header);
    }
    expect(descriptor.licenses).toHaveLength(1);
    expect(descriptor.sources.length).toBeGreaterThan(3);
    const { errors, rows } = await validate(files);
    expect(errors).toEqual([]);
    expect(rows.grades).toBe(archive.authorities.length * 3);
    expect(rows['national-totals']).toBe(3 * 4);
    expect(rows['statistical-neighbours']).toBe(archive.authorities.length * 10);
    expect(rows['known-grades']).toBe(
      archive.authorities.flatMap((a) => a.history.years).filter((y) => 'grade' in y).length,
    );
    expect(rows.improvements).toBe(items.length);
  });

  test('a value against its column’s type, or a source of a grade row that does not exist, fails validation', async () => {
    const badGrade = files['known-grades.csv'].replace(
      /,4,Performs excellently,/,
      ',five,Performs excellently,',
    );
    expect(badGrade).not.toBe(files['known-grades.csv']);
    expect((await validate({ ...files, 'known-grades.csv': badGrade })).errors.join('\n')).toMatch(
      /known-grades:/,
    );
    const lines = files['grade-sources.csv'].split('\r\n');
    const orphan = [lines[0], lines[1]!.replace(/^[a-z-]+,/, 'nowhere,'), ...lines.slice(2)].join('\r\n');
    expect((await validate({ ...files, 'grade-sources.csv': orphan })).errors.join('\n')).toMatch(
      /grade-sources:/,
    );
    const descriptor = JSON.parse(files['datapackage.json']) as { resources: Array<{ name?: string }> };
    descriptor.resources[0]!.name = 'Not A Valid Name!';
    expect((await validate({ ...files, 'datapackage.json': JSON.stringify(descriptor) })).errors).not.toEqual(
      [],
    );
  });
});

describe('columns pandas reads as integers, and the CSV dialect', () => {
  const files = dataFiles(archive, items, 'https://example.org/', '2026-12-01');

  test('every integer column has a whole number in every row of every table', () => {
    const descriptor = JSON.parse(files['datapackage.json']) as {
      resources: Array<{
        path: string;
        dialect?: { doubleQuote?: boolean };
        schema?: { fields: Array<{ name: string; type: string }> };
      }>;
    };
    let checked = 0;
    for (const table of TABLES) {
      const resource = descriptor.resources.find((r) => r.path === table.path)!;
      expect(resource.dialect?.doubleQuote, table.path).toBe(true);
      const rows = parse(files[table.path as keyof DataFiles], { columns: true }) as Record<string, string>[];
      for (const field of resource.schema!.fields.filter((f) => f.type === 'integer')) {
        for (const row of rows) expect(row[field.name], `${table.path} ${field.name}`).toMatch(/^\d+$/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(8);
  });

  test("the zip holds every file, each letter's two files in letters/", async () => {
    const all = new Map([...Object.entries(files), ...letters]);
    const unzipped = unzipSync(await dataZip(all, '2026-12-01'));
    expect(Object.keys(unzipped).sort()).toEqual(
      [...all.keys()].map((p) => `assessment-letters-data/${p}`).sort(),
    );
    const [path, text] = [...letters][0]!;
    expect(strFromU8(unzipped[`assessment-letters-data/${path}`]!)).toBe(text);
    expect(letters.size).toBe(archive.letters.length * 2);
  });
});
