/**
 * A scratch project for command-line tests of the importer: its archive (content/) holds
 * no letters yet, only the data files the import is checked against (the build's checks
 * need the register, the reported grades and the national totals). They are those of the
 * published letters' own small archive (tests/fixtures/published/), because these tests
 * import those letters, plus any fixture authorities named, with national totals widened
 * so they have room at any grade.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { archiveFolders, lettersDirectory } from '../../src/lib/archive/archive-folders.ts';

const PUBLISHED = 'tests/fixtures/published';

/**
 * The scratch project's archive, relative to it: the importer's default, named by the one
 * owner of the folders. Inside a temporary folder, never this checkout's own archive.
 */
export const FOLDERS = archiveFolders(lettersDirectory({}));

/** The data files a scratch project holds, relative to it. */
export const DATA_FILES = (['authorities.csv', 'national-totals.json', 'reported-grades.csv'] as const).map(
  (name) => FOLDERS.dataFile(name),
);

export function scratchProject(fixtureAuthorities: string[] = []): string {
  const root = mkdtempSync(join(tmpdir(), 'import-'));
  mkdirSync(join(root, FOLDERS.parent), { recursive: true });
  const fixtureRows = readFileSync('tests/fixtures/authorities.csv', 'utf8')
    .split('\n')
    .filter((row) => fixtureAuthorities.some((name) => row.startsWith(`${name},`)));
  const register = readFileSync(`${PUBLISHED}/authorities.csv`, 'utf8').trimEnd();
  const newline = register.includes('\r\n') ? '\r\n' : '\n';
  writeFileSync(
    join(root, FOLDERS.dataFile('authorities.csv')),
    [register, ...fixtureRows.map((row) => row.trimEnd()), ''].join(newline),
  );
  writeFileSync(
    join(root, FOLDERS.dataFile('reported-grades.csv')),
    readFileSync(`${PUBLISHED}/reported-grades.csv`),
  );
  const extra = fixtureAuthorities.length;
  const totals = (
    JSON.parse(readFileSync(`${PUBLISHED}/national-totals.json`, 'utf8')) as Array<{
      authorities: number;
      grades: Record<string, number>;
    }>
  ).map((year) => ({
    ...year,
    authorities: year.authorities + 4 * extra,
    grades: Object.fromEntries(Object.entries(year.grades).map(([grade, n]) => [grade, n + extra])),
  }));
  writeFileSync(join(root, FOLDERS.dataFile('national-totals.json')), JSON.stringify(totals));
  return root;
}
