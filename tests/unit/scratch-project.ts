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

const PUBLISHED = 'tests/fixtures/published';

/** The data files a scratch project holds, relative to it. */
export const DATA_FILES = [
  'content/authorities.csv',
  'content/national-totals.json',
  'content/reported-grades.csv',
];

export function scratchProject(fixtureAuthorities: string[] = []): string {
  const root = mkdtempSync(join(tmpdir(), 'import-'));
  mkdirSync(join(root, 'content'));
  const fixtureRows = readFileSync('tests/fixtures/authorities.csv', 'utf8')
    .split('\n')
    .filter((row) => fixtureAuthorities.some((name) => row.startsWith(`${name},`)));
  const register = readFileSync(`${PUBLISHED}/authorities.csv`, 'utf8').trimEnd();
  const newline = register.includes('\r\n') ? '\r\n' : '\n';
  writeFileSync(
    join(root, 'content/authorities.csv'),
    [register, ...fixtureRows.map((row) => row.trimEnd()), ''].join(newline),
  );
  writeFileSync(join(root, 'content/reported-grades.csv'), readFileSync(`${PUBLISHED}/reported-grades.csv`));
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
  writeFileSync(join(root, 'content/national-totals.json'), JSON.stringify(totals));
  return root;
}
