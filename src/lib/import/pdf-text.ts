/**
 * Reads a published letter's PDF into plain text laid out like the texts in
 * content/sources/, so that it goes through the very same reader, schema and checks as a
 * `.txt` letter. Nothing depends on one typesetter's constants: the layout is measured.
 *
 * - Lines are the items on one baseline; a gap wider than one and a half times the type
 *   size splits a line into segments (table cells, or the letterhead beside the date).
 * - Page 1 above the salutation: the date; the recipient's lines below it, aligned with
 *   the line nearest the salutation; and the letterhead (everything else: a column on
 *   either side, or lines across the top, read column by column).
 * - Each page's usual baseline distance is the smallest one that recurs (a paragraph's
 *   lines); a wider gap, or a change of font (a bold heading), starts a new block. A
 *   paragraph's lines become one line of text.
 * - Tables: lines of two or more segments. The columns come from the cells' x-positions;
 *   a line at the usual distance, or with nothing in the first column, is the row above
 *   wrapping, and each of its parts joins the cell it lies under. Rules are not needed.
 * - A page break: a paragraph, bullet or table runs on when the page's last line leaves
 *   no room for the next page's first word (or ends in a hyphen, or the next page goes
 *   on in lower case); a line that ends a paragraph leaves room.
 * - Running headers and footers: in the top or bottom tenth of a page, page numbers
 *   ("3", "Page 3 of 4") and lines that recur on more than one page, digits aside.
 * - Everything after the sign-off ("Yours sincerely", "Yours faithfully") is the
 *   signature block: its last two lines are the name and the post, however far apart; a
 *   picture below the sign-off is the signature, written `[signature]`.
 * - Words: ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ) read as their letters; quotes and dashes stay as printed
 *   (’ “ ” –); a word hyphenated at a line's end is mended (see joinText for the rule).
 *
 * A PDF is a program-like format, so a hostile file must stay inert: pdf.js is a current
 * version (font programs ran through eval before 4.2.67, CVE-2024-4367; the bundled
 * 6.x has no eval path at all), nothing is fetched (no fonts, CMaps or system fonts),
 * no forms or scripts are run, and size and pages are limited.
 */
import type { PDFPageProxy } from 'unpdf/pdfjs';
import { foldQuotes } from '../archive/typography.ts';
import {
  BULLET,
  BULLET_GLYPH,
  DATE_LIKE,
  PAGE_NUMBER,
  SENTENCE_END,
  SIGN_OFF_WORDS,
  SIGNATURE_MARK,
} from '../archive/letter-patterns.ts';

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
  /** The text's lines, each with the part of the letter it was taken for. */
  lines: PdfTextLine[];
  /** Running headers, footers and page numbers left out. */
  dropped: PdfTextLine[];
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
  font: string;
}

/** A run of items on one baseline with no wide gap inside: a line of prose, or one table cell. */
interface Segment {
  text: string;
  x0: number;
  x1: number;
}

interface Line {
  segments: Segment[];
  /** Baseline, in PDF units from the page's bottom. */
  y: number;
  size: number;
  /** The fonts its items are drawn in: a heading in bold differs from the paragraph below it. */
  fonts: string;
  page: number;
}

/** The part of the letter a line of the text was taken for (`--explain` shows it). */
export type PdfPart =
  'letterhead' | 'date' | 'recipient' | 'body' | 'bullet' | 'table row' | 'sign-off' | 'signature block' | '';

export interface PdfTextLine {
  text: string;
  part: PdfPart;
  /** The page the line (or its first part) was read on. */
  page?: number;
}

/** The share of a page's height at its top and bottom where running headers and footers sit. */
const BAND = 0.1;
const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

const lineText = (line: Line) => line.segments.map((s) => s.text).join('\t');
const x1 = (line: Line) => line.segments[line.segments.length - 1]!.x1;

