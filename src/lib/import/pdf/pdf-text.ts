/**
 * Reads a published letter's PDF into plain text laid out like the texts in
 * content/sources/, so that it goes through the very same reader, schema and checks as a
 * `.txt` letter. Nothing depends on one typesetter's constants: the layout is measured.
 * The steps, each in its module: open the PDF safely (pdf-open.ts); a page's items and
 * pictures (page-content.ts); items → lines (pdf-lines.ts); running headers and footers
 * dropped (running-lines.ts), and a line's clipped copy atop the next page
 * (clipped-lines.ts); the head, the body's blocks and the signature
 * (read-letter.ts, letter-head.ts, pdf-blocks.ts, page-breaks.ts); words mended
 * (hyphenation.ts, and hyphen-drawing.ts where the words leave a doubt). Ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ) read as their letters; quotes and dashes stay
 * as printed (’ “ ” –).
 */
import type { PDFPageProxy } from 'unpdf/pdfjs';
import { SIGN_OFF_WORDS } from '../../archive/letter-patterns.ts';
import { foldQuotes } from '../../archive/typography.ts';
import { pageContent } from './page-content.ts';
import { placeMarks } from './list-marks.ts';
import { toLines } from './pdf-lines.ts';
import type { Page, PdfTextLine } from './pdf-model.ts';
import { openPdf, PDF_LIMITS, PdfTextError } from './pdf-open.ts';
import { unnamedSymbols } from './glyphs.ts';
import { englishWords } from './hyphenation.ts';
import { readLetter } from './read-letter.ts';
import { dropRunningLines } from './running-lines.ts';
import { dropClippedCopies } from './clipped-lines.ts';

export interface PdfText {
  text: string;
  pages: number;
  /** What was left out or decided (running headers dropped, a signature found). */
  notes: string[];
  /** The text's lines, each with the part of the letter it was taken for. */
  lines: PdfTextLine[];
  /** Running headers, footers and page numbers left out. */
  dropped: PdfTextLine[];
  /**
   * Why the text must not be imported though it could be read (a symbol the reader cannot
   * name), each at its page and line as --explain numbers them.
   */
  refusals: PdfRefusal[];
}

/** A reason to refuse a PDF that was read: a problem at a page and a line of the text read. */
export interface PdfRefusal {
  page: number;
  line: number;
  message: string;
}

/**
 * The letter's text from its pages, once read: running headers and footers dropped, the
 * letter's lines, and what in them cannot be named (unnamedSymbols). `producer` is the
 * PDF's Producer entry.
 */
export function readPages(
  pages: Page[],
  pageCount: number,
  notes: string[],
  english: (word: string) => boolean,
  producer = '',
): PdfText {
  const unplaced = pages.flatMap((page) =>
    (page.unplaced ?? []).map((beside) => ({
      page: page.number,
      line: 0,
      message: `draws a list marker the reader cannot place at page ${page.number}, beside "${beside}"; --explain shows it`,
    })),
  );
  // Running lines first: a page's last line of text, and the next page's first, are the letter's.
  const dropped = [...dropRunningLines(pages, notes), ...dropClippedCopies(pages, notes)];
  const lines = readLetter(pages, notes, english, producer);
  const text = `${lines.map((line) => line.text).join('\n')}\n`;
  const refusals = [...unplaced, ...unnamedSymbols(lines), ...undecidedBreaks(lines)];
  return { text, pages: pageCount, notes, lines, dropped, refusals };
}

/** Each paragraph whose start the reader cannot tell (page-breaks.ts), as a refusal at its line. */
function undecidedBreaks(lines: PdfTextLine[]): PdfRefusal[] {
  return lines.flatMap((line, i) =>
    line.undecided
      ? [
          {
            page: line.page ?? 1,
            line: i + 1,
            message: `${line.undecided} (line ${i + 1}); --explain shows it`,
          },
        ]
      : [],
  );
}

/**
 * A page's lines and, where they matter, its pictures: on a page without text (a scan)
 * and from the sign-off on (the signature). Finding them means drawing the page, so the
 * others are spared it. Undefined for a blank page.
 */
async function readPage(page: PDFPageProxy, number: number, signedOff: boolean): Promise<Page | undefined> {
  let items, drawings, lines;
  try {
    ({ items, ...drawings } = await pageContent(page));
    lines = toLines(items, number);
  } catch (error) {
    throw new PdfTextError(`page ${number} is damaged and cannot be read (${(error as Error).message})`, {
      page: number,
    });
  }
  signedOff ||= lines.some((line) => line.segments.some((s) => SIGN_OFF_WORDS.test(foldQuotes(s.text))));
  // Pictures matter on a page without text (a scan) and from the sign-off on (the signature).
  const images = items.length === 0 || signedOff ? drawings.images : [];
  if (items.length === 0 && images.length > 0) {
    throw new PdfTextError(
      `page ${number} has no text layer (it is a scanned image); ` +
        'its text must be recognised (OCR) and checked before it can be imported',
      { page: number },
    );
  }
  if (items.length === 0) return undefined;
  const marks = placeMarks(lines, drawings.shapes);
  const [, bottom, , top] = page.view as [number, number, number, number];
  return { number, lines: marks.lines, images, top, bottom, unplaced: marks.unplaced };
}

/** The letter's text from a PDF, laid out like a published `.txt` letter. */
export async function pdfLetterText(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await openPdf(bytes);
  try {
    if (pdf.numPages > PDF_LIMITS.pages) {
      throw new PdfTextError(
        `the PDF has ${pdf.numPages} pages; a letter has 2 to 4, so more than ${PDF_LIMITS.pages} are refused`,
      );
    }
    const notes: string[] = [];
    const pages: Page[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      let proxy: PDFPageProxy;
      try {
        proxy = await pdf.getPage(number);
      } catch (error) {
        throw new PdfTextError(`page ${number} is damaged and cannot be read (${(error as Error).message})`, {
          page: number,
        });
      }
      const signedOff = pages.some((p) =>
        p.lines.some((line) => line.segments.some((s) => SIGN_OFF_WORDS.test(foldQuotes(s.text)))),
      );
      const page = await readPage(proxy, number, signedOff);
      if (page) pages.push(page);
      else notes.push(`page ${number}: blank`);
    }
    if (pages.length === 0) throw new PdfTextError('no page has any text: the PDF is blank');
    // The software that wrote the PDF, as it names itself: how it draws hyphens may tell (hyphen-drawing.ts).
    const { info } = (await pdf.getMetadata()) as { info?: { Producer?: unknown } };
    const producer = typeof info?.Producer === 'string' ? info.Producer : '';
    return readPages(pages, pdf.numPages, notes, await englishWords(), producer);
  } finally {
    await pdf.loadingTask.destroy();
  }
}
