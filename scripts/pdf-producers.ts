/**
 * The PDF producers the reader is tried on, each turning (letter text, seed) into a PDF in
 * the seed's layout: `pdfkit` (our own generator, scripts/letter-pdf.ts), `chromium`
 * (Chromium's print of an HTML page, scripts/letter-html.ts) and `libreoffice` (LibreOffice
 * Writer's print of a Word document, scripts/letter-docx.ts). The last two are software
 * nobody here wrote, which is the point.
 *
 * Every PDF is made once and cached under node_modules/.cache/letter-pdfs/<producer>/
 * (ignored by git, and left alone by `npm run fixtures`), keyed by the producer, a hash of
 * its generator's source files, the tool's version, the seed and what the letter prints.
 * Missing PDFs are made in batches (each producer's `batch`): one browser, or one or two
 * soffice calls, per batch.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumAbsence, printPdfs } from './chromium-print.ts';
import { findChromium } from './chromium.ts';
import { docxLayoutFromSeed, docxTextForLayout, letterDocx } from './letter-docx.ts';
import { htmlLayoutFromSeed, htmlTextForLayout, letterHtml } from './letter-html.ts';
import { letterParts } from './letter-parts.ts';
import { layoutFromSeed, letterPdf, textForLayout } from './letter-pdf.ts';
import { convertDocxs, sofficeAbsence } from './soffice-print.ts';

export const PRODUCER_NAMES = ['pdfkit', 'chromium', 'libreoffice'] as const;
export type ProducerName = (typeof PRODUCER_NAMES)[number];

export interface LetterJob {
  /** The letter's published text. */
  text: string;
  seed: number;
}

export interface Producer {
  name: ProducerName;
  /** Why the producer cannot run on this machine; undefined when it can. */
  absence(): string | undefined;
  /** The seed's layout, for reports. */
  layout(seed: number): object;
  /** The letter's text as the seed's layout prints it: what its PDF must read back to. */
  printedText(text: string, seed: number): string;
  /** The generator's own files and the tool's version: a change to either makes the PDFs again. */
  version(): string;
  /** PDFs of the jobs, made in one batch, in order. */
  make(jobs: LetterJob[]): Promise<Uint8Array[]>;
  /**
   * How many PDFs one batch makes: as many as amortise starting the tool, few enough that
   * reading one batch overlaps making the next (scripts/pdf-layouts.ts, tryProducer).
   */
  batch: number;
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const sources = (files: string[], tool = '') =>
  createHash('sha256')
    .update(tool)
    .update(Buffer.concat(files.map((file) => readFileSync(here(file)))))
    .digest('hex')
    .slice(0, 16);

const toolVersion = (command: string | undefined) =>
  command ? spawnSync(command, ['--version'], { encoding: 'utf8', timeout: 60_000 }).stdout.trim() : '';

const once = <T>(make: () => T) => {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
};

export const PDF_PRODUCERS: Record<ProducerName, Producer> = {
  pdfkit: {
    name: 'pdfkit',
    absence: () => undefined,
    layout: layoutFromSeed,
    printedText: (text, seed) => textForLayout(text, layoutFromSeed(seed)),
    version: once(() => sources(['./letter-pdf.ts', './pdf-producers.ts'])),
    make: (jobs) => Promise.all(jobs.map(({ text, seed }) => letterPdf(text, layoutFromSeed(seed)))),
    batch: 60,
  },
  chromium: {
    name: 'chromium',
    absence: chromiumAbsence,
    layout: htmlLayoutFromSeed,
    printedText: (text, seed) => htmlTextForLayout(text, htmlLayoutFromSeed(seed)),
    version: once(() =>
      sources(
        // Every file that shapes the PDF: a change to any makes them again.
        [
          './letter-html.ts',
          './letter-parts.ts',
          './letter-pdf.ts',
          './chromium-print.ts',
          './pdf-producers.ts',
        ],
        toolVersion(findChromium()),
      ),
    ),
    make: (jobs) =>
      printPdfs(
        jobs.map(({ text, seed }) => {
          const layout = htmlLayoutFromSeed(seed);
          return {
            html: letterHtml(text, layout),
            browserHeaderFooter: layout.pageNumbers === 'browser',
            tagged: layout.tagged,
          };
        }),
      ),
    // A browser starts in well under a second: batches small enough to overlap with reading.
    batch: 100,
  },
  libreoffice: {
    name: 'libreoffice',
    absence: sofficeAbsence,
    layout: docxLayoutFromSeed,
    printedText: (text, seed) => docxTextForLayout(text, docxLayoutFromSeed(seed)),
    version: once(() =>
      sources(
        [
          './letter-docx.ts',
          './docx-builder.ts',
          './letter-parts.ts',
          './letter-pdf.ts',
          './soffice-print.ts',
          './pdf-producers.ts',
        ],
        sofficeAbsence() ? '' : toolVersion(process.env.SOFFICE_PATH ?? 'soffice'),
      ),
    ),
    make: async (jobs) =>
      convertDocxs(
        await Promise.all(
          jobs.map(async ({ text, seed }) => {
            const layout = docxLayoutFromSeed(seed);
            return { docx: await letterDocx(text, layout), tagged: layout.tagged };
          }),
        ),
      ),
    // soffice starts in about two seconds of CPU: a whole test file's PDFs in one batch.
    batch: 500,
  },
};

export const CACHE_DIR = here('../node_modules/.cache/letter-pdfs');

/** Where a job's PDF is cached: keyed by what the letter prints, not by its file's name. */
export function cachePath(producer: Producer, job: LetterJob, dir = CACHE_DIR): string {
  const printed = JSON.stringify(letterParts(producer.printedText(job.text, job.seed)));
  const key = createHash('sha256')
    .update(`${producer.version()}\u0000${job.seed}\u0000${printed}`)
    .digest('hex')
    .slice(0, 24);
  return join(dir, producer.name, `${job.seed}-${key}.pdf`);
}

function readCached(path: string): Uint8Array | undefined {
  try {
    return new Uint8Array(readFileSync(path));
  } catch {
    return undefined;
  }
}

/** Writes through a temporary name, so a test file reading alongside never sees half a PDF. */
function writeCached(path: string, pdf: Uint8Array) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, pdf);
  renameSync(temporary, path);
}

/** The jobs' PDFs, from the cache or made in batches (and cached), in order. */
export async function producePdfs(
  producer: Producer,
  jobs: LetterJob[],
  dir = CACHE_DIR,
): Promise<Uint8Array[]> {
  const paths = jobs.map((job) => cachePath(producer, job, dir));
  const out = paths.map(readCached);
  const missing = out.flatMap((pdf, i) => (pdf ? [] : [i]));
  for (let from = 0; from < missing.length; from += producer.batch) {
    const batch = missing.slice(from, from + producer.batch);
    const made = await producer.make(batch.map((i) => jobs[i]!));
    for (const [k, i] of batch.entries()) {
      out[i] = made[k]!;
      writeCached(paths[i]!, made[k]!);
    }
  }
  return out as Uint8Array[];
}
