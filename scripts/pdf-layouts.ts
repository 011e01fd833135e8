/**
 * The PDF reader's golden property, shared by the unit test and `npm run bench:pdf --
 * --layouts N`: a letter typeset as a PDF in any layout, by any producer
 * (scripts/pdf-producers.ts), reads back to exactly the MDX its text gives.
 */
import { letterMdx } from '../src/lib/import/mdx/letter-mdx.ts';
import { parseLetterText } from '../src/lib/import/text/letter-text.ts';
import { pdfLetterText } from '../src/lib/import/pdf/pdf-text.ts';
import { layoutFromSeed, letterPdf, textForLayout, type PdfLayout } from './letter-pdf.ts';
import { producePdfs, type LetterJob, type Producer, type ProducerName } from './pdf-producers.ts';

/** The MDX the importer writes for a letter's text (its `added` date fixed). */
export function mdxOf(text: string): string {
  const { data, body } = parseLetterText(text);
  return letterMdx({ ...data, added: '2030-01-31' }, body);
}

export interface LayoutTrial {
  seed: number;
  /** The seed's layout (a pdfkit PdfLayout, or the HTML or Word layout of another producer). */
  layout: PdfLayout | object;
  producer?: ProducerName;
  /** Why the PDF did not read back to the text's MDX; undefined when it did. */
  failure?: string;
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
  const expected = mdxOf(printed);
  let read: string | undefined;
  try {
    read = (await pdfLetterText(pdf)).text;
    const actual = mdxOf(read);
    return actual === expected ? { read } : { read, failure: firstDifference(expected, actual) };
  } catch (error) {
    return { ...(read === undefined ? {} : { read }), failure: (error as Error).message };
  }
}

/** The jobs' PDFs made by the producer (cached, in batches), each read back and compared. */
export async function tryProducer(producer: Producer, jobs: LetterJob[]): Promise<LayoutTrial[]> {
  const pdfs = await producePdfs(producer, jobs);
  const trials: LayoutTrial[] = [];
  for (const [i, { text, seed }] of jobs.entries()) {
    const outcome = await readBack(pdfs[i]!, producer.printedText(text, seed));
    trials.push({ seed, layout: producer.layout(seed), producer: producer.name, ...outcome });
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
