/**
 * Run before the browser tests: makes sure a Chromium is there. Where none is and this
 * runs as root on a machine with apt, it installs Debian's `chromium` package; anywhere
 * else it stops and says what to install.
 */
import { ensureChromium } from './chromium.ts';

try {
  console.log(`Browser tests will drive ${ensureChromium()}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
