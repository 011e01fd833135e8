/**
 * npm run bench:pdf -- [--letters 445] [--layouts 1000]
 *
 * PDF import throughput (--letters, 445 unless --layouts alone is given): writes that
 * many synthetic letters as Ofsted-like PDFs (about 1,500 words, 3 to 4 pages each) into
 * a temporary folder, then times one run of the real importer over the folder, into a
 * scratch project, and reports letters per second and the importer's peak memory.
 * Reported, never asserted: speed is not a test.
 *
 * The reader's golden property (--layouts N): seeds 1 to N each take a producer
 * (scripts/pdf-producers.ts: pdfkit, Chromium's print, LibreOffice Writer) and a letter of
 * the fixture tree in turn, and the producer's layout for the seed; each letter is typeset,
 * read back and its MDX compared with the MDX of its text. Reports, for each producer, how
 * many layouts were tried and passed, and each failing seed with its letter and the first
 * difference; a producer that cannot run here is named and its seeds go to the others.
 * --producer limits the run to one. Exits 1 if any layout failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandLine, orExit, UsageError, wholeNumber } from '../cli.ts';
import { letterPdf } from '../letter-pdf.ts';
import { syntheticDataFiles, syntheticPlan } from '../synthetic-archive.ts';
import { tryProducer } from '../pdf-layouts.ts';
import { PDF_PRODUCERS, PRODUCER_NAMES, type ProducerName } from '../pdf-producers.ts';
import { syntheticLetterText } from '../synthetic-letters.ts';

export interface PdfImportFigures {
  letters: number;
  megabytes: number;
  seconds: number;
  lettersPerSecond: number;
  peakRssMb: number;
}

export async function pdfImportBench(count: number): Promise<PdfImportFigures> {
  const work = mkdtempSync(join(tmpdir(), `bench-pdf-${count}-`));
  try {
    const inbox = join(work, 'inbox');
    mkdirSync(inbox);
    // The import is checked against the archive's data files: the synthetic ones.
    const plan = syntheticPlan(count);
    mkdirSync(join(work, 'content'));
    for (const [file, text] of Object.entries(syntheticDataFiles(plan)))
      writeFileSync(join(work, 'content', file), text);
    let bytes = 0;
    for (const [i, spec] of plan.entries()) {
      const pdf = await letterPdf(syntheticLetterText(spec));
      bytes += pdf.length;
      writeFileSync(join(inbox, `${String(i).padStart(4, '0')}.pdf`), pdf);
    }
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      ['--import', './scripts/bench/report-rss.ts', 'scripts/import.ts', '--root', work, inbox],
      { encoding: 'utf8', env: { ...process.env, CI: '1' }, maxBuffer: 64 * 2 ** 20 },
    );
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`the import failed (${run.status}):\n${run.stderr.slice(-4000)}`);
    const written = statSync(join(work, 'content/letters')).isDirectory();
    if (!written || !run.stdout.includes(`Summary: ${count} imported`)) {
      throw new Error(`the import did not take every letter:\n${run.stdout.slice(-2000)}`);
    }
    const peakKb = Number(/peak-rss-kb (\d+)/.exec(run.stderr)![1]);
    return {
      letters: count,
      megabytes: Number((bytes / 2 ** 20).toFixed(1)),
      seconds: Number(seconds.toFixed(1)),
      lettersPerSecond: Number((count / seconds).toFixed(1)),
      peakRssMb: Math.round(peakKb / 1024),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const USAGE = `usage: npm run bench:pdf -- [--letters 445] [--layouts 1000] [--producer chromium]

Writes that many synthetic letters as Ofsted-like PDFs into a temporary folder and times
one import of the folder: letters per second and the importer's peak memory. Reported,
never asserted. With --layouts, tries the PDF reader on that many layouts drawn from
seeds 1 to N, spread over every PDF producer (pdfkit, chromium, libreoffice), and reports
for each producer how many passed, and each failing seed (exit 1 if any failed).

  --letters <n>      how many letters to time (default 445; not run with --layouts alone)
  --layouts <n>      how many layouts to try
  --producer <name>  try the layouts on one producer only: ${PRODUCER_NAMES.join(', ')}
  -h, --help         show this help`;

/** The letters the layouts are tried on: the fixture tree's published and fixture texts. */
function fixtureLetters(): string[] {
  return ['tests/fixtures/published/sources', 'tests/fixtures/sources'].flatMap((dir) =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => join(dir, name)),
  );
}

