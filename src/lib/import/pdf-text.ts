/**
 * Reads a published letter's PDF into plain text laid out like the texts in
 * content/sources/, so that it goes through the very same reader, schema and checks as a
 * `.txt` letter. The text's reading order is rebuilt from the positions of its items:
 * the letterhead in a right-hand column at the top of page 1 first, then the left column
 * (date, recipient) and the body; a paragraph or bullet cut by a page break runs on;
 * running headers, footers and page numbers are dropped; a table row's cells are joined
 * by a tab. A picture after the sign-off is the signature: it becomes `[signature]`.
 *
 * A PDF is a program-like format, so a hostile file must stay inert: pdf.js is a current
 * version (font programs ran through eval before 4.2.67, CVE-2024-4367; the bundled
 * 6.x has no eval path at all), nothing is fetched (no fonts, CMaps or system fonts),
 * no forms or scripts are run, and size and pages are limited.
 */
import type { PDFPageProxy } from 'unpdf/pdfjs';
import { SIGNATURE_MARK } from './letter-text.ts';

/** A letter is 2 to 4 pages; anything far bigger is not one, and could exhaust the machine. */
export const PDF_LIMITS = { bytes: 20 * 1024 * 1024, pages: 20 };

/** Why a PDF cannot be read as a letter; the message completes "file: …". */
export class PdfTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfTextError';
  }
}

export interface PdfText {
  text: string;
  pages: number;
  /** What was left out or decided (running headers dropped, a signature found). */
  notes: string[];
}

/** True when the bytes start like a PDF (`%PDF-` within the first KB, as readers allow). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

const options: NonNullable<Parameters<typeof import('unpdf').getDocumentProxy>[1]> & {
  isEvalSupported: false;
} = {
  // Kept for older pdf.js builds; 6.x removed the eval path this switched off.
  isEvalSupported: false,
  enableXfa: false,
  useSystemFonts: false,
  disableFontFace: true,
  useWorkerFetch: false,
  // No URLs: fonts, CMaps, ICC profiles and wasm are never fetched.
  cMapUrl: undefined,
  standardFontDataUrl: undefined,
  wasmUrl: undefined,
  iccUrl: undefined,
  useWasm: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  maxImageSize: 4096 * 4096,
  verbosity: 0,
};

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Line {
  text: string;
  /** Baseline, in PDF units from the page's bottom. */
  y: number;
  x0: number;
  x1: number;
  size: number;
  /** A picture, not text. */
  image?: boolean;
}

const SENTENCE_END = /[.!?:;)"'”’]$/;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$/i;
const BULLET = /^[-•*–]\s/;
const SIGN_OFF = /^yours\s+(?:sincerely|faithfully)\b/i;
/** The share of a page's height at its top and bottom where running headers and footers sit. */
const BAND = 0.075;

