/**
 * Writes a letter's text as a PDF, for tests and the benchmark only. With no layout it
 * is laid out like Ofsted's published letters: A4, Helvetica, the letterhead top right
 * beside the date and recipient, the body justified, page numbers in the footer, the
 * grade line as a two-column table and the signature as a picture. `layoutFromSeed`
 * varies what other typesetters vary (font, size, leading, spacing, margins, justified or
 * ragged, tables with or without rules and with wrapped cells, the grade line as a table
 * or a sentence, the signature block's spacing, the letterhead's place, the footer,
 * hyphenated line ends, ligatures) so the PDF reader is tried on layouts it was not
 * written for. Every letter also gets page breaks in the middle of a paragraph, a bullet
 * and (when asked) a table: the cases the reader has to mend.
 */
import { readFileSync } from 'node:fs';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { List, Paragraph, PhrasingContent, RootContent, Table } from 'mdast';
import PDFDocument from 'pdfkit';
import { formatLetterDate } from '../src/lib/archive/letters.ts';
import { parseLetterText } from '../src/lib/import/text/letter-text.ts';
import { phrasing, withoutSignatureNote } from './letter-parts.ts';

const PAGE = { width: 595.28, height: 841.89 };

/** The fonts a layout can use: PDF's standard Helvetica, or one embedded from an npm package. */
export const FONTS = {
  helvetica: { regular: 'Helvetica', bold: 'Helvetica-Bold' },
  // Serif, drawn with ligatures (fi, fl, ffi) that the reader must read as letters.
  'eb-garamond': fontFiles('eb-garamond'),
  // Sans, with Calibri's metrics (office letters' usual font).
  carlito: fontFiles('carlito'),
  // Serif, with Times New Roman's metrics.
  tinos: fontFiles('tinos'),
  // Sans, with Arial's metrics.
  arimo: fontFiles('arimo'),
} as const;
export type FontName = keyof typeof FONTS;

/**
 * A WOFF font as the plain TrueType/OpenType file it wraps, unpacked once per process:
 * fontkit reads WOFF itself, but inflates its tables in JavaScript on every document,
 * which made writing a PDF take seconds.
 */
const unpacked = new Map<string, Buffer>();
function sfnt(path: string): Buffer {
  const cached = unpacked.get(path);
  if (cached) return cached;
  const woff = readFileSync(path);
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const [tag, offset, length, original, checksum] = [0, 4, 8, 12, 16].map((o) =>
      woff.readUInt32BE(at + o),
    ) as [number, number, number, number, number];
    const stored = woff.subarray(offset, offset + length);
    return { tag, checksum, data: length < original ? inflateSync(stored) : stored };
  });
  const header = Buffer.alloc(12 + 16 * count);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(count, 4);
  const power = 2 ** Math.floor(Math.log2(count));
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  for (const [i, table] of tables.entries()) {
    const at = 12 + i * 16;
    header.writeUInt32BE(table.tag, at);
    header.writeUInt32BE(table.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(table.data.length, at + 12);
    const padded = Buffer.alloc(Math.ceil(table.data.length / 4) * 4);
    table.data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  }
  const font = Buffer.concat([header, ...bodies]);
  unpacked.set(path, font);
  return font;
}

function fontFiles(name: string) {
  const file = (weight: number) =>
    fileURLToPath(
      new URL(
        `../node_modules/@fontsource/${name}/files/${name}-latin-${weight}-normal.woff`,
        import.meta.url,
      ),
    );
  return { regular: file(400), bold: file(700) };
}

/** How a letter is typeset. Lengths in points. */
export interface PdfLayout {
  font: FontName;
  /** Type size of the body, 10 to 12. */
  size: number;
  /** Distance between baselines as a multiple of the type size, 1.0 to 1.6. */
  leading: number;
  /**
   * Space added between paragraphs, 0 to 14. A paragraph must stand apart somehow: below
   * a third of the type size the typist also leaves an empty line, as office letters do.
   */
  paragraphSpacing: number;
  margins: { left: number; right: number; top: number; bottom: number };
  justify: boolean;
  /** The four-point scale as a table with ruled cells, or without. */
  scaleRules: boolean;
  /** The scale table's column widths, as shares of the text width (narrow ones wrap cells). */
  scaleColumns: [number, number, number];
  gradeLine: 'table' | 'sentence';
  /** Extra space between the signature block's lines, 0 to 20. */
  signatureSpacing: number;
  /** A picture of the signature (the text then carries the signature note). */
  signatureImage: boolean;
  letterhead: 'left' | 'right' | 'top';
  footer: 'page-of' | 'number' | 'none';
  /** Break long words at a line's end with a hyphen, and compounds at their hyphen. */
  hyphenate: boolean;
  /** The text layer maps ligature glyphs to U+FB00–FB04 (ﬁ) rather than to their letters. */
  ligatureCodes: boolean;
  /** A page break between the scale table's rows. */
  breakTable: boolean;
  /** With the letterhead on the right, the date stands under it rather than beside the recipient. */
  dateUnderLetterhead?: boolean;
}

