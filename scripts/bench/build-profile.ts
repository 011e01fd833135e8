/**
 * Where a build's time goes, read from what `astro build` prints as it works: each phase
 * from when its first line arrived, and each page's render time from the "(+12ms)" Astro
 * prints beside it, summed by the kind of page. The site renders a few pages at once
 * (build.concurrency), so those sums overlap: they show which pages cost most, and add up to
 * more than the pages phase.
 */
import { pageKind, type PageKind } from '../../src/lib/site/routes.ts';

/** A line of the build's output and when it arrived, in ms since the build started. */
export interface LogLine {
  at: number;
  text: string;
}

export interface BuildProfile {
  /**
   * Seconds in each phase; they add up to the whole build. `index` is Pagefind's run, from
   * its integration's "Indexing …" line to its last "Indexed N pages" line; `finish` is
   * what is left after the pages: the other integrations' hooks and the process's exit.
   */
  phases: Record<'setup' | 'bundle' | 'pages' | 'index' | 'finish', number>;
  /** Pages rendered and the seconds spent rendering them, by kind of page. */
  pages: Partial<Record<PageKind, { count: number; seconds: number }>>;
}

const ROUTE = /[├└]─ (\/\S*) \(\+(\d+(?:\.\d+)?)(ms|s)\)/;

// eslint-disable-next-line no-control-regex
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** `base` is the path the site is built under, which the printed routes start with. */
export function buildProfile(lines: readonly LogLine[], totalMs: number, base = '/'): BuildProfile {
  const first = (pattern: RegExp) => lines.find((l) => pattern.test(plain(l.text)))?.at;
  const last = (pattern: RegExp) => lines.findLast((l) => pattern.test(plain(l.text)))?.at;
  const routes = lines.filter((l) => ROUTE.test(plain(l.text)));
  const bundleAt = first(/Building static entrypoints/) ?? 0;
  const pagesAt = first(/generating static routes/) ?? routes[0]?.at ?? bundleAt;
  const pagesEnd = routes.at(-1)?.at ?? pagesAt;
  // Pagefind's run, from the line its integration prints as it starts to the last it
  // prints when done; a build that prints neither has no index phase.
  const indexAt = first(/\] Indexing /) ?? pagesEnd;
  const indexEnd = last(/\] Indexed \d+ pages/) ?? indexAt;
  const s = (ms: number) => Number((Math.max(ms, 0) / 1000).toFixed(2));

  const pages: BuildProfile['pages'] = {};
  for (const line of routes) {
    const [, path, amount, unit] = ROUTE.exec(plain(line.text))!;
    const file = path!.slice(base.length - 1).replace(/^\//, '');
    const kind = pageKind(file.replace(/index\.html$/, ''));
    const ms = Number(amount) * (unit === 's' ? 1000 : 1);
    const entry = (pages[kind] ??= { count: 0, seconds: 0 });
    entry.count += 1;
    entry.seconds += ms / 1000;
  }
  for (const entry of Object.values(pages)) entry.seconds = Number(entry.seconds.toFixed(2));

  return {
    phases: {
      setup: s(bundleAt),
      bundle: s(pagesAt - bundleAt),
      pages: s(pagesEnd - pagesAt),
      index: s(indexEnd - indexAt),
      // The rest: the other integrations' hooks (sitemap, headers), before Pagefind or
      // after it, and the end of the process.
      finish: s(totalMs - pagesEnd - (indexEnd - indexAt)),
    },
    pages,
  };
}

/** "setup 3.1 s · bundle 4.0 s · …" and "letter 1000 in 9.1 s (9.1 ms each) · …" */
export function describeProfile(profile: BuildProfile): [string, string] {
  const phases = Object.entries(profile.phases)
    .map(([phase, seconds]) => `${phase} ${seconds.toFixed(1)} s`)
    .join(' · ');
  const pages = Object.entries(profile.pages)
    .sort(([, a], [, b]) => b.seconds - a.seconds)
    .map(
      ([kind, { count, seconds }]) =>
        `${kind} ${count} in ${seconds.toFixed(1)} s (${((seconds * 1000) / count).toFixed(1)} ms each)`,
    )
    .join(' · ');
  return [phases, pages];
}
