/**
 * Finds the Chromium the browser tests drive. Playwright's own browser download cannot
 * work on machines without general internet access, so the tests use the system's
 * Chromium (Debian's `chromium` package), or CHROMIUM_PATH where set.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path of a Chromium to drive, or undefined where there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return isExecutable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * Flags for a headless Chromium on a machine with a closed network: without the
 * background-networking ones Chromium keeps trying to reach its vendor's services.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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

/**
 * The Chromium to drive: found, or installed from Debian's `chromium` package where this
 * runs as root with apt. Otherwise an error that says what to install.
 */
export function ensureChromium(): string {
  let chromium = findChromium();
  if (!chromium && canInstallWithApt()) {
    console.log("No Chromium found: installing Debian's chromium package for the browser tests…");
    if (
      aptGet(['update', '-qq']) &&
      aptGet(['install', '-y', '-qq', '--no-install-recommends', 'chromium'])
    ) {
      chromium = findChromium();
    }
  }
  if (!chromium) {
    throw new Error(
      [
        'The browser tests need Chromium, and none was found.',
        "Install your system's Chromium package (on Debian or Ubuntu: `sudo apt-get install chromium`),",
        'or set CHROMIUM_PATH to a Chromium or Chrome executable, then run the command again.',
        '(The tests do not download a browser of their own: they drive the one installed on the system.)',
      ].join('\n'),
    );
  }
  return chromium;
}
