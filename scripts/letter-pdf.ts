/**
 * Writes a letter's text as a PDF laid out like Ofsted's published letters: A4, the
 * letterhead top right beside the date and recipient, the body justified, page numbers
 * in the footer, the grade line as a two-column table and the signature as a picture.
 * Each letter also gets a page break in the middle of a paragraph and in the middle of
 * a bullet, the cases the PDF reader has to mend. For tests and the benchmark only.
 */
import { crc32, deflateSync } from 'node:zlib';
import type { List, Paragraph, PhrasingContent, RootContent, Table } from 'mdast';
import PDFDocument from 'pdfkit';
import { formatLetterDate } from '../src/lib/archive/letters.ts';
import { parseLetterText } from '../src/lib/import/letter-text.ts';

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 50, right: 50, top: 72, bottom: 72 };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const SIZE = 11;
const TABLE_SIZE = 10;
const LEADING = SIZE * 1.25;
const BULLET_INDENT = 18;

type Font = 'Helvetica' | 'Helvetica-Bold';

/** A picture of a signature: a PNG drawn here, so no image file is needed. */
export function signaturePng(width = 120, height = 36): Buffer {
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

function phrasing(nodes: PhrasingContent[]): string {
  return nodes
    .map((node) => ('value' in node ? node.value : 'children' in node ? phrasing(node.children) : ''))
    .join('');
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

/** Words into lines no wider than `width`, breaking at spaces only. */
function wrap(doc: PDFKit.PDFDocument, text: string, width: number, font: Font, size: number): string[] {
  doc.font(font).fontSize(size);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && doc.widthOfString(candidate) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Lays the letter out page by page. `breakParagraph` and `breakBullet` are the blocks
 * whose text is cut by a page break after their first full line that does not end a
 * sentence.
 */
class Layout {
  y = MARGIN.top;
  readonly doc: PDFKit.PDFDocument;
  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc;
  }

  get bottom() {
    return PAGE.height - MARGIN.bottom;
  }

  newPage() {
    this.doc.addPage();
    this.y = MARGIN.top;
  }

  ensure(height: number) {
    if (this.y + height > this.bottom) this.newPage();
  }

  line(text: string, x: number, font: Font, size: number, justifyWidth?: number) {
    this.doc.font(font).fontSize(size);
    const spaces = text.split(' ').length - 1;
    const wordSpacing =
      justifyWidth && spaces > 0 ? (justifyWidth - this.doc.widthOfString(text)) / spaces : undefined;
    this.doc.text(text, x, this.y, { lineBreak: false, ...(wordSpacing ? { wordSpacing } : {}) });
  }

  /** A justified block of text; `cutAfter` forces a page break after that line. */
  block(text: string, x: number, width: number, font: Font, cutAfter?: number, first?: string) {
    const lines = wrap(this.doc, text, width, font, SIZE);
    for (const [i, line] of lines.entries()) {
      const last = i === lines.length - 1;
      // A page's last line must not end a sentence unless it ends the block, or a reader
      // could not tell that the block runs on.
      const room = this.y + LEADING <= this.bottom;
      const nextFits = this.y + 2 * LEADING <= this.bottom;
      if (!room || (!nextFits && !last && /[.!?:;]$/.test(line))) this.newPage();
      if (i === 0 && first) this.line(first, MARGIN.left, font, SIZE);
      this.line(line, x, font, SIZE, last ? undefined : width);
      this.y += LEADING;
      if (i === cutAfter) this.newPage();
    }
  }
}

/** The first line, from `from` on, that a page break may follow: not the last, and not ending a sentence. */
function cutPoint(doc: PDFKit.PDFDocument, text: string, width: number, from = 1): number | undefined {
  const lines = wrap(doc, text, width, 'Helvetica', SIZE);
  const at = lines.findIndex((line, i) => i >= from && i < lines.length - 1 && !/[.!?:;]$/.test(line));
  return at >= 0 ? at : undefined;
}

function table(layout: Layout, node: Table, grade: boolean) {
  const { doc } = layout;
  // The header row is the reader's, not the letter's: the published tables have none.
  const rows = node.children.slice(1).map((row) => row.children.map((cell) => phrasing(cell.children)));
  const columns = grade
    ? [MARGIN.left + 6, MARGIN.left + 260]
    : [MARGIN.left, MARGIN.left + 20, MARGIN.left + 140];
  const height = TABLE_SIZE * 1.6;
  layout.ensure(rows.length * height);
  for (const row of rows) {
    if (grade) {
      doc.rect(MARGIN.left, layout.y - 4, WIDTH, height).stroke();
      doc
        .moveTo(columns[1]! - 6, layout.y - 4)
        .lineTo(columns[1]! - 6, layout.y - 4 + height)
        .stroke();
    }
    for (const [i, cell] of row.entries()) {
      layout.line(cell, columns[i]!, grade && i === 1 ? 'Helvetica-Bold' : 'Helvetica', TABLE_SIZE);
    }
    layout.y += height;
  }
  layout.y += SIZE;
}

/** A PDF of a letter, from its published text. */
export async function letterPdf(text: string): Promise<Uint8Array> {
  const { data, plainBody: body } = parseLetterText(text);
  const doc = newDocument();
  const layout = new Layout(doc);

  // Letterhead, top right; date and recipient on the left, beside its lower part.
  doc.font('Helvetica').fontSize(9);
  let right = MARGIN.top;
  for (const line of data.sender ?? []) {
    doc.text(line, PAGE.width / 2 + 60, right, { lineBreak: false });
    right += 11;
  }
  layout.y = MARGIN.top + (data.sender ? 70 : 0);
  layout.line(formatLetterDate(String(data.date)), MARGIN.left, 'Helvetica', SIZE);
  layout.y += LEADING * 2;
  for (const line of [data.recipient.name, data.recipient.role, ...data.recipient.address]) {
    layout.line(line, MARGIN.left, 'Helvetica', SIZE);
    layout.y += LEADING;
  }
  layout.y = Math.max(layout.y, right) + LEADING * 1.5;

  const paragraphs = body.children.filter(
    (node, i): node is Paragraph =>
      node.type === 'paragraph' && i > 4 && phrasing(node.children).length > 400,
  );
  const cutParagraph = paragraphs[0];
  const bullets = body.children
    .filter((node): node is List => node.type === 'list')
    .flatMap((list) => list.children)
    .map((item) => item.children[0] as Paragraph);
  const cutBullet = bullets.find(
    (item) => cutPoint(doc, phrasing(item.children), WIDTH - BULLET_INDENT, 0) !== undefined,
  );
  let afterTitle = false;

  for (const node of body.children as RootContent[]) {
    if (node.type === 'heading') {
      // A heading stays with the two lines after it.
      layout.ensure(LEADING * 3);
      layout.line(phrasing(node.children), MARGIN.left, 'Helvetica-Bold', SIZE);
      layout.y += LEADING * 2;
      afterTitle ||= node.depth === 2;
    } else if (node.type === 'table') {
      table(layout, node, afterTitle);
    } else if (node.type === 'list') {
      for (const item of node.children) {
        const paragraph = item.children[0] as Paragraph;
        const words = phrasing(paragraph.children);
        const cut = paragraph === cutBullet ? cutPoint(doc, words, WIDTH - BULLET_INDENT, 0) : undefined;
        layout.block(words, MARGIN.left + BULLET_INDENT, WIDTH - BULLET_INDENT, 'Helvetica', cut, '•');
      }
      layout.y += LEADING;
    } else if (node.type === 'paragraph') {
      const strong = node.children.length === 1 && node.children[0]!.type === 'strong';
      const words = phrasing(node.children);
      const cut = node === cutParagraph ? cutPoint(doc, words, WIDTH) : undefined;
      layout.block(words, MARGIN.left, WIDTH, strong ? 'Helvetica-Bold' : 'Helvetica', cut);
      layout.y += LEADING;
    }
  }

  // Signature, then the signatory's name and post.
  layout.ensure(LEADING * 2 + 40);
  if (data.signatory.signatureImage) {
    doc.image(signaturePng(), MARGIN.left, layout.y, { width: 120, height: 36 });
    layout.y += 44;
  }
  layout.line(data.signatory.name, MARGIN.left, 'Helvetica', SIZE);
  layout.y += LEADING;
  layout.line(data.signatory.role, MARGIN.left, 'Helvetica', SIZE);

  const pages = doc.bufferedPageRange().count;
  for (let i = 0; i < pages; i++) {
    doc.switchToPage(i);
    doc.font('Helvetica').fontSize(8);
    const label = `Page ${i + 1} of ${pages}`;
    doc.text(label, (PAGE.width - doc.widthOfString(label)) / 2, PAGE.height - 36, { lineBreak: false });
  }
  return finish(doc);
}

/** PDFs the importer must refuse, each with what is wrong with it. */
export async function badPdfs(): Promise<
  Record<'scanned' | 'encrypted' | 'corrupt' | 'tooManyPages', Uint8Array>
> {
  const scanned = newDocument();
  scanned.image(signaturePng(400, 560), 50, 50, { width: 495, height: 700 });

  const encrypted = newDocument({ userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.7' });
  encrypted.font('Helvetica').fontSize(SIZE).text('A letter that needs a password.', 50, 72);

  const long = newDocument();
  long.font('Helvetica').fontSize(SIZE).text('Page 1', 50, 72);
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
