/**
 * Bad letters must stop the real build, with the file and field named. These run
 * `astro build` on small temporary archives, so they take seconds: they run with the
 * browser tests, after the builds, not in the unit suite. No browser is opened.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import type { NationalTotals } from '../../../src/lib/archive/national-totals.ts';
import { buildCacheDirectory } from '../../../src/lib/site/site-config.ts';

// Fixture letters, not the real archive's: these tests need exact wording, and the real
// archive's letters will change as it grows.
const FIXTURES = 'tests/fixtures';
const fixture = (path: string) => readFileSync(`${FIXTURES}/letters/${path}`, 'utf8');

/** Builds an archive of these letters beside the fixture data files, any of which `data` replaces. */
function buildLetters(files: Record<string, string>, data: Record<string, string> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'letters-'));
  const letters = join(root, 'letters');
  // Each letter names its published text in this archive's sources folder, as the build expects.
  const sources = `${relative(process.cwd(), root)}/sources/`;
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(letters, path, '..'), { recursive: true });
    writeFileSync(join(letters, path), text.replaceAll(`${FIXTURES}/sources/`, sources));
  }
  // The register, reported grades and national totals sit in the letters folder's parent.
  for (const name of ['authorities.csv', 'reported-grades.csv', 'national-totals.json']) {
    if (data[name] === undefined) cpSync(`${FIXTURES}/${name}`, join(root, name));
    else writeFileSync(join(root, name), data[name]);
  }
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    LETTERS_DIR: letters,
    OUT_DIR: join(root, 'dist'),
  };
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env,
  });
  for (const dir of [root, buildCacheDirectory(env)]) rmSync(dir, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

test.describe.configure({ timeout: 180_000 });

test('a letter in the wrong folder fails the build, naming the file and the field', () => {
  const { status, output } = buildLetters({ 'fern/2010.mdx': fixture('fernleigh/2010.mdx') });
  expect(status).not.toBe(0);
  expect(output).toMatch(/fern\/2010\.mdx: authority: "Fernleigh City Council" has the slug "fernleigh"/);
});

test('a letter stating a grade its year’s letter does not give fails the build, naming both', () => {
  const { status, output } = buildLetters({
    // Fernleigh's 2011 letter says it performed well in 2010; this 2010 letter says adequately.
    'fernleigh/2011.mdx': fixture('fernleigh/2011.mdx'),
    'fernleigh/2010.mdx': fixture('fernleigh/2010.mdx').replace('\ngrade: 3\n', '\ngrade: 2\n'),
  });
  expect(status).not.toBe(0);
  expect(output).toMatch(
    /fernleigh\/2011\.mdx: previous\.grade: states performs well \(3 of 4\) for 2010 .*, but \S*fernleigh\/2010\.mdx gives performs adequately \(2 of 4\)/,
  );
});

test('a grade off the scale fails the build, naming the letter and the field', () => {
  const { status, output } = buildLetters({
    'fernleigh/2010.mdx': fixture('fernleigh/2010.mdx').replace('\ngrade: 3\n', '\ngrade: 5\n'),
  });
  expect(status).not.toBe(0);
  expect(output).toContain('fernleigh/2010');
  expect(output).toMatch(/grade.*must be a whole number on the four-point scale/);
});

test('a letter whose authority is not in the register fails the build, with a suggestion', () => {
  const { status, output } = buildLetters({
    'fernligh/2010.mdx': fixture('fernleigh/2010.mdx').replace(
      'authority: Fernleigh City Council',
      'authority: Fernligh City Council',
    ),
  });
  expect(status).not.toBe(0);
  expect(output).toContain(
    'fernligh/2010.mdx: authority: "Fernligh City Council" is not a known authority (did you mean "Fernleigh"?)',
  );
});

test('more letters at a grade than Ofsted’s national total fails the build, naming every one counted', () => {
  // Ofsted's 2011 totals, with room for no authority performing well.
  const totals = (
    JSON.parse(readFileSync(`${FIXTURES}/national-totals.json`, 'utf8')) as NationalTotals[]
  ).map((year) =>
    year.year === 2011
      ? { ...year, grades: { ...year.grades, 3: 0, 2: year.grades[2] + year.grades[3] } }
      : year,
  );
  const { status, output } = buildLetters(
    { 'fernleigh/2011.mdx': fixture('fernleigh/2011.mdx') },
    { 'national-totals.json': JSON.stringify(totals) },
  );
  expect(status).not.toBe(0);
  expect(output).toMatch(
    /national-totals\.json: 2011: grades\.3: Ofsted's national total for "performs well" is 0, but the archive knows \d+: .*Fernleigh \(from the letter\)/,
  );
});