/** Ofsted's own layout, as the fixtures and the benchmark draw it. */
export const OFSTED_LAYOUT: PdfLayout = {
  font: 'helvetica',
  size: 11,
  leading: 1.25,
  paragraphSpacing: 13.75,
  margins: { left: 50, right: 50, top: 72, bottom: 72 },
  justify: true,
  scaleRules: false,
  scaleColumns: [0.05, 0.25, 0.7],
  gradeLine: 'table',
  signatureSpacing: 0,
  signatureImage: true,
  letterhead: 'right',
  footer: 'page-of',
  hyphenate: false,
  ligatureCodes: false,
  breakTable: false,
};

/** A small seeded PRNG (mulberry32): the same seed gives the same layout everywhere. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A layout drawn from a seed: every choice the typesetters of the real letters made differently. */
export function layoutFromSeed(seed: number): PdfLayout {
  const next = random(seed);
  const between = (low: number, high: number, step = 0.5) =>
    Math.round((low + next() * (high - low)) / step) * step;
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const narrow = next() < 0.5;
  const judgement = narrow ? between(0.13, 0.2, 0.01) : between(0.25, 0.32, 0.01);
  const description = narrow ? between(0.3, 0.45, 0.01) : 0.9 - judgement;
  return {
    font: pick(['eb-garamond', 'carlito', 'tinos', 'arimo'] as const),
    size: between(10, 12),
    leading: between(1, 1.6, 0.05),
    paragraphSpacing: between(0, 14),
    margins: {
      left: between(40, 90, 1),
      right: between(40, 90, 1),
      top: between(40, 90, 1),
      bottom: between(50, 90, 1),
    },
    justify: next() < 0.5,
    scaleRules: next() < 0.5,
    scaleColumns: [0.06, judgement, description],
    gradeLine: next() < 0.7 ? 'table' : 'sentence',
    signatureSpacing: between(0, 20),
    signatureImage: next() < 0.7,
    letterhead: pick(['left', 'right', 'top'] as const),
    footer: pick(['page-of', 'number', 'none'] as const),
    hyphenate: next() < 0.6,
    ligatureCodes: next() < 0.3,
    breakTable: next() < 0.5,
    // Drawn last, so the layouts of the seeds before it was added stay as they were.
    dateUnderLetterhead: next() < 0.3,
  };
}

/** The letter's text as the layout prints it: without a signature picture, no signature note. */
export function textForLayout(text: string, layout: PdfLayout): string {
  return layout.signatureImage ? text : withoutSignatureNote(text);
}

/** A picture of a signature: a PNG drawn here, so no image file is needed. */
const pictures = new Map<string, Buffer>();
export function signaturePng(width = 120, height = 36): Buffer {
  const key = `${width}x${height}`;
  if (!pictures.has(key)) pictures.set(key, drawSignature(width, height));
  return pictures.get(key)!;
}

function drawSignature(width: number, height: number): Buffer {
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0);
    for (let x = 0; x < width; x++) {
      const wave = height / 2 + Math.sin(x / 6) * (height / 3) * Math.cos(x / 23);
      rows.push(Math.abs(y - wave) < 1.5 ? 0 : 255);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Collects a PDF's bytes as pdfkit writes them. */
function finish(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  );
  doc.end();
  return done;
}

function newDocument(options: PDFKit.PDFDocumentOptions = {}): PDFKit.PDFDocument {
  // A fixed date keeps the files the same from one run to the next.
  return new PDFDocument({
    size: 'A4',
    margin: 0,
    bufferPages: true,
    info: { CreationDate: new Date(Date.UTC(2011, 0, 1)), Producer: 'fixtures' },
    ...options,
  });
}

