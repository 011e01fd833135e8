/**
 * The PDF reader's golden property, shared by the unit test and `npm run bench:pdf --
 * --layouts N`: a letter typeset as a PDF in any layout, by any producer
 * (scripts/pdf-producers.ts), reads back to exactly the MDX its text gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { letterMdx } from '../src/lib/import/mdx/letter-mdx.ts';
import { parseLetterText } from '../src/lib/import/text/letter-text.ts';
import { pdfLetterText } from '../src/lib/import/pdf/pdf-text.ts';
import { firstMissingWord, missingWordMessage } from '../src/lib/import/words-in-order.ts';
import { layoutFromSeed, letterPdf, textForLayout, type PdfLayout } from './letter-pdf.ts';
import { CACHE_DIR, producePdfs, type LetterJob, type Producer, type ProducerName } from './pdf-producers.ts';

/**
 * The letters the layouts are tried on, by the unit tests and the bench: the fixture tree's
 * real letters' published texts and the fixture archive's, in a fixed order.
 */
export function fixtureLetters(): string[] {
  return ['tests/fixtures/published/sources', 'tests/fixtures/sources'].flatMap((dir) =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => join(dir, name)),
  );
}

/** How many layouts of each producer the unit tests type every letter in. */
export const SEEDS_PER_LETTER = 25;

export interface PropertyJob extends LetterJob {
  /** The letter's file. */
  path: string;
}

/**
 * The unit tests' layouts of one producer: every fixture letter in SEEDS_PER_LETTER
 * layouts of its own, seeds SEEDS_PER_LETTER × i + 1 onwards for the i-th letter, so no
 * two letters share a layout.
 */
export function propertyJobs(letters = fixtureLetters()): PropertyJob[] {
  return letters.flatMap((path, i) => {
    const text = readFileSync(path, 'utf8');
    return Array.from({ length: SEEDS_PER_LETTER }, (_, k) => ({
      path,
      text,
      seed: SEEDS_PER_LETTER * i + k + 1,
    }));
  });
}

/** How a layout is named in reports and in the list of known failures: file#seed. */
export const layoutKey = (job: { path: string; seed: number }) => `${job.path}#${job.seed}`;

/** The MDX the importer writes for a letter's text (its `added` date fixed). */
export function mdxOf(text: string): string {
  const { data, body } = parseLetterText(text);
  return letterMdx({ ...data, added: '2030-01-31' }, body);
}

const expectedMdx = new Map<string, string>();
/** mdxOf for what a layout prints: many layouts print the same text, so each is parsed once. */
function expectedOf(printed: string): string {
  let mdx = expectedMdx.get(printed);
  if (mdx === undefined) expectedMdx.set(printed, (mdx = mdxOf(printed)));
  return mdx;
}

export interface LayoutTrial {
  seed: number;
  /** The seed's layout (a pdfkit PdfLayout, or the HTML or Word layout of another producer). */
  layout: PdfLayout | object;
  producer?: ProducerName;
  /** Why the PDF did not read back to the text's MDX; undefined when it did. */
  failure?: string;
  /** The reader refused the PDF, saying why (the failure): it wrote no letter, so none wrong. */
  refused?: true;
  /** The text read from the PDF. */
  read?: string;
}

/** Typesets `text` in the seed's pdfkit layout, reads it back and compares the two letters' MDX. */
export async function tryLayout(text: string, seed: number): Promise<LayoutTrial> {
  const layout = layoutFromSeed(seed);
  return { seed, layout, ...(await readBack(await letterPdf(text, layout), textForLayout(text, layout))) };
}

/** Reads one PDF back and compares its MDX with the MDX of the text it prints. */
export async function readBack(
  pdf: Uint8Array,
  printed: string,
): Promise<Omit<LayoutTrial, 'seed' | 'layout'>> {
  const expected = expectedOf(printed);
  let read: string | undefined;
  try {
    const result = await pdfLetterText(pdf);
    read = result.text;
    // The importer writes nothing for a refused PDF, whatever text was read from it, nor
    // for one printing a word the letter read from it lacks (words-in-order.ts).
    if (result.refusals.length)
      return { read, refused: true, failure: `refused: ${result.refusals[0]!.message}` };
    const missing = firstMissingWord(result.lines, parseLetterText(read));
    if (missing) return { read, refused: true, failure: `refused: ${missingWordMessage(missing)}` };
    const actual = mdxOf(read);
    return actual === expected ? { read } : { read, failure: firstDifference(expected, actual) };
  } catch (error) {
    return { ...(read === undefined ? {} : { read }), failure: (error as Error).message };
  }
}

/**
 * The jobs' PDFs made by the producer (cached, in batches), each read back and compared.
 * While one batch is read here, the browser or soffice makes the next.
 */
export async function tryProducer(
  producer: Producer,
  jobs: LetterJob[],
  dir = CACHE_DIR,
): Promise<LayoutTrial[]> {
  const batches = Array.from({ length: Math.ceil(jobs.length / producer.batch) }, (_, i) =>
    jobs.slice(i * producer.batch, (i + 1) * producer.batch),
  );
  const trials: LayoutTrial[] = [];
  let making = batches.length ? producePdfs(producer, batches[0]!, dir) : undefined;
  for (const [b, batch] of batches.entries()) {
    const pdfs = await making!;
    making = batches[b + 1] && producePdfs(producer, batches[b + 1]!, dir);
    // Not yet awaited: a failure is seen when its turn comes, not as an unhandled rejection.
    making?.catch(() => undefined);
    for (const [i, { text, seed }] of batch.entries()) {
      const outcome = await readBack(pdfs[i]!, producer.printedText(text, seed));
      trials.push({ seed, layout: producer.layout(seed), producer: producer.name, ...outcome });
    }
  }
  return trials;
}

/** The first line where two MDX files differ, for a one-line report. */
export function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const at = a.findIndex((line, i) => line !== b[i]);
  const i = at < 0 ? a.length : at;
  let from = 0;
  while (a[i] !== undefined && b[i] !== undefined && a[i]![from] === b[i]![from]) from++;
  from = Math.max(0, from - 40);
  const cut = (s: string | undefined) =>
    s === undefined ? '(nothing)' : JSON.stringify(s.slice(from, from + 120));
  return `MDX line ${i + 1}: expected ${cut(a[i])}, read ${cut(b[i])}`;
}