/**
 * A line's items as segments: a space at a word gap, a new segment at a gap wider than
 * one and a half times the type size (a table's next cell, or the letterhead's column
 * beside the date). A bullet glyph and the words after it stay one segment.
 */
function toSegments(items: Item[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  let end = -Infinity;
  for (const item of items) {
    const gap = item.x - end;
    const bulletBefore = current && BULLET_GLYPH.test(current.text.trim()) && segments.length === 0;
    if (!current || (gap > item.size * 1.5 && !bulletBefore)) {
      if (current) segments.push(current);
      current = { text: item.str, x0: item.x, x1: item.x + item.width };
    } else {
      if (gap > item.size * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(item.str)) current.text += ' ';
      current.text += item.str;
      current.x1 = item.x + item.width;
    }
    end = item.x + item.width;
  }
  if (current) segments.push(current);
  return segments
    .map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ').trim() }))
    .filter((s) => s.text !== '');
}

/** Items grouped into lines by baseline, top to bottom. */
function toLines(items: Item[], page: number): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Item[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    if (group && Math.abs(group[0]!.y - item.y) <= Math.min(group[0]!.size, item.size) * 0.3)
      group.push(item);
    else groups.push([item]);
  }
  return groups
    .map((group) => {
      group.sort((a, b) => a.x - b.x);
      return {
        segments: toSegments(group),
        y: group[0]!.y,
        size: Math.max(...group.map((i) => i.size)),
        fonts: [...new Set(group.map((i) => i.font))].sort().join(','),
        page,
      };
    })
    .filter((line) => line.segments.length > 0);
}

