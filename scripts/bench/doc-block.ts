/**
 * The benchmark's latest figures in docs/performance.md: a block between two markers, written
 * from the bench's JSON (kept beside the doc as docs/performance.json), never typed by hand.
 * `npm run bench -- --letters 445 --runs 3 --doc` rewrites both; a unit test checks the block
 * is what the JSON gives.
 */
import { searchRows, type SearchFigures } from './search.ts';
import type { BuildProfile } from './build-profile.ts';

export const BLOCK_START = '<!-- bench:start (written by `npm run bench -- --doc` from performance.json) -->';
export const BLOCK_END = '<!-- bench:end -->';

interface BuildRun {
  seconds: number;
  allSeconds: number[];
  /** Each run's processor seconds, user and system, of its whole process tree (sampled every 100 ms). */
  allCpuSeconds: number[];
  pages: number;
  profile: BuildProfile;
}

/** What the block reads from the bench's JSON (scripts/bench.ts writes more). */
export interface BenchResults {
  letters: number;
  /** The machine's load averages over 1, 5 and 15 minutes as the builds began (what `uptime` prints). */
  loadAverage?: number[];
  baseline: BuildRun;
  site: BuildRun;
  siteOverBaseline: number;
  ratios: number[];
  search: SearchFigures;
}

const PHASE_WORDS: Record<keyof BuildProfile['phases'], string> = {
  setup: 'setup (configuration, content sync)',
  bundle: 'bundle (Vite, MDX)',
  pages: 'pages (rendering)',
  index: 'index (Pagefind)',
  finish: 'finish (other hooks, exit)',
};

const seconds = (s: number) => `${s.toFixed(1)} s`;

/** The block's Markdown, markers included. */
export function benchBlock(results: BenchResults): string {
  const { site, baseline } = results;
  const runs = site.allSeconds.length;
  const load = results.loadAverage
    ? `, on a machine whose load average (\`uptime\`) was ${results.loadAverage.map((n) => n.toFixed(2)).join(', ')} as the builds began`
    : '';
  const phases = (Object.keys(PHASE_WORDS) as Array<keyof BuildProfile['phases']>).map(
    (phase) =>
      `| ${PHASE_WORDS[phase]} | ${seconds(site.profile.phases[phase])} | ${seconds(baseline.profile.phases[phase])} |`,
  );
  const renders = Object.entries(site.profile.pages)
    .sort(([, a], [, b]) => b.seconds - a.seconds)
    .map(([kind, { count, seconds: s }]) => `${count} ${kind} pages in ${seconds(s)}`)
    .join(', ');
  return [
    BLOCK_START,
    '',
    `The latest run: ${results.letters} synthetic letters, the fastest of ${runs} build${runs === 1 ? '' : 's'} of each site${load}.`,
    `The site's build took **${results.siteOverBaseline} ×** the bare Astro build's time (each run over the baseline build just before it: ${results.ratios.join(', ')}).`,
    '',
    '| | site | bare Astro |',
    '|---|---|---|',
    `| whole build | ${seconds(site.seconds)} (runs ${site.allSeconds.join(', ')}) | ${seconds(baseline.seconds)} (runs ${baseline.allSeconds.join(', ')}) |`,
    ...phases,
    `| processor seconds, each run | ${site.allCpuSeconds.join(', ')} | ${baseline.allCpuSeconds.join(', ')} |`,
    `| pages built | ${site.pages} | ${baseline.pages} |`,
    '',
    `Page render times, which overlap (four at a time): ${renders}.`,
    '',
    '| search, median of five visits | |',
    '|---|---|',
    ...searchRows(results.search).map(([name, value]) => `| ${name} | ${value} |`),
    '',
    BLOCK_END,
  ].join('\n');
}

/** The document with its block replaced by `block`; it must hold the two markers once each, in order. */
export function withBenchBlock(doc: string, block: string): string {
  const start = doc.indexOf(BLOCK_START);
  const end = doc.indexOf(BLOCK_END);
  if (start < 0 || end < start || doc.indexOf(BLOCK_START, start + 1) >= 0)
    throw new Error(`The document needs one "${BLOCK_START}" before one "${BLOCK_END}"`);
  return `${doc.slice(0, start)}${block}${doc.slice(end + BLOCK_END.length)}`;
}
