/**
 * Bad letters must stop the real build, with the file and field named. These run
 * `astro build` on small temporary archives, so they take seconds: they run with the
 * browser tests, after the builds, not in the unit suite. No browser is opened.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const LETTER = 'content/letters/cambridgeshire/2010.mdx';

function buildLetters(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'letters-'));
  const letters = join(root, 'letters');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(letters, path, '..'), { recursive: true });
    writeFileSync(join(letters, path), text);
  }
  cpSync('content/sources', join(root, 'sources'), { recursive: true });
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LETTERS_DIR: letters, OUT_DIR: join(root, 'dist') },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

test.describe.configure({ timeout: 180_000 });

test('a letter in the wrong folder fails the build, naming the file and the field', () => {
  const { status, output } = buildLetters({ 'cambs/2010.mdx': readFileSync(LETTER, 'utf8') });
  expect(status).not.toBe(0);
  expect(output).toMatch(
    /cambs\/2010\.mdx: authority: "Cambridgeshire County Council" has the slug "cambridgeshire"/,
  );
});

test('a letter stating a grade its year’s letter does not give fails the build, naming both', () => {
  const { status, output } = buildLetters({
    // Northamptonshire's 2011 letter says it performed adequately in 2010; this 2010 letter says well.
    'northamptonshire/2011.mdx': readFileSync('content/letters/northamptonshire/2011.mdx', 'utf8'),
    'northamptonshire/2010.mdx': readFileSync(LETTER, 'utf8').replace(
      '\nauthority: Cambridgeshire County Council\n',
      '\nauthority: Northamptonshire County Council\n',
    ),
  });
  expect(status).not.toBe(0);
  expect(output).toMatch(
    /northamptonshire\/2011\.mdx: previous\.grade: states performs adequately \(2 of 4\) for 2010 .*, but \S*northamptonshire\/2010\.mdx gives performs well \(3 of 4\)/,
  );
});

test('a grade off the scale fails the build, naming the letter and the field', () => {
  const { status, output } = buildLetters({
    'cambridgeshire/2010.mdx': readFileSync(LETTER, 'utf8').replace('\ngrade: 3\n', '\ngrade: 5\n'),
  });
  expect(status).not.toBe(0);
  expect(output).toContain('cambridgeshire/2010');
  expect(output).toMatch(/grade.*must be a whole number on the four-point scale/);
});