async function pageItems(page: PDFPageProxy): Promise<Item[]> {
  const content = await page.getTextContent();
  const items: Item[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [, , c, d, e, f] = item.transform as number[];
    items.push({
      // Ligature glyphs read as their letters, so "ﬁnd" is the word "find".
      str: item.str.replace(/[\uFB00-\uFB06]/g, (l) => LIGATURES[l]!),
      x: e!,
      y: f!,
      width: item.width,
      size: Math.hypot(c!, d!) || item.height,
      font: item.fontName,
    });
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

interface Page {
  number: number;
  lines: Line[];
  images: Array<{ top: number; bottom: number }>;
  top: number;
  bottom: number;
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
    let signedOff = false;
    for (let number = 1; number <= pdf.numPages; number++) {
      let page: PDFPageProxy;
      let items: Item[];
      let images: Array<{ top: number; bottom: number }>;
      let lines: Line[];
      try {
        page = await pdf.getPage(number);
        items = await pageItems(page);
        lines = toLines(items, number);
        signedOff ||= lines.some((line) =>
          line.segments.some((s) => SIGN_OFF_WORDS.test(foldQuotes(s.text))),
        );
        // Pictures matter on a page without text (a scan) and from the sign-off on (the
        // signature); finding them means drawing the page, so the others are spared it.
        images = items.length === 0 || signedOff ? await pageImages(page) : [];
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
      const [, bottom, , top] = page.view as [number, number, number, number];
      pages.push({ number, lines, images, top, bottom });
    }
    if (pages.length === 0) throw new PdfTextError('no page has any text: the PDF is blank');
    const dropped = dropRunningLines(pages, notes);
    const lines = readLetter(pages, notes);
    return {
      text: `${lines.map((line) => line.text).join('\n')}\n`,
      pages: pdf.numPages,
      notes,
      lines,
      dropped,
    };
  } finally {
    await pdf.loadingTask.destroy();
  }
}

/**
 * Running headers and footers: in the top or bottom tenth of a page, page numbers
 * ("3", "Page 3 of 4", "3/4") and lines that recur on more than one page, digits aside
 * (so "Page 2" matches "Page 3"). Only the first and last two lines of a page can be one.
 */
function dropRunningLines(pages: Page[], notes: string[]): PdfTextLine[] {
  const masked = (line: Line) => foldQuotes(lineText(line)).replace(/\d+/g, '#').replace(/\s+/g, ' ');
  const candidates = (page: Page) => {
    const band = (page.top - page.bottom) * BAND;
    const edge = [...page.lines.slice(0, 2), ...page.lines.slice(-2)];
    return new Set(edge.filter((line) => line.y > page.top - band || line.y < page.bottom + band));
  };
  const recurring = new Map<string, number>();
  for (const page of pages) {
    for (const text of new Set([...candidates(page)].map(masked))) {
      recurring.set(text, (recurring.get(text) ?? 0) + 1);
    }
  }
  const dropped: PdfTextLine[] = [];
  for (const page of pages) {
    const running = candidates(page);
    page.lines = page.lines.filter((line) => {
      if (!running.has(line)) return true;
      const text = lineText(line).replace(/\t/g, ' ');
      if (!PAGE_NUMBER.test(text) && recurring.get(masked(line))! < 2) return true;
      notes.push(`page ${page.number}: dropped the running header or footer "${text}"`);
      dropped.push({ text, part: '', page: page.number });
      return false;
    });
  }
  return dropped;
}

/** Segments whose x-ranges overlap, as columns, left to right; each column's segments top to bottom. */
function columns<T extends Segment>(segments: T[]): T[][] {
  const groups: Array<{ x0: number; x1: number; items: T[] }> = [];
  for (const segment of segments) {
    const overlapping = groups.filter((g) => segment.x0 < g.x1 && segment.x1 > g.x0);
    const merged = { x0: segment.x0, x1: segment.x1, items: [segment] };
    for (const g of overlapping) {
      merged.x0 = Math.min(merged.x0, g.x0);
      merged.x1 = Math.max(merged.x1, g.x1);
      merged.items.push(...g.items);
      groups.splice(groups.indexOf(g), 1);
    }
    groups.push(merged);
  }
  return groups.sort((a, b) => a.x0 - b.x0).map((g) => g.items);
}

type HeadSegment = Segment & { y: number; size: number };

/**
 * Page 1 above the salutation: the date; the recipient's lines below it, aligned with the
 * line nearest the salutation (the date may stand beside them or under the letterhead);
 * and the letterhead, which is everything else (a column beside them, on either side, or
 * lines across the top), read column by column.
 */
function readHead(lines: Line[], out: PdfTextLine[]): void {
  const segments: HeadSegment[] = lines.flatMap((line) =>
    line.segments.map((s) => ({ ...s, y: line.y, size: line.size })),
  );
  const date = segments.find((s) => DATE_LIKE.test(s.text));
  if (!date) {
    // No date: the lines in order, for the letter reader to say what is missing.
    for (const line of lines) out.push({ text: lineText(line), part: 'letterhead', page: 1 });
    out.push({ text: '', part: '' });
    return;
  }
  // The recipient's block ends nearest the salutation.
  const below = segments.filter((s) => s !== date && s.y < date.y);
  const last = below.reduce<HeadSegment | undefined>((low, s) => (!low || s.y < low.y ? s : low), undefined);
  const recipient = last ? below.filter((s) => Math.abs(s.x0 - last.x0) <= last.size) : [];
  const letterhead = segments.filter((s) => s !== date && !recipient.includes(s));
  for (const column of columns(letterhead)) {
    for (const s of column.sort((a, b) => b.y - a.y)) out.push({ text: s.text, part: 'letterhead', page: 1 });
  }
  if (letterhead.length) out.push({ text: '', part: '' });
  out.push({ text: date.text, part: 'date', page: 1 }, { text: '', part: '' });
  for (const s of recipient) out.push({ text: s.text, part: 'recipient', page: 1 });
  out.push({ text: '', part: '' });
}

/** The smallest of the values that recurs (three times, to within 0.02): the distance of a paragraph's lines. */
function smallestRecurring(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.find((value) => sorted.filter((v) => Math.abs(v - value) <= 0.02).length >= 3);
}

/**
 * The usual distance between baselines on each page, as a share of the type size: the
 * smallest distance that recurs between one line and the next, which is that of the
 * lines of a paragraph (paragraphs, headings and table rows stand further apart). A page
 * with too few lines to tell takes the whole letter's.
 */
function leadings(lines: Line[]): Map<number, number> {
  const byPage = new Map<number, number[]>();
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!];
    if (a.page !== b.page) continue;
    const ratio = (a.y - b.y) / b.size;
    if (ratio > 0.5 && ratio < 3) byPage.set(a.page, [...(byPage.get(a.page) ?? []), ratio]);
  }
  const overall = smallestRecurring([...byPage.values()].flat()) ?? 1.2;
  const result = new Map<number, number>();
  for (const page of new Set(lines.map((l) => l.page))) {
    result.set(page, Math.min(smallestRecurring(byPage.get(page) ?? []) ?? overall, overall));
  }
  return result;
}

