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
 * --producer limits the run to one. Exits 1 if any layout failed. Writes the figures as
 * JSON (--out); with --docs, to docs/figures/pdf-layouts.json, rewriting the passages
 * that quote them (scripts/bench/layouts.ts). --known-failing rewrites the unit tests' list of layouts
 * the reader does not read yet (scripts/pdf-known-failing.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { commandLine, orExit, UsageError, wholeNumber } from '../cli.ts';
import { letterPdf } from '../letter-pdf.ts';
import { syntheticDataFiles, syntheticPlan } from '../synthetic-archive.ts';
import { layoutKey, propertyJobs, tryProducer } from '../pdf-layouts.ts';
import { knownFailingAfter, readKnownFailing, writeKnownFailing } from '../pdf-known-failing.ts';
import { PDF_PRODUCERS, PRODUCER_NAMES, type ProducerName } from '../pdf-producers.ts';
import { FIGURES_FILE, layoutsBench, writeFigures } from './layouts.ts';
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

const USAGE = `usage: npm run bench:pdf -- [--letters 445] [--layouts 1000 [--out results.json | --docs]]
                                 [--producer chromium]
       npm run bench:pdf -- --known-failing [--add] [--producer chromium]

Writes that many synthetic letters as Ofsted-like PDFs into a temporary folder and times
one import of the folder: letters per second and the importer's peak memory. Reported,
never asserted. With --layouts, tries the PDF reader on that many layouts drawn from
seeds 1 to N, spread over every PDF producer (pdfkit, chromium, libreoffice), and reports
for each producer how many passed, and each failing seed (exit 1 if any failed), and
writes them as JSON.

  --letters <n>      how many letters to time (default 445; not run with --layouts alone)
  --layouts <n>      how many layouts to try
  --out <file>       where to write the layouts' JSON (default results.json in a temporary folder)
  --docs             write it to docs/figures/pdf-layouts.json instead, and rewrite the
                     passages of docs/importing.md and README.md that quote it
  --producer <name>  try the layouts on one producer only: ${PRODUCER_NAMES.join(', ')}
  --known-failing    try the unit tests' layouts of chromium and libreoffice (or --producer)
                     and rewrite tests/unit/pdf-known-failing.json: layouts that now read
                     go, the others take their failure as seen now
  --add              with --known-failing, also list layouts that read before and fail now
                     (otherwise they are named as regressions, and exit 1)
  -h, --help         show this help`;

/** Tries the layouts, prints each producer's result and writes the figures; true if any failed. */
async function runLayouts(
  layouts: number,
  producers: readonly ProducerName[],
  out: string | undefined,
  docs: boolean,
): Promise<boolean> {
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
    for (const { seed, letter, failure } of failures)
      console.log(`  failed: seed ${seed} (${letter}): ${failure}`);
  }
  console.log(`(${seconds} s, the producers' PDFs taken from their cache where made before)`);
  const figures = { layouts, producers: results };
  if (docs) {
    writeFigures(figures);
    console.log(
      `Figures written to ${relative(process.cwd(), FIGURES_FILE)} and quoted in docs/importing.md and README.md`,
    );
  } else {
    const file = out ?? join(mkdtempSync(join(tmpdir(), 'bench-pdf-layouts-')), 'results.json');
    writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`Figures written to ${file}`);
  }
  return results.some((result) => result.failures.length > 0);
}

/** Rewrites the list of layouts the reader does not read yet; true if a layout regressed. */
async function refreshKnownFailing(producers: readonly ProducerName[], add: boolean): Promise<boolean> {
  const list = readKnownFailing();
  const jobs = propertyJobs();
  let regressed = false;
  for (const name of producers) {
    const producer = PDF_PRODUCERS[name];
    if (producer.absence()) {
      console.log(`${name}: not tried, ${producer.absence()}; its entries are kept as they are`);
      continue;
    }
    const trials = await tryProducer(producer, jobs);
    const outcomes = new Map(trials.map((trial, i) => [layoutKey(jobs[i]!), trial.failure]));
    const before = list[name] ?? {};
    const after = knownFailingAfter(before, outcomes, add);
    list[name] = after.list;
    const gone = Object.keys(before).filter((key) => !(key in after.list)).length;
    console.log(
      `${name}: ${Object.keys(after.list).length} of ${jobs.length} layouts listed (${gone} taken out)`,
    );
    for (const regression of after.regressions) console.log(`  regression: ${regression}`);
    regressed ||= after.regressions.length > 0;
  }
  writeKnownFailing(list);
  return regressed;
}

if (import.meta.main) {
  const options = orExit('bench:pdf', () => {
    const { values } = commandLine(process.argv.slice(2), {
      name: 'bench:pdf',
      usage: USAGE,
      options: {
        letters: { type: 'string' },
        layouts: { type: 'string' },
        producer: { type: 'string' },
        out: { type: 'string' },
        docs: { type: 'boolean', default: false },
        'known-failing': { type: 'boolean', default: false },
        add: { type: 'boolean', default: false },
      },
    });
    const producer = values.producer;
    if (producer !== undefined && !(PRODUCER_NAMES as readonly string[]).includes(producer))
      throw new UsageError(`--producer takes one of ${PRODUCER_NAMES.join(', ')}, not "${producer}"`);
    if (values.add && !values['known-failing']) throw new UsageError('--add goes with --known-failing');
    if ((values.docs || values.out !== undefined) && values.layouts === undefined)
      throw new UsageError(`--${values.docs ? 'docs' : 'out'} goes with --layouts`);
    if (values.docs && producer !== undefined)
      throw new UsageError('--docs quotes every producer, so it does not go with --producer');
    const knownFailing = values['known-failing'];
    return {
      producers: producer === undefined ? PRODUCER_NAMES : [producer as ProducerName],
      knownFailing,
      add: values.add,
      docs: values.docs,
      out: values.out,
      layouts: values.layouts === undefined ? undefined : wholeNumber('layouts', values.layouts, 1, '1000'),
      letters:
        values.letters !== undefined || (values.layouts === undefined && !knownFailing)
          ? wholeNumber('letters', values.letters ?? '445', 1, '445')
          : undefined,
    };
  });
  let failed = false;
  if (options.knownFailing) {
    const producers =
      options.producers.length === 1 ? options.producers : (['chromium', 'libreoffice'] as const);
    failed = await refreshKnownFailing(producers, options.add);
  }
  if (options.layouts !== undefined)
    failed = (await runLayouts(options.layouts, options.producers, options.out, options.docs)) || failed;
  if (options.letters !== undefined) {
    console.log(`Writing ${options.letters} PDFs and importing them …`);
    const figures = await pdfImportBench(options.letters);
    console.log(
      `PDF import: ${figures.letters} letters (${figures.megabytes} MB of PDF) in ${figures.seconds} s, ` +
        `${figures.lettersPerSecond} letters/s, peak ${figures.peakRssMb} MB`,
    );
  }
  if (failed) process.exit(1);
}
