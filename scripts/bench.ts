/**
 * npm run bench -- --letters 1000 [--runs 3] [--out results.json] [--keep] [--doc]
 *
 * Measures, on one set of generated letters: a bare Astro site that renders them with
 * one minimal template and indexes them (the baseline, in scripts/bench/baseline/), and
 * the real site's build; then page weights and, in Chromium, the search figures against
 * their targets (scripts/bench/search.ts). Prints a table and writes JSON. Figures are
 * reported, never asserted: speed is not a test.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { buildProfile, describeProfile, type BuildProfile, type LogLine } from './bench/build-profile.ts';
import { measureSearch, searchRows } from './bench/search.ts';
import { benchBlock, withBenchBlock } from './bench/doc-block.ts';
import { writeSyntheticArchive } from './synthetic-archive.ts';
import { commandLine, orExit, wholeNumber } from './cli.ts';
import { pageKind, type PageKind } from '../src/lib/site/routes.ts';
import { buildCacheDirectory } from '../src/lib/site/site-config.ts';

const USAGE = `usage: npm run bench -- [--letters 1000] [--runs 1] [--out results.json] [--keep] [--doc]

Generates that many synthetic letters in a temporary folder, builds a bare Astro site over
them (the baseline) and the real site, then measures page weights and, in Chromium, the
search. Prints a table and writes JSON. Figures are reported, never asserted.

  --letters <n>    how many synthetic letters (default 1000)
  --runs <n>       build each site n times and keep the fastest (default 1)
  --out <file>     where to write the JSON (default results.json in the temporary folder)
  --keep           keep the temporary folder
  --doc            also write the JSON to docs/performance.json and its figures into
                   docs/performance.md (the block between its bench markers)
  -h, --help       show this help`;

const { values, count, runs } = orExit('bench', () => {
  const { values } = commandLine(process.argv.slice(2), {
    name: 'bench',
    usage: USAGE,
    options: {
      letters: { type: 'string', default: '1000' },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
      doc: { type: 'boolean', default: false },
      runs: { type: 'string', default: '1' },
    },
  });
  return {
    values,
    count: wholeNumber('letters', values.letters, 1, '1000'),
    runs: wholeNumber('runs', values.runs, 1, '3'),
  };
});
const work = mkdtempSync(join(tmpdir(), `bench-${count}-`));
const out = values.out ?? join(work, 'results.json');

/**
 * A process and all its descendants now, from /proc: their resident memory, in bytes, and
 * each one's processor time so far (user and system, in the kernel's ticks of 1/100 s).
 */
function processTree(root: number): { rss: number; ticks: Map<number, number> } {
  const children = new Map<number, number[]>();
  const stats = new Map<number, { rss: number; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
      stats.set(pid, { rss: Number(fields[21]) * 4096, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while we looked.
    }
  }
  let rss = 0;
  const ticks = new Map<number, number>();
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const stat = stats.get(pid);
    if (stat) {
      rss += stat.rss;
      ticks.set(pid, stat.ticks);
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { rss, ticks };
}

interface Run {
  /** The fastest run: the least disturbed by whatever else the machine was doing. */
  seconds: number;
  peakRssMb: number;
  /**
   * Processor seconds (user and system) of each run's process tree, sampled every 100 ms, in
   * order: what the build asked of the machine, which another's load changes less than it
   * changes the seconds.
   */
  allCpuSeconds: number[];
  /** Every run's seconds, in order. */
  allSeconds: number[];
  /** Where the fastest run's time went. */
  profile: BuildProfile;
}

type Measured = { seconds: number; cpuSeconds: number; peakRssMb: number; profile: BuildProfile };

/** Runs a command to the end, timing it and sampling its process tree's memory and processor time every 100 ms. */
function measureOnce(args: string[], env: Record<string, string>): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    const lines: LogLine[] = [];
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (text) => {
        log += `${text}\n`;
        lines.push({ at: performance.now() - started, text });
      });
    }
    let peak = 0;
    // Each process's processor time when last seen: Pagefind's processes are not waited
    // for (they outlive the build's close of them), so only sampling sees what they used.
    const ticks = new Map<number, number>();
    const timer = setInterval(() => {
      const tree = processTree(child.pid!);
      peak = Math.max(peak, tree.rss);
      for (const [pid, t] of tree.ticks) ticks.set(pid, Math.max(t, ticks.get(pid) ?? 0));
    }, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      if (code !== 0) reject(new Error(`${args.join(' ')} failed (${code}):\n${log.slice(-4000)}`));
      else
        resolve({
          seconds: ms / 1000,
          cpuSeconds: [...ticks.values()].reduce((a, b) => a + b, 0) / 100,
          peakRssMb: peak / 2 ** 20,
          profile: buildProfile(lines, ms),
        });
    });
  });
}