interface Block {
  kind: 'prose' | 'bullet' | 'table';
  /** Prose and bullets: the text so far. */
  text: string;
  /** Tables: the columns' extents and the rows' cells. */
  columns: Array<{ x0: number; x1: number }>;
  rows: string[][];
  last: Line;
  page: number;
}

/** The column a cell belongs to: the one it overlaps most, or the nearest by its left edge. */
function columnOf(block: Block, segment: Segment): number {
  let best = -1;
  let bestOverlap = 0;
  for (const [i, c] of block.columns.entries()) {
    const overlap = Math.min(c.x1, segment.x1) - Math.max(c.x0, segment.x0);
    if (overlap > bestOverlap) [best, bestOverlap] = [i, overlap];
  }
  if (best >= 0) return best;
  let nearest = 0;
  for (const [i, c] of block.columns.entries()) {
    if (Math.abs(c.x0 - segment.x0) < Math.abs(block.columns[nearest]!.x0 - segment.x0)) nearest = i;
  }
  return nearest;
}

/**
 * Mends a word broken at a line's end. A soft hyphen always goes. A printed hyphen after
 * a letter, with a lower-case letter after it, is a compound broken at its hyphen
 * ("low-" / "income") and kept, unless the letter has the word unbroken elsewhere
 * ("perfor-" / "mance" where "performance" occurs) and not the hyphenated form; before
 * "and", "or" or "to" it is a suspended hyphen ("pre- and post-16") and the space stays.
 */