/**
 * A text layer that names ligatures by their own code points (ﬁ, not "fi"), as some
 * typesetters write it: pdfkit's ToUnicode entries for ligature glyphs rewritten in
 * place, padded with spaces so no offset moves.
 */
function ligatureCodes(bytes: Uint8Array): Uint8Array {
  const codes: Record<string, string> = {
    '<0066 0066>': 'FB00',
    '<0066 0069>': 'FB01',
    '<0066 006c>': 'FB02',
    '<0066 0066 0069>': 'FB03',
    '<0066 0066 006c>': 'FB04',
  };
  const text = Buffer.from(bytes).toString('latin1');
  const out = text.replace(/<0066 0066 00(?:69|6c)>|<0066 00(?:66|69|6c)>/g, (match) =>
    `<${codes[match]}>`.padEnd(match.length, ' '),
  );
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

type Weight = 'regular' | 'bold';

/** Lays the letter out page by page in one layout. */
class Writer {
  y: number;
  readonly doc: PDFKit.PDFDocument;
  readonly layout: PdfLayout;
  readonly lineHeight: number;
  readonly width: number;
  /** Words the letter has more than once: one of each may be hyphenated at a line's end. */
  readonly hyphenable: Set<string>;
  readonly hyphenated = new Set<string>();

  constructor(doc: PDFKit.PDFDocument, layout: PdfLayout, words: string[]) {
    this.doc = doc;
    this.layout = layout;
    this.y = layout.margins.top;
    this.lineHeight = layout.size * layout.leading;
    this.width = PAGE.width - layout.margins.left - layout.margins.right;
    const counts = new Map<string, number>();
    for (const word of words) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + 1);
    this.hyphenable = new Set([...counts].filter(([w, n]) => n > 1 && /^[a-z]{8,}$/.test(w)).map(([w]) => w));
  }

  get left() {
    return this.layout.margins.left;
  }
  get bottom() {
    return PAGE.height - this.layout.margins.bottom;
  }
  /** The space between two paragraphs, beyond one line. */
  get paragraphGap() {
    const { paragraphSpacing, size } = this.layout;
    return paragraphSpacing >= size / 3 ? paragraphSpacing : this.lineHeight + paragraphSpacing;
  }

  readonly widths = new Map<string, number>();
  /**
   * A string's width, as the sum of its words' (each measured once: shaping a whole line
   * with an embedded font for every word tried is what made writing slow).
   */
  widthOf(text: string, weight: Weight = 'regular', size = this.layout.size): number {
    let total = 0;
    const words = text.split(' ');
    for (const word of [...words, ' ']) {
      const key = `${weight}\u0000${size}\u0000${word}`;
      let width = this.widths.get(key);
      if (width === undefined) {
        this.font(weight, size);
        width = this.doc.widthOfString(word);
        this.widths.set(key, width);
      }
      total += word === ' ' ? width * (words.length - 1) : width;
    }
    return total;
  }

  font(weight: Weight, size = this.layout.size) {
    this.doc.font(`${this.layout.font}-${weight}`).fontSize(size);
  }

  newPage() {
    this.doc.addPage();
    this.y = this.layout.margins.top;
  }

  ensure(height: number) {
    if (this.y + height > this.bottom) this.newPage();
  }

  /** Words into lines no wider than `width`: at spaces, and with `hyphenate` inside words too. */
  wrap(text: string, width: number, weight: Weight = 'regular', size = this.layout.size): string[] {
    const fits = (s: string) => this.widthOf(s, weight, size) <= width;
    const lines: string[] = [];
    let line = '';
    const words = text.split(' ');
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const candidate = line ? `${line} ${word}` : word;
      if (!line || fits(candidate)) {
        line = candidate;
        continue;
      }
      const broken = this.layout.hyphenate ? this.hyphenate(line, word, fits) : undefined;
      if (broken) {
        lines.push(broken[0]);
        line = '';
        words[i] = broken[1];
        i--;
        continue;
      }
      lines.push(line);
      line = word;
    }
    if (line) lines.push(line);
    return lines;
  }

  /** The line with the first part of `word` and a hyphen, and the rest of the word; or nothing. */
  hyphenate(line: string, word: string, fits: (s: string) => boolean): [string, string] | undefined {
    // A compound breaks at its own hyphen, which stays ("low-" / "income").
    const compound = /^(\p{L}+-)(\p{Ll}.*)$/u.exec(word);
    if (compound && fits(`${line} ${compound[1]}`)) return [`${line} ${compound[1]}`, compound[2]!];
    const core = /^(\p{Ll}+)([^\p{L}]*)$/u.exec(word);
    if (!core || !this.hyphenable.has(core[1]!) || this.hyphenated.has(core[1]!)) return undefined;
    for (let at = core[1]!.length - 3; at >= 3; at--) {
      const head = `${line} ${word.slice(0, at)}-`;
      if (fits(head)) {
        this.hyphenated.add(core[1]!);
        return [head, word.slice(at)];
      }
    }
    return undefined;
  }

  text(text: string, x: number, weight: Weight, justifyWidth?: number, size = this.layout.size) {
    this.font(weight, size);
    const spaces = text.split(' ').length - 1;
    const wordSpacing =
      justifyWidth && spaces > 0 ? (justifyWidth - this.widthOf(text, weight, size)) / spaces : undefined;
    this.font(weight, size);
    this.doc.text(text, x, this.y, { lineBreak: false, ...(wordSpacing ? { wordSpacing } : {}) });
  }

  /** A block of text, justified or ragged; `cutAfter` forces a page break after that line. */
  block(text: string, x: number, width: number, weight: Weight, cutAfter?: number, bullet?: string) {
    const lines = this.wrap(text, width, weight);
    for (const [i, line] of lines.entries()) {
      const last = i === lines.length - 1;
      // A page's last line must not end a sentence unless it ends the block, or a reader
      // could not tell that the block runs on.
      const room = this.y + this.lineHeight <= this.bottom;
      const nextFits = this.y + 2 * this.lineHeight <= this.bottom;
      if (!room || (!nextFits && !last && /[.!?:;]$/.test(line))) this.newPage();
      if (i === 0 && bullet) this.text(bullet, this.left, weight);
      this.text(line, x, weight, this.layout.justify && !last ? width : undefined);
      this.y += this.lineHeight;
      if (i === cutAfter) this.newPage();
    }
  }

  /** The first line, from `from` on, that a page break may follow: not the last, and not ending a sentence. */
  cutPoint(text: string, width: number, from = 1): number | undefined {
    const saved = new Set(this.hyphenated);
    const lines = this.wrap(text, width);
    this.hyphenated.clear();
    for (const word of saved) this.hyphenated.add(word);
    const at = lines.findIndex((line, i) => i >= from && i < lines.length - 1 && !/[.!?:;-]$/.test(line));
    return at >= 0 ? at : undefined;
  }

  /** A table: cells wrapped in their columns, with or without rules; `breakAfter` starts a page after that row. */
  table(rows: string[][], widths: number[], weights: Weight[], ruled: boolean, breakAfter?: number) {
    const { doc } = this;
    const padX = this.layout.size * 0.8 + 1;
    const padY = 3;
    // A column is never narrower than its longest word: a typesetter's table would
    // widen it rather than let the word run into the next cell.
    widths = widths.map((width, i) => {
      const longest = Math.max(
        ...rows.flatMap((row) => row[i]!.split(' ').map((w) => this.widthOf(w, weights[i]))),
      );
      return Math.max(width, longest + 2 * padX + 1);
    });
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    for (const [r, row] of rows.entries()) {
      const cells = row.map((cell, i) => this.wrap(cell, widths[i]! - 2 * padX, weights[i]));
      const height = Math.max(...cells.map((c) => c.length)) * this.lineHeight + 2 * padY;
      this.ensure(height);
      if (ruled) {
        const total = widths.reduce((a, b) => a + b, 0);
        doc.rect(this.left, this.y, total, height).stroke();
        for (const x of xs.slice(1))
          doc
            .moveTo(x, this.y)
            .lineTo(x, this.y + height)
            .stroke();
      }
      const top = this.y;
      for (const [i, lines] of cells.entries()) {
        this.y = top + padY;
        for (const line of lines) {
          this.text(line, xs[i]! + padX, weights[i]!);
          this.y += this.lineHeight;
        }
      }
      this.y = top + height;
      if (r === breakAfter) this.newPage();
    }
    this.y += this.paragraphGap;
  }
}