export interface ProducerResult {
  producer: ProducerName;
  tried: number;
  passed: number;
  failures: string[];
  /** Why the producer was not tried here (soffice missing); its seeds went to the others. */
  absent?: string;
}

/** Seeds 1 to `count`, each with a producer (in turn, among those that can run) and a letter. */
export async function layoutsBench(
  count: number,
  names: readonly ProducerName[] = PRODUCER_NAMES,
): Promise<ProducerResult[]> {
  const letters = fixtureLetters().map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const absent = names.flatMap((name) => {
    const why = PDF_PRODUCERS[name].absence();
    return why ? [{ producer: name, tried: 0, passed: 0, failures: [], absent: why }] : [];
  });
  const running = names.filter((name) => !absent.some((a) => a.producer === name));
  const results: ProducerResult[] = [];
  for (const [p, name] of running.entries()) {
    const jobs: Array<{ path: string; text: string; seed: number }> = [];
    for (let seed = p + 1; seed <= count; seed += running.length) {
      const letter = letters[(seed - 1) % letters.length]!;
      jobs.push({ ...letter, seed });
    }
    const trials = await tryProducer(PDF_PRODUCERS[name], jobs);
    const failures = trials.flatMap((trial, i) =>
      trial.failure ? [`seed ${trial.seed} (${jobs[i]!.path}): ${trial.failure}`] : [],
    );
    results.push({ producer: name, tried: jobs.length, passed: jobs.length - failures.length, failures });
  }
  return [...results, ...absent];
}

if (import.meta.main) {
  const { letters, layouts, producers } = orExit('bench:pdf', () => {
    const { values } = commandLine(process.argv.slice(2), {
      name: 'bench:pdf',
      usage: USAGE,
      options: { letters: { type: 'string' }, layouts: { type: 'string' }, producer: { type: 'string' } },
    });
    const producer = values.producer;
    if (producer !== undefined && !(PRODUCER_NAMES as readonly string[]).includes(producer))
      throw new UsageError(`--producer takes one of ${PRODUCER_NAMES.join(', ')}, not "${producer}"`);
    return {
      producers: producer === undefined ? PRODUCER_NAMES : [producer as ProducerName],
      layouts: values.layouts === undefined ? undefined : wholeNumber('layouts', values.layouts, 1, '1000'),
      letters:
        values.letters !== undefined || values.layouts === undefined
          ? wholeNumber('letters', values.letters ?? '445', 1, '445')
          : undefined,
    };
  });
  let failed = false;
  if (layouts !== undefined) {
    console.log(`Trying the PDF reader on ${layouts} layouts by ${producers.join(', ')} …`);
    const started = performance.now();
    const results = await layoutsBench(layouts, producers);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    for (const { producer, tried, passed, failures, absent } of results) {
      if (absent) {
        console.log(`PDF layouts by ${producer}: not tried, ${absent}`);
        continue;
      }
      console.log(`PDF layouts by ${producer}: ${passed} of ${tried} layouts passed`);
      for (const failure of failures) console.log(`  failed: ${failure}`);
    }
    console.log(`(${seconds} s, the producers' PDFs taken from their cache where made before)`);
    failed = results.some((result) => result.failures.length > 0);
  }
  if (letters !== undefined) {
    console.log(`Writing ${letters} PDFs and importing them …`);
    const figures = await pdfImportBench(letters);
    console.log(
      `PDF import: ${figures.letters} letters (${figures.megabytes} MB of PDF) in ${figures.seconds} s, ` +
        `${figures.lettersPerSecond} letters/s, peak ${figures.peakRssMb} MB`,
    );
  }
  if (failed) process.exit(1);
}