/** One line's text: items left to right, a space at a word gap, a tab between table cells. */
function joinItems(items: Item[]): string {
  let text = '';
  let end = -Infinity;
  for (const item of items) {
    const gap = item.x - end;
    if (text && gap > item.size * 1.5) text = `${text.trimEnd()}\t`;
    else if (text && gap > item.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
    end = item.x + item.width;
  }
  return text.replace(/[ ]{2,}/g, ' ').trim();
}

/** Items grouped into lines by baseline, top to bottom. */
function toLines(items: Item[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Item[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    if (group && Math.abs(group[0]!.y - item.y) <= group[0]!.size * 0.3) group.push(item);
    else groups.push([item]);
  }
  return groups
    .map((group) => {
      group.sort((a, b) => a.x - b.x);
      const last = group[group.length - 1]!;
      return {
        text: joinItems(group),
        y: group[0]!.y,
        x0: group[0]!.x,
        x1: last.x + last.width,
        size: Math.max(...group.map((i) => i.size)),
      };
    })
    .filter((line) => line.text !== '');
}

async function pageItems(page: PDFPageProxy): Promise<Item[]> {
  const content = await page.getTextContent();
  const items: Item[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [, , c, d, e, f] = item.transform as number[];
    items.push({ str: item.str, x: e!, y: f!, width: item.width, size: Math.hypot(c!, d!) || item.height });
  }
  return items;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** Where each picture on the page is drawn: the unit square through the transform in force. */
async function pageImages(page: PDFPageProxy): Promise<Array<{ top: number; bottom: number }>> {
  const { OPS } = await import('unpdf/pdfjs');
  const { fnArray, argsArray } = await page.getOperatorList();
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const boxes = [];
  for (const [i, op] of fnArray.entries()) {
    const args = argsArray[i] as unknown[] | null;
    if (op === OPS.save || op === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = op === OPS.paintFormXObjectBegin ? (args?.[0] as Matrix | null) : null;
      if (matrix) ctm = multiply(ctm, matrix);
    } else if (op === OPS.restore || op === OPS.paintFormXObjectEnd) {
      ctm = stack.pop() ?? ctm;
    } else if (op === OPS.transform) {
      ctm = multiply(ctm, args as Matrix);
    } else if (
      op === OPS.paintImageXObject ||
      op === OPS.paintInlineImageXObject ||
      op === OPS.paintImageMaskXObject
    ) {
      const ys = [ctm[5], ctm[5] + ctm[3], ctm[5] + ctm[1], ctm[5] + ctm[1] + ctm[3]];
      boxes.push({ top: Math.max(...ys), bottom: Math.min(...ys) });
    }
  }
  return boxes;
}

/** Opens the PDF, or says why it cannot be read. */
async function openPdf(bytes: Uint8Array) {
  if (bytes.length > PDF_LIMITS.bytes) {
    const mb = (bytes.length / 2 ** 20).toFixed(1);
    throw new PdfTextError(`the PDF is ${mb} MB; a letter is a few pages, so files over 20 MB are refused`);
  }
  if (!looksLikePdf(bytes)) throw new PdfTextError('not a PDF file (no "%PDF-" header)');
  try {
    // pdf.js (1.6 MB) is loaded with the first PDF, so importing texts stays quick. It
    // takes the buffer over: give it a copy so the caller's bytes stay whole.
    const { getDocumentProxy } = await import('unpdf');
    return await getDocumentProxy(new Uint8Array(bytes), options);
  } catch (error) {
    const { name, message } = error as Error;
    if (name === 'PasswordException') {
      throw new PdfTextError('the PDF is encrypted with a password, so its text cannot be read');
    }
    throw new PdfTextError(`the PDF is damaged and cannot be read (${message})`);
  }
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
    const pages: Array<{ number: number; blocks: Line[][]; inBand: (line: Line) => boolean }> = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      let page: PDFPageProxy;
      let items: Item[];
      let images: Array<{ top: number; bottom: number }>;
      try {
        page = await pdf.getPage(number);
        items = await pageItems(page);
        images = await pageImages(page);
      } catch (error) {
        throw new PdfTextError(`page ${number} is damaged and cannot be read (${(error as Error).message})`);
      }
      if (items.length === 0 && images.length > 0) {
        throw new PdfTextError(
          `page ${number} has no text layer (it is a scanned image); ` +
            'its text must be recognised (OCR) and checked before it can be imported',
        );
      }
      if (items.length === 0) {
        notes.push(`page ${number}: blank`);
        continue;
      }
      const [left, bottom, right, top] = page.view as [number, number, number, number];
      const band = (top - bottom) * BAND;
      const blocks = layoutPage(number, items, right - left);
      // A picture below the sign-off is the signature: it takes its place among the lines.
      const body = blocks[blocks.length - 1]!;
      const signOff = body.find((line) => SIGN_OFF.test(line.text));
      const signature = signOff && images.find((image) => image.top <= signOff.y + signOff.size);
      if (signature) {
        body.push({
          text: SIGNATURE_MARK,
          y: (signature.top + signature.bottom) / 2,
          x0: 0,
          x1: 0,
          size: 0,
          image: true,
        });
        body.sort((a, b) => b.y - a.y);
        notes.push(`page ${number}: the picture below "${signOff!.text}" is the signature`);
      }
      pages.push({ number, blocks, inBand: (line) => line.y > top - band || line.y < bottom + band });
    }

    if (pages.length === 0) throw new PdfTextError('no page has any text: the PDF is blank');

    // Running headers and footers: page numbers, and lines that recur in the top or
    // bottom band of more than one page (digits aside, so "Page 2" matches "Page 3").
    const masked = (line: Line) => line.text.replace(/\d+/g, '#');
    const recurring = new Map<string, number>();
    for (const { blocks, inBand } of pages) {
      for (const text of new Set(blocks.flat().filter(inBand).map(masked))) {
        recurring.set(text, (recurring.get(text) ?? 0) + 1);
      }
    }
    const kept = pages.map(({ number, blocks, inBand }) =>
      blocks.map((block) =>
        block.filter((line) => {
          if (line.image || !inBand(line)) return true;
          if (!PAGE_NUMBER.test(line.text) && recurring.get(masked(line))! < 2) return true;
          notes.push(`page ${number}: dropped the running header or footer "${line.text}"`);
          return false;
        }),
      ),
    );
    return {
      text: joinPages(
        kept,
        pages.map((page) => page.number),
        notes,
      ),
      pages: pdf.numPages,
      notes,
    };
  } finally {
    await pdf.loadingTask.destroy();
  }
}

/**
 * A page's lines in reading order, in blocks. On page 1, what stands above the
 * salutation in the right half of the page is the letterhead: it is the first block,
 * then the left column and the rest.
 */
function layoutPage(number: number, items: Item[], width: number): Line[][] {
  const salutation =
    number === 1 ? items.filter((item) => /^dear\s/i.test(item.str)).sort((a, b) => b.y - a.y)[0] : undefined;
  if (!salutation) return [toLines(items)];
  const letterhead = (item: Item) => item.y > salutation.y + salutation.size * 0.3 && item.x >= width / 2;
  const head = toLines(items.filter(letterhead));
  const rest = toLines(items.filter((item) => !letterhead(item)));
  return head.length ? [head, rest] : [rest];
}

/** The widest gap between two lines of one block: a table's rows may stand further apart. */
function lineGap(above: Line, below: Line): number {
  const size = Math.max(above.size, below.size);
  return above.text.includes('\t') && below.text.includes('\t') ? size * 2.5 : size * 1.45;
}

/**
 * The pages' lines as text: a blank line between blocks, where the gap between two
 * lines is wider than a line's, and across a page break unless the page's last line
 * runs to the column's right edge without ending a sentence (a paragraph or bullet cut
 * by the break). A word broken at its hyphen across two lines ("low-" / "income") is
 * put back together.
 */
function joinPages(pages: Line[][][], numbers: number[], notes: string[]): string {
  const text = pages.flat(2).filter((line) => !line.image);
  const right = Math.max(...text.map((line) => line.x1));
  const out: string[] = [];
  let previous: Line | undefined;
  let runStart = '';
  for (const [p, blocks] of pages.entries()) {
    for (const [b, block] of blocks.entries()) {
      for (const [i, line] of block.entries()) {
        if (previous) {
          const pageBreak = i === 0 && p > 0 && b === 0;
          const runsOn = pageBreak
            ? previous.x1 >= right - previous.size && !SENTENCE_END.test(previous.text)
            : i > 0 && !line.image && !previous.image && previous.y - line.y <= lineGap(previous, line);
          if (pageBreak && runsOn) {
            const what = BULLET.test(runStart) ? 'a bullet' : 'a paragraph';
            notes.push(
              `page ${numbers[p]}: ${what} runs on from page ${numbers[p - 1]} ("… ${previous.text.split(' ').slice(-3).join(' ')}")`,
            );
          }
          if (!runsOn) out.push('');
          if (!runsOn || BULLET.test(line.text)) runStart = line.text;
        } else {
          runStart = line.text;
        }
        out.push(line.text);
        previous = line;
      }
    }
  }
  for (let i = 0; i < out.length - 1; i++) {
    const next = out[i + 1]!;
    if (/[A-Za-z]-$/.test(out[i]!) && /^[a-z]/.test(next)) {
      const [word, ...rest] = next.split(' ');
      out[i] += word!;
      if (rest.length) out[i + 1] = rest.join(' ');
      else out.splice(i + 1, 1);
    }
  }
  return `${out.join('\n')}\n`;
}
