/**
 * npm run bench:pdf -- [--letters 445] [--layouts 1000]
 *
 * PDF import throughput (--letters, 445 unless --layouts alone is given): writes that
 * many synthetic letters as Ofsted-like PDFs (about 1,500 words, 3 to 4 pages each) into
 * a temporary folder, then times one run of the real importer over the folder, into a
 * scratch project, and reports letters per second and the importer's peak memory.
 * Reported, never asserted: speed is not a test.
 *
 * The reader's golden property (--layouts N): seeds 1 to N each draw a layout
 * (scripts/letter-pdf.ts, layoutFromSeed) and a letter of the fixture tree in turn; each
 * is typeset, read back and its MDX compared with the MDX of its text. Reports how many
 * layouts were tried and passed, and each failing seed with its letter and the first
 * difference; exits 1 if any failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandLine, orExit, wholeNumber } from '../cli.ts';
import { letterPdf } from '../letter-pdf.ts';
import { syntheticDataFiles, syntheticPlan } from '../synthetic-archive.ts';
import { tryLayout } from '../pdf-layouts.ts';
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

const USAGE = `usage: npm run bench:pdf -- [--letters 445] [--layouts 1000]

Writes that many synthetic letters as Ofsted-like PDFs into a temporary folder and times
one import of the folder: letters per second and the importer's peak memory. Reported,
never asserted. With --layouts, tries the PDF reader on that many layouts drawn from
seeds 1 to N and reports how many passed, and each failing seed (exit 1 if any failed).

  --letters <n>   how many letters to time (default 445; not run with --layouts alone)
  --layouts <n>   how many layouts to try
  -h, --help      show this help`;

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

export async function layoutsBench(count: number) {
  const letters = fixtureLetters().map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const failures: string[] = [];
  for (let seed = 1; seed <= count; seed++) {
    const letter = letters[(seed - 1) % letters.length]!;
    const trial = await tryLayout(letter.text, seed);
    if (trial.failure) failures.push(`seed ${seed} (${letter.path}): ${trial.failure}`);
  }
  return { tried: count, passed: count - failures.length, failures };
}

if (import.meta.main) {
  const { letters, layouts } = orExit('bench:pdf', () => {
    const { values } = commandLine(process.argv.slice(2), {
      name: 'bench:pdf',
      usage: USAGE,
      options: { letters: { type: 'string' }, layouts: { type: 'string' } },
    });
    return {
      layouts: values.layouts === undefined ? undefined : wholeNumber('layouts', values.layouts, 1, '1000'),
      letters:
        values.letters !== undefined || values.layouts === undefined
          ? wholeNumber('letters', values.letters ?? '445', 1, '445')
          : undefined,
    };
  });
  let failed = false;
  if (layouts !== undefined) {
    console.log(`Trying the PDF reader on ${layouts} layouts …`);
    const started = performance.now();
    const { tried, passed, failures } = await layoutsBench(layouts);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`PDF layouts: ${passed} of ${tried} layouts passed (${seconds} s)`);
    for (const failure of failures) console.log(`  failed: ${failure}`);
    failed = failures.length > 0;
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