/** A PDF of a letter, from its published text, in Ofsted's layout or another. */
export async function letterPdf(source: string, layout: PdfLayout = OFSTED_LAYOUT): Promise<Uint8Array> {
  const text = textForLayout(source, layout);
  const { data, plainBody: body } = parseLetterText(text);
  const doc = newDocument(layout.ligatureCodes ? { compress: false } : {});
  const { regular, bold } = FONTS[layout.font];
  const embedded = (path: string) => (path.endsWith('.woff') ? sfnt(path) : path);
  doc.registerFont(`${layout.font}-regular`, embedded(regular));
  doc.registerFont(`${layout.font}-bold`, embedded(bold));
  const words = body.children.flatMap((node) =>
    ('children' in node ? phrasing(node.children as PhrasingContent[]) : '').split(/\s+/),
  );
  const w = new Writer(
    doc,
    layout,
    words.map((word) => word.replace(/[^\p{L}]+$/u, '')),
  );
  const { margins } = layout;
  const right = PAGE.width - margins.right;

  // Letterhead, date and recipient.
  const sender = data.sender ?? [];
  const headSize = 9;
  doc.font(`${layout.font}-regular`).fontSize(headSize);
  const senderWidth = Math.max(0, ...sender.map((line) => doc.widthOfString(line)));
  w.font('regular');
  const recipient = [data.recipient.name, data.recipient.role, ...data.recipient.address];
  const recipientWidth = Math.max(...recipient.map((line) => doc.widthOfString(line)));
  let columnX = margins.left;
  let headBottom = margins.top;
  const letterheadAt = (lines: string[], x: number, y: number, align?: 'center') => {
    doc.font(`${layout.font}-regular`).fontSize(headSize);
    for (const line of lines) {
      const at = align ? x - doc.widthOfString(line) / 2 : x;
      doc.text(line, at, y, { lineBreak: false });
      y += 11;
    }
    return y;
  };
  let letterhead = layout.letterhead;
  if (letterhead === 'left' && margins.left + senderWidth + 24 + recipientWidth > PAGE.width - 15)
    letterhead = 'top';
  if (sender.length && letterhead === 'right') {
    headBottom = letterheadAt(sender, Math.max(PAGE.width / 2 + 60, right - senderWidth), margins.top);
    w.y = margins.top + 70;
  } else if (sender.length && letterhead === 'left') {
    headBottom = letterheadAt(sender, margins.left, margins.top);
    columnX = Math.min(right - recipientWidth, PAGE.width - 15 - recipientWidth);
    columnX = Math.max(columnX, margins.left + senderWidth + 24);
    w.y = margins.top + 40;
  } else if (sender.length) {
    // Across the top: two columns, or one centred.
    const half = Math.ceil(sender.length / 2);
    if (sender.length >= 4) {
      const a = letterheadAt(sender.slice(0, half), margins.left, margins.top);
      doc.font(`${layout.font}-regular`).fontSize(headSize);
      const rightWidth = Math.max(...sender.slice(half).map((line) => doc.widthOfString(line)));
      const b = letterheadAt(sender.slice(half), right - rightWidth, margins.top);
      headBottom = Math.max(a, b);
    } else {
      headBottom = letterheadAt(sender, PAGE.width / 2, margins.top, 'center');
    }
    w.y = headBottom + 18;
  }
  if (sender.length && letterhead === 'right' && layout.dateUnderLetterhead) {
    // The date in the letterhead's column, under it; the recipient on the left below.
    const date = formatLetterDate(String(data.date));
    w.y = headBottom + 11;
    w.font('regular');
    w.text(
      date,
      Math.min(Math.max(PAGE.width / 2 + 60, right - senderWidth), right - w.widthOf(date)),
      'regular',
    );
    w.y += w.lineHeight * 2;
  } else {
    w.text(formatLetterDate(String(data.date)), columnX, 'regular');
    w.y += w.lineHeight * 2;
  }
  for (const line of recipient) {
    w.text(line, columnX, 'regular');
    w.y += w.lineHeight;
  }
  w.y = Math.max(w.y, headBottom) + w.lineHeight * 1.5;

  const paragraphs = body.children.filter(
    (node, i): node is Paragraph =>
      node.type === 'paragraph' && i > 4 && phrasing(node.children).length > 400,
  );
  const cutParagraph = paragraphs[0];
  const bulletIndent = 18;
  const bullets = body.children
    .filter((node): node is List => node.type === 'list')
    .flatMap((list) => list.children)
    .map((item) => item.children[0] as Paragraph);
  const cutBullet = bullets.find(
    (item) => w.cutPoint(phrasing(item.children), w.width - bulletIndent, 0) !== undefined,
  );
  let afterTitle = false;

  for (const node of body.children as RootContent[]) {
    if (node.type === 'heading') {
      // A heading stays with the two lines after it.
      w.ensure(w.lineHeight * 3);
      w.block(phrasing(node.children), margins.left, w.width, 'bold');
      w.y += w.paragraphGap;
      afterTitle ||= node.depth === 2;
    } else if (node.type === 'table') {
      table(w, node, afterTitle);
    } else if (node.type === 'list') {
      for (const item of node.children) {
        const paragraph = item.children[0] as Paragraph;
        const words = phrasing(paragraph.children);
        const cut = paragraph === cutBullet ? w.cutPoint(words, w.width - bulletIndent, 0) : undefined;
        w.block(words, margins.left + bulletIndent, w.width - bulletIndent, 'regular', cut, '•');
      }
      w.y += w.paragraphGap;
    } else if (node.type === 'paragraph') {
      const strong = node.children.length === 1 && node.children[0]!.type === 'strong';
      const words = phrasing(node.children);
      const cut = node === cutParagraph ? w.cutPoint(words, w.width) : undefined;
      w.block(words, margins.left, w.width, strong ? 'bold' : 'regular', cut);
      w.y += w.paragraphGap;
    }
  }

  // The signature, then the signatory's name and post, spaced as the layout says.
  const spacing = layout.signatureSpacing;
  w.ensure(w.lineHeight * 2 + spacing * 2 + 44);
  w.y += spacing;
  if (data.signatory.signatureImage) {
    doc.image(signaturePng(), margins.left, w.y, { width: 120, height: 36 });
    w.y += 44;
  }
  w.text(data.signatory.name, margins.left, 'regular');
  w.y += w.lineHeight + spacing;
  w.text(data.signatory.role, margins.left, 'regular');

  const pages = doc.bufferedPageRange().count;
  for (let i = 0; i < pages && layout.footer !== 'none'; i++) {
    doc.switchToPage(i);
    doc.font(`${layout.font}-regular`).fontSize(8);
    const label = layout.footer === 'page-of' ? `Page ${i + 1} of ${pages}` : String(i + 1);
    doc.text(label, (PAGE.width - doc.widthOfString(label)) / 2, PAGE.height - 36, { lineBreak: false });
  }
  const bytes = await finish(doc);
  return layout.ligatureCodes ? ligatureCodes(bytes) : bytes;
}

