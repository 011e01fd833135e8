import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.ts';

/**
 * Three built sites, each served by `astro preview`: the real archive (dist/), the
 * fixture archive of fictional authorities (dist-fixtures/), which has every kind of
 * grade change and compare page, and the real archive built under the sub-path
 * /archive/ (dist-subpath/). `npm test` builds all three before this runs.
 */
// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT) || 4399;
const SITES: Array<{ name: string; port: number; env: Record<string, string> }> = [
  { name: 'site', port: PORT, env: {} },
  {
    name: 'fixture-archive',
    port: PORT - 1,
    env: { OUT_DIR: './dist-fixtures', LETTERS_DIR: 'tests/fixtures/letters' },
  },
  { name: 'subpath', port: PORT - 2, env: { OUT_DIR: './dist-subpath', SITE_BASE: '/archive/' } },
];

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  // A page of a big archive (the home page lists every letter) can take axe longer than
  // the default 30 s on a busy 2-core machine.
  timeout: 60_000,
  forbidOnly: true,
  workers: 2,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    // One renderer process for all of a worker's tabs on a site, not one per tab: the
    // tabs of a worker share a context (fixtures.ts), and starting a process per test
    // cost more than most tests.
    launchOptions: { executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--process-per-site'] },
  },
  projects: [
    ...SITES.map((site) => ({
      name: site.name,
      testMatch: `${site.name}/**/*.e2e.ts`,
      use: { baseURL: `http://localhost:${site.port}` },
    })),
    // Builds that must fail: they run `astro build` themselves and open no page.
    { name: 'build', testMatch: 'build/**/*.e2e.ts' },
  ],
  webServer: SITES.map((site) => ({
    // Several preview servers of one project: --ignore-lock lets them (and a running `npm start`) coexist.
    command: `npm run preview -- --port ${site.port} --host localhost --ignore-lock`,
    url: `http://localhost:${site.port}${site.env.SITE_BASE ?? '/'}`,
    env: site.env,
    reuseExistingServer: false,
    timeout: 60_000,
  })),
});