/** The baseline and the site take turns, so both see the same state of the machine. */
async function measureBoth(
  baselineArgs: string[],
  baselineEnv: Record<string, string>,
  siteArgs: string[],
  siteEnv: Record<string, string>,
): Promise<[Run, Run]> {
  const baselineRuns = [];
  const siteRuns = [];
  for (let i = 0; i < runs; i++) {
    console.log(`Run ${i + 1} of ${runs}: baseline …`);
    baselineRuns.push(await measureOnce(baselineArgs, baselineEnv));
    console.log(`Run ${i + 1} of ${runs}: site …`);
    siteRuns.push(await measureOnce(siteArgs, siteEnv));
  }
  const summary = (all: Measured[]): Run => {
    const fastest = all.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    return {
      seconds: fastest.seconds,
      peakRssMb: Math.max(...all.map((r) => r.peakRssMb)),
      allSeconds: all.map((r) => Number(r.seconds.toFixed(1))),
      allCpuSeconds: all.map((r) => Number(r.cpuSeconds.toFixed(1))),
      profile: fastest.profile,
    };
  };
  return [summary(baselineRuns), summary(siteRuns)];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile());
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** HTML bytes of a page plus the bytes of the stylesheets and scripts it links. */
function pageWeight(dist: string, file: string) {
  const html = readFileSync(file, 'utf8');
  const linked = (pattern: RegExp) =>
    sum([...html.matchAll(pattern)].map((m) => statSync(join(dist, m[1]!.replace(/^\//, ''))).size));
  return {
    htmlCss: Buffer.byteLength(html) + linked(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
    js: linked(/<script[^>]+src="([^"]+)"/g),
  };
}

function weights(dist: string, kind: PageKind) {
  const pages = filesUnder(join(dist, 'authorities'))
    .concat(filesUnder(join(dist, 'years')))
    .filter(
      (f) => f.endsWith('/index.html') && pageKind(f.slice(dist.length + 1, -'index.html'.length)) === kind,
    );
  const all = pages.map((file) => pageWeight(dist, file));
  const htmlCss = all.map((w) => w.htmlCss);
  return {
    pages: pages.length,
    medianBytes: median(htmlCss),
    maxBytes: Math.max(...htmlCss),
    maxJsBytes: Math.max(...all.map((w) => w.js)),
  };
}

/** The heaviest page the site builds, HTML and CSS, whatever its kind: the 60 KB budget's subject. */
function heaviestPage(dist: string) {
  const pages = filesUnder(dist).filter((f) => f.endsWith('.html') && !f.startsWith(join(dist, 'pagefind')));
  const [bytes, file] = pages
    .map((file) => [pageWeight(dist, file).htmlCss, file] as const)
    .reduce((a, b) => (b[0] > a[0] ? b : a));
  return { page: file.slice(dist.length + 1), bytes };
}

console.log(`Generating ${count} letters in ${work} …`);
const generated = performance.now();
const letters = writeSyntheticArchive(work, count);
const generateSeconds = (performance.now() - generated) / 1000;

// The machine's load as the builds begin, as `uptime` prints it: figures depend on it.
const loadAverage = loadavg().map((n) => Number(n.toFixed(2)));
const baselineDist = join(work, 'baseline');
const siteDist = join(work, 'site');
const [baseline, site] = await measureBoth(
  ['node_modules/astro/bin/astro.mjs', 'build', '--root', 'scripts/bench/baseline'],
  { LETTERS_DIR: letters, OUT_DIR: baselineDist },
  ['node_modules/astro/bin/astro.mjs', 'build'],
  { LETTERS_DIR: letters, OUT_DIR: siteDist },
);

const index = filesUnder(join(siteDist, 'pagefind'));
console.log('Searching in Chromium …');
const search = await measureSearch(siteDist);

const results = {
  letters: count,
  loadAverage,
  generatedSeconds: Number(generateSeconds.toFixed(1)),
  baseline: { ...baseline, pages: filesUnder(baselineDist).filter((f) => f.endsWith('.html')).length },
  site: { ...site, pages: filesUnder(siteDist).filter((f) => f.endsWith('.html')).length },
  siteOverBaseline: Number((site.seconds / baseline.seconds).toFixed(2)),
  // Where the fastest runs' seconds went, phase by phase, side by side (scripts/bench/build-profile.ts).
  phases: Object.fromEntries(
    Object.entries(site.profile.phases).map(([phase, seconds]) => [
      phase,
      { site: seconds, baseline: baseline.profile.phases[phase as keyof BuildProfile['phases']] },
    ]),
  ),
  // Each run's site build over the baseline build just before it: the spread shows the noise.
  ratios: site.allSeconds.map((s, i) => Number((s / baseline.allSeconds[i]!).toFixed(2))),
  siteSecondsPerLetter: Number((site.seconds / count).toFixed(4)),
  pagefind: { bytes: sum(index.map((f) => statSync(f).size)), files: index.length },
  letterPage: weights(siteDist, 'letter'),
  authorityPage: weights(siteDist, 'authority'),
  yearPage: weights(siteDist, 'year'),
  heaviestPage: heaviestPage(siteDist),
  search,
};
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
if (values.doc) {
  // One owner for the figures: the doc's block is made from the JSON kept beside it.
  writeFileSync('docs/performance.json', `${JSON.stringify(results, null, 2)}\n`);
  const doc = readFileSync('docs/performance.md', 'utf8');
  writeFileSync('docs/performance.md', withBenchBlock(doc, benchBlock(results)));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows: Array<[string, string]> = [
  ['letters', String(count)],
  ['load average', `${loadAverage.join(', ')} (1, 5, 15 minutes) as the builds began`],
  [
    'baseline build',
    `${baseline.seconds.toFixed(1)} s (runs ${baseline.allSeconds.join(', ')}), peak ${baseline.peakRssMb.toFixed(0)} MB, ${results.baseline.pages} pages`,
  ],
  [
    'site build',
    `${site.seconds.toFixed(1)} s (runs ${site.allSeconds.join(', ')}), peak ${site.peakRssMb.toFixed(0)} MB, ${results.site.pages} pages`,
  ],
  ['site / baseline', `${results.siteOverBaseline}× (fastest runs; per run ${results.ratios.join(', ')})`],
  [
    'processor seconds',
    `site ${site.allCpuSeconds.join(', ')}; baseline ${baseline.allCpuSeconds.join(', ')} (per run, user and system)`,
  ],
  ['site phases', describeProfile(site.profile)[0]],
  // Astro renders a few pages at once (build.concurrency), so these times overlap.
  ['site page renders', `${describeProfile(site.profile)[1]} (overlapping)`],
  ['baseline phases', describeProfile(baseline.profile)[0]],
  ['site per letter', `${(results.siteSecondsPerLetter * 1000).toFixed(1)} ms`],
  ['Pagefind index', `${kb(results.pagefind.bytes)} in ${results.pagefind.files} files`],
  [
    'letter page HTML+CSS',
    `median ${kb(results.letterPage.medianBytes)}, max ${kb(results.letterPage.maxBytes)}; JS ${results.letterPage.maxJsBytes} B`,
  ],
  [
    'authority page HTML+CSS',
    `median ${kb(results.authorityPage.medianBytes)}, max ${kb(results.authorityPage.maxBytes)}`,
  ],
  ['year page HTML+CSS', `median ${kb(results.yearPage.medianBytes)}, max ${kb(results.yearPage.maxBytes)}`],
  ['heaviest page HTML+CSS', `${kb(results.heaviestPage.bytes)} (${results.heaviestPage.page})`],
  ...searchRows(search),
];
const width = Math.max(...rows.map(([name]) => name.length));
console.log(`\n${rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n')}\n\nJSON: ${out}`);
if (!values.keep) {
  for (const dir of ['letters', 'sources', 'baseline', 'site'])
    rmSync(join(work, dir), { recursive: true, force: true });
  rmSync(`${baselineDist}-cache`, { recursive: true, force: true });
  // The site's content cache for these letters and this output folder, as astro.config.mjs names it.
  rmSync(buildCacheDirectory({ LETTERS_DIR: letters, OUT_DIR: siteDist }), { recursive: true, force: true });
}