function table(w: Writer, node: Table, grade: boolean) {
  // The header row is the reader's, not the letter's: the published tables have none.
  const rows = node.children.slice(1).map((row) => row.children.map((cell) => phrasing(cell.children)));
  const { layout } = w;
  if (grade) {
    const [label, value] = rows[0]!;
    if (layout.gradeLine === 'sentence') {
      w.block(`${label} ${value}`, layout.margins.left, w.width, 'bold');
      w.y += w.paragraphGap;
      return;
    }
    w.table(rows, [w.width * 0.55, w.width * 0.45], ['regular', 'bold'], true);
    return;
  }
  const widths = layout.scaleColumns.map((share) => share * w.width);
  // The number's column is wide enough for its digit and the padding on either side.
  widths[0] = Math.max(widths[0]!, layout.size * 2.4);
  w.table(
    rows,
    widths,
    ['regular', 'regular', 'regular'],
    layout.scaleRules,
    layout.breakTable ? 1 : undefined,
  );
}

/** PDFs the importer must refuse, each with what is wrong with it. */
export async function badPdfs(): Promise<
  Record<'scanned' | 'encrypted' | 'corrupt' | 'tooManyPages', Uint8Array>
> {
  const scanned = newDocument();
  scanned.image(signaturePng(400, 560), 50, 50, { width: 495, height: 700 });

  const encrypted = newDocument({ userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.7' });
  encrypted.font('Helvetica').fontSize(11).text('A letter that needs a password.', 50, 72);

  const long = newDocument();
  long.font('Helvetica').fontSize(11).text('Page 1', 50, 72);
  for (let i = 2; i <= 21; i++) long.addPage().text(`Page ${i}`, 50, 72);

  const corrupt = new TextEncoder().encode(
    `%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n${'\u0000garbled'.repeat(50)}\n%%EOF\n`,
  );
  return {
    scanned: await finish(scanned),
    encrypted: await finish(encrypted),
    corrupt,
    tooManyPages: await finish(long),
  };
}
