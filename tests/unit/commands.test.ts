/**
 * Every command answers --help with its usage, and a user's mistake gets one clear line
 * and exit status 2, never a stack trace, before any work starts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const COMMANDS = {
  import: 'scripts/import.ts',
  'grow-archive': 'scripts/grow-archive.ts',
  bench: 'scripts/bench.ts',
  'bench:pdf': 'scripts/bench/pdf-import.ts',
  fixtures: 'scripts/make-fixture-archive.ts',
} as const;

const run = (name: keyof typeof COMMANDS, ...args: string[]) =>
  spawnSync(process.execPath, [COMMANDS[name], ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
  });

/** The one line a mistake gets: the command's name, what is wrong, where help is. No stack. */
function expectOneLine(result: ReturnType<typeof run>, name: string, what: string | RegExp) {
  expect(result.status).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^${name}: `));
  expect(lines[0]).toMatch(what);
  expect(lines[0]).toContain(`npm run ${name} -- --help`);
  expect(result.stdout).toBe('');
}

describe('every command', { timeout: 120_000 }, () => {
  test.each(Object.keys(COMMANDS) as Array<keyof typeof COMMANDS>)('%s --help prints its usage', (name) => {
    const result = run(name, '--help');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(new RegExp(`^usage: npm run ${name}\\b`));
    expect(result.stdout).toContain('--help');
  });

  test.each(Object.keys(COMMANDS) as Array<keyof typeof COMMANDS>)(
    '%s with an unknown option: one line, exit status 2',
    (name) => {
      expectOneLine(run(name, '--no-such-option'), name, 'unknown option --no-such-option');
    },
  );
});

describe('a mistake names what is wrong', { timeout: 120_000 }, () => {
  test('import: a folder that is not there, an option without its value', () => {
    expectOneLine(run('import', 'no/such/folder'), 'import', 'no/such/folder: no such file or folder');
    expectOneLine(run('import', 'content/sources', '--added'), 'import', '--added needs a value');
  });

  test('grow-archive: a count that is not a whole number', () => {
    expectOneLine(
      run('grow-archive', join(tmpdir(), 'x'), '--letters', 'many'),
      'grow-archive',
      /--letters takes a whole number/,
    );
  });

  test('grow-archive: more letters than fit is refused before anything is written', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'grow-')), 'archive');
    const result = run('grow-archive', folder, '--letters', '100000');
    expectOneLine(
      result,
      'grow-archive',
      /^grow-archive: --letters 100000: at most \d+ synthetic letters fit .*; nothing written/,
    );
    expect(existsSync(folder)).toBe(false);
  });
});