function joinText(before: string, after: string, words: Set<string>): string {
  if (before === '') return after;
  if (/\u00AD$/.test(before)) return before.slice(0, -1) + after;
  const end = /(\p{L}+)-$/u.exec(before);
  const next = /^(\p{Ll}[\p{L}’']*)/u.exec(after);
  if (end && next && !/^(?:and|or|to)\b/.test(after)) {
    const joined = `${end[1]}${next[1]}`.toLowerCase();
    const hyphened = `${end[1]}-${next[1]}`.toLowerCase();
    if (words.has(foldQuotes(joined)) && !words.has(foldQuotes(hyphened))) return before.slice(0, -1) + after;
    return before + after;
  }
  if (end && /^\p{Lu}|^\d/u.test(after)) return before + after;
  return `${before} ${after}`;
}

/** The words of the letter as printed (folded, lower case, without punctuation at either end). */
function wordsOf(lines: Line[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    for (const segment of line.segments) {
      for (const token of segment.text.split(/\s+/)) {
        const word = foldQuotes(token)
          .toLowerCase()
          .replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
        if (word) words.add(word);
      }
    }
  }
  return words;
}

/** Reads the pages into the lines of a published text, each with the part it was taken for. */
function readLetter(pages: Page[], notes: string[]): PdfTextLine[] {
  const out: PdfTextLine[] = [];
  const all = pages.flatMap((page) => page.lines);
  const first = pages[0]!;
  const salutation =
    first.number === 1 ? first.lines.find((l) => /^dear\s/i.test(l.segments[0]!.text)) : undefined;
  let body = all;
  if (salutation) {
    const head = first.lines.filter((line) => line.y > salutation.y + salutation.size * 0.3);
    readHead(head, out);
    body = all.filter((line) => !head.includes(line));
  }

  // Everything after the sign-off is the signature block; its last two lines are the
  // signatory's name and post, however far apart they are drawn.
  const signOffAt = body.findIndex((line) => SIGN_OFF_WORDS.test(foldQuotes(line.segments[0]!.text)));
  const signature = signOffAt >= 0 ? body.slice(signOffAt + 1) : [];
  if (signOffAt >= 0) body = body.slice(0, signOffAt + 1);

  const words = wordsOf(all);
  const leading = leadings(body);
  const justified = isJustified(body);
  const right = Math.max(...body.map(x1));
  const blocks: Block[] = [];
  for (const [i, line] of body.entries()) {
    const previous = body[i - 1];
    const block = blocks[blocks.length - 1];
    const limit = (leading.get(line.page)! + 0.15) * line.size + 0.5;
    const gap = previous && previous.page === line.page ? previous.y - line.y : undefined;
    const pageBreak = previous !== undefined && previous.page !== line.page;
    // A heading in bold and the paragraph under it share no font; a line with a word in
    // italics shares its roman with the lines around it.
    const sameFont =
      previous !== undefined && previous.fonts.split(',').some((f) => line.fonts.split(',').includes(f));
    const text = line.segments[0]!.text;
    const bulletStart = BULLET.test(text) || (line.segments.length > 1 && BULLET_GLYPH.test(text));
    const segments =
      bulletStart && line.segments.length > 1 && BULLET_GLYPH.test(text)
        ? [{ ...line.segments[0]!, text: line.segments.map((s) => s.text).join(' '), x1: x1(line) }]
        : line.segments;
    const isSignOff = i === signOffAt;

    if (segments.length > 1) {
      // A table row: a new row of the table above, or a new table. Lines at the usual
      // distance, or with nothing in the first column, are a row's cells wrapping.
      const inTable =
        block?.kind === 'table' &&
        ((gap !== undefined && gap <= limit * 2.2) || pageBreak) &&
        segments.length <= block.columns.length + 1;
      const wraps = inTable && !pageBreak && (gap! <= limit || segments.every((s) => columnOf(block, s) > 0));
      if (inTable) {
        const row = wraps ? block.rows[block.rows.length - 1]! : block.columns.map(() => '');
        for (const s of segments) {
          const c = columnOf(block, s);
          row[c] = joinText(row[c]!, s.text, words);
          const column = block.columns[c]!;
          [column.x0, column.x1] = [Math.min(column.x0, s.x0), Math.max(column.x1, s.x1)];
        }
        if (!wraps) block.rows.push(row);
        if (pageBreak) notes.push(`page ${line.page}: a table runs on from page ${previous!.page}`);
      } else {
        blocks.push({
          kind: 'table',
          text: '',
          columns: segments.map((s) => ({ x0: s.x0, x1: s.x1 })),
          rows: [segments.map((s) => s.text)],
          last: line,
          page: line.page,
        });
      }
    } else if (block?.kind === 'table' && gap !== undefined && gap <= limit && !isSignOff) {
      // A cell's text wrapped onto the next line: it joins its cell in the row above.
      const row = block.rows[block.rows.length - 1]!;
      const c = columnOf(block, segments[0]!);
      row[c] = joinText(row[c]!, segments[0]!.text, words);
    } else {
      const flows = (block?.kind === 'prose' || block?.kind === 'bullet') && !bulletStart && !isSignOff;
      let runsOn = false;
      if (flows && gap !== undefined) runsOn = gap <= limit && sameFont;
      else if (flows && pageBreak) {
        const last = lineText(previous!);
        // A line that ends a paragraph leaves room for the next line's first word; a
        // line cut by the page break does not (or ends in a hyphen, or the next page
        // goes on in lower case after a line that did not end a sentence with room left).
        const segment = segments[0]!;
        const firstWord = text.split(' ')[0]!;
        const wordWidth = ((segment.x1 - segment.x0) * (firstWord.length + 1)) / Math.max(1, text.length);
        // (The word's width is estimated from its share of the line's letters, so with a margin.)
        const roomForWord = right - x1(previous!) > wordWidth * 1.25 + previous!.size * 0.3;
        const fullWidth = justified && x1(previous!) >= right - previous!.size * 0.5;
        // Lower case goes on, unless the line ended a sentence with room to spare: a
        // paragraph may open in lower case ("import x …" in a hostile letter).
        runsOn =
          sameFont &&
          ((/^\p{Ll}/u.test(text) && !(roomForWord && SENTENCE_END.test(last))) ||
            /\p{L}-$/u.test(last) ||
            (!roomForWord && (!SENTENCE_END.test(last) || fullWidth)));
        if (runsOn) {
          const what = block!.kind === 'bullet' ? 'a bullet' : 'a paragraph';
          notes.push(
            `page ${line.page}: ${what} runs on from page ${previous!.page} ("… ${last.split(' ').slice(-3).join(' ')}")`,
          );
        }
      }
      if (runsOn) block!.text = joinText(block!.text, segments[0]!.text, words);
      else {
        blocks.push({
          kind: bulletStart ? 'bullet' : 'prose',
          text: segments[0]!.text,
          columns: [],
          rows: [],
          last: line,
          page: line.page,
        });
      }
    }
    blocks[blocks.length - 1]!.last = line;
  }

  for (const [i, block] of blocks.entries()) {
    const before = blocks[i - 1];
    // A list's items stand together; every other block is a paragraph of its own.
    if (i > 0 && !(block.kind === 'bullet' && before?.kind === 'bullet')) out.push({ text: '', part: '' });
    if (block.kind === 'table') {
      for (const row of block.rows) out.push({ text: row.join('\t'), part: 'table row', page: block.page });
    } else {
      const part =
        block.kind === 'bullet' ? 'bullet' : i === blocks.length - 1 && signOffAt >= 0 ? 'sign-off' : 'body';
      out.push({ text: block.text, part, page: block.page });
    }
  }

  if (signOffAt >= 0) {
    const signOff = body[signOffAt]!;
    const signOffPage = pages.find((p) => p.number === signOff.page)!;
    const picture =
      signOffPage.images.some((image) => image.top <= signOff.y + signOff.size) ||
      pages.some((p) => p.number > signOff.page && p.images.length > 0);
    if (picture) {
      out.push({ text: '', part: '' }, { text: SIGNATURE_MARK, part: 'signature block', page: signOff.page });
      notes.push(`page ${signOff.page}: the picture below "${lineText(signOff)}" is the signature`);
    }
    const texts = signature.map((line) => ({
      text: line.segments.map((s) => s.text).join(' '),
      page: line.page,
    }));
    const extra = texts.slice(0, -2);
    for (const line of extra) out.push({ text: '', part: '' }, { ...line, part: 'signature block' });
    if (texts.length) out.push({ text: '', part: '' });
    for (const line of texts.slice(-2)) out.push({ ...line, part: 'signature block' });
  }
  return out;
}

/** Justified text: most of the body's lines end at one right edge. */
function isJustified(lines: Line[]): boolean {
  const prose = lines.filter((line) => line.segments.length === 1);
  if (prose.length < 4) return false;
  const right = Math.max(...prose.map(x1));
  return prose.filter((line) => x1(line) >= right - line.size * 0.5).length >= prose.length / 2;
}
