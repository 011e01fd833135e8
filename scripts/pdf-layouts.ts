/**
 * The PDF reader's golden property, shared by the unit test and `npm run bench:pdf --
 * --layouts N`: a letter typeset as a PDF in any layout reads back to exactly the MDX
 * its text gives.
 */
import { letterMdx } from '../src/lib/import/mdx/letter-mdx.ts';
import { parseLetterText } from '../src/lib/import/text/letter-text.ts';
import { pdfLetterText } from '../src/lib/import/pdf/pdf-text.ts';
import { layoutFromSeed, letterPdf, textForLayout, type PdfLayout } from './letter-pdf.ts';

/** The MDX the importer writes for a letter's text (its `added` date fixed). */
export function mdxOf(text: string): string {
  const { data, body } = parseLetterText(text);
  return letterMdx({ ...data, added: '2030-01-31' }, body);
}

export interface LayoutTrial {
  seed: number;
  layout: PdfLayout;
  /** Why the PDF did not read back to the text's MDX; undefined when it did. */
  failure?: string;
  /** The text read from the PDF. */
  read?: string;
}

/** Typesets `text` in the seed's layout, reads it back and compares the two letters' MDX. */
export async function tryLayout(text: string, seed: number): Promise<LayoutTrial> {
  const layout = layoutFromSeed(seed);
  const expected = mdxOf(textForLayout(text, layout));
  let read: string | undefined;
  try {
    read = (await pdfLetterText(await letterPdf(text, layout))).text;
    const actual = mdxOf(read);
    if (actual === expected) return { seed, layout, read };
    return { seed, layout, read, failure: firstDifference(expected, actual) };
  } catch (error) {
    return { seed, layout, ...(read === undefined ? {} : { read }), failure: (error as Error).message };
  }
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
