/**
 * Run before the browser tests: makes sure a Chromium is there. Where none is and this
 * runs as root on a machine with apt, it installs Debian's `chromium` package; anywhere
 * else it stops and says what to install.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.ts';

function canInstallWithApt(): boolean {
  const isRoot = process.getuid?.() === 0;
  return isRoot && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

function aptGet(args: string[]): boolean {
  const result = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

let chromium = findChromium();
if (!chromium && canInstallWithApt()) {
  console.log("No Chromium found: installing Debian's chromium package for the browser tests…");
  if (aptGet(['update', '-qq']) && aptGet(['install', '-y', '-qq', '--no-install-recommends', 'chromium'])) {
    chromium = findChromium();
  }
}

if (!chromium) {
  console.error(
    [
      'The browser tests need Chromium, and none was found.',
      "Install your system's Chromium package (on Debian or Ubuntu: `sudo apt-get install chromium`),",
      'or set CHROMIUM_PATH to a Chromium or Chrome executable, then run `npm test` again.',
      '(`npx playwright install` is not used: it downloads a browser, which this project does not rely on.)',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Browser tests will drive ${chromium}`);
