/**
 * A build of the archive prints nothing per letter: at 445 letters, a few lines each
 * would bury a real error. Builds the fixture archive (12 letters) for real, so it takes
 * a few seconds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildCacheDirectory } from '../../src/lib/site/site-config.ts';

test('a build of the fixture archive warns about no letter', { timeout: 180_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), 'quiet-build-'));
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    LETTERS_DIR: 'tests/fixtures/letters',
    OUT_DIR: join(out, 'dist'),
  };
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env,
  });
  for (const dir of [out, buildCacheDirectory(env)]) rmSync(dir, { recursive: true, force: true });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).toBe(0);
  const warnings = output.split('\n').filter((line) => /\[WARN\]|warning/i.test(line));
  expect(warnings.filter((line) => /letters\/[^/\s]+\/\d{4}\.mdx/.test(line))).toEqual([]);
  expect(output).not.toContain('head-inject');
});
