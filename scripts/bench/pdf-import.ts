/**
 * npm run bench:pdf -- [--letters 445]
 *
 * PDF import throughput: writes that many synthetic letters as Ofsted-like PDFs (about
 * 1,500 words, 3 to 4 pages each) into a temporary folder, then times one run of the real
 * importer over the folder, into a scratch project, and reports letters per second and
 * the importer's peak memory. Reported, never asserted: speed is not a test.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandLine, orExit, wholeNumber } from '../cli.ts';
import { letterPdf } from '../letter-pdf.ts';
import { syntheticDataFiles, syntheticPlan } from '../synthetic-archive.ts';
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

const USAGE = `usage: npm run bench:pdf -- [--letters 445]

Writes that many synthetic letters as Ofsted-like PDFs into a temporary folder and times
one import of the folder: letters per second and the importer's peak memory. Reported,
never asserted.

  --letters <n>   how many letters (default 445)
  -h, --help      show this help`;

if (import.meta.main) {
  const count = orExit('bench:pdf', () => {
    const { values } = commandLine(process.argv.slice(2), {
      name: 'bench:pdf',
      usage: USAGE,
      options: { letters: { type: 'string', default: '445' } },
    });
    return wholeNumber('letters', values.letters, 1, '445');
  });
  console.log(`Writing ${count} PDFs and importing them …`);
  const figures = await pdfImportBench(count);
  console.log(
    `PDF import: ${figures.letters} letters (${figures.megabytes} MB of PDF) in ${figures.seconds} s, ` +
      `${figures.lettersPerSecond} letters/s, peak ${figures.peakRssMb} MB`,
  );
}
