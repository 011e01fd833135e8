/**
 * The paragraphs and tables of a letter as Word holds them, for one layout
 * (scripts/letter-docx.ts): body paragraphs (with an empty paragraph between them where
 * the layout adds no space, as typists do), bulleted items, tables, the letterhead beside
 * or above the recipient or in a floating text box, the signature block, and the
 * "Page X of Y" fields.
 */
import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  ImageRun,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  Textbox,
  WidthType,
  type FileChild,
} from 'docx';
import type { DocxLayout } from './letter-docx.ts';
import { signaturePng } from './letter-pdf.ts';
import { softHyphens, type LetterBlock, type LetterParts } from './letter-parts.ts';

export const twips = (points: number) => Math.round(points * 20);

/** Builds the document's parts for one layout. */
export class Builder {
  readonly layout: DocxLayout;
  constructor(layout: DocxLayout) {
    this.layout = layout;
  }

  get gap() {
    const { paragraphSpacing, size } = this.layout;
    return paragraphSpacing < size / 3 ? 0 : paragraphSpacing;
  }

  words(text: string) {
    return this.layout.hyphenate ? softHyphens(text) : text;
  }

  paragraph(text: string, options: { bold?: boolean; after?: number; align?: 'left' | 'right' } = {}) {
    const justify = this.layout.justify && !options.align;
    return new Paragraph({
      alignment: justify
        ? AlignmentType.JUSTIFIED
        : options.align === 'right'
          ? AlignmentType.RIGHT
          : AlignmentType.LEFT,
      spacing: { after: twips(options.after ?? this.gap) },
      // A bold line (a heading, the grade sentence) stays on the page of what follows, as
      // Word's heading styles keep it.
      keepNext: options.bold ?? false,
      children: [new TextRun({ text, bold: options.bold ?? false })],
    });
  }

  /** A paragraph and, where the layout leaves no space after paragraphs, an empty one. */
  body(text: string, bold = false): Paragraph[] {
    const main = this.paragraph(bold ? text : this.words(text), { bold });
    return this.gap === 0 ? [main, this.paragraph('', { bold })] : [main];
  }

  lines(lines: string[], size?: number, align?: 'left' | 'right'): Paragraph[] {
    return lines.map(
      (line) =>
        new Paragraph({
          alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          spacing: { after: 0, line: 240 },
          children: [new TextRun({ text: line, ...(size ? { size: size * 2 } : {}) })],
        }),
    );
  }

  cell(children: Paragraph[], width: number) {
    return new TableCell({
      width: { size: Math.round(width * 100), type: WidthType.PERCENTAGE },
      margins: { top: 40, bottom: 40, left: 100, right: 100 },
      children,
    });
  }

  table(rows: Paragraph[][][], widths: number[], borders = this.layout.tableBorders) {
    const line = borders
      ? { style: BorderStyle.SINGLE, size: 4, color: '000000' }
      : { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    return new Table({
      width: { size: Math.round(widths.reduce((a, b) => a + b) * 100), type: WidthType.PERCENTAGE },
      borders: {
        top: line,
        bottom: line,
        left: line,
        right: line,
        insideHorizontal: line,
        insideVertical: line,
      },
      rows: rows.map((row) => new TableRow({ children: row.map((cell, i) => this.cell(cell, widths[i]!)) })),
    });
  }

  block(block: LetterBlock): FileChild[] {
    const after = [this.paragraph('', { after: 0 })];
    switch (block.kind) {
      case 'heading':
        return this.body(block.text, true);
      case 'paragraph':
        return this.body(block.text, block.strong);
      case 'list':
        return [
          ...block.items.map(
            (item) =>
              new Paragraph({
                numbering: { reference: 'bullets', level: 0 },
                alignment: this.layout.justify ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
                spacing: { after: twips(this.layout.itemGap) },
                children: [new TextRun(this.words(item))],
              }),
          ),
          this.paragraph('', { after: this.gap }),
        ];
      case 'grade':
        if (this.layout.gradeLine === 'sentence') return this.body(`${block.label} ${block.value}`, true);
        return [
          this.table(
            [
              [
                [this.paragraph(block.label, { after: 0, align: 'left' })],
                [this.paragraph(block.value, { bold: true, after: 0, align: 'left' })],
              ],
            ],
            [0.55, 0.45],
            true,
          ),
          ...after,
        ];
      case 'table':
        return [
          this.table(
            block.rows.map((row) =>
              row.map((cell) => [this.paragraph(this.words(cell), { after: 0, align: 'left' })]),
            ),
            this.layout.scaleColumns,
          ),
          ...after,
        ];
    }
  }

  /** Letterhead, date and recipient. */
  head(parts: LetterParts): FileChild[] {
    const to = [
      ...this.lines([parts.date]),
      this.paragraph('', { after: 0 }),
      ...this.lines(parts.recipient),
    ];
    const sender = parts.sender;
    if (!sender.length) return [...to, this.paragraph('', { after: 0 })];
    // No letterhead is narrower than its longest line (an e-mail address, at a wide font's
    // 0.62 em a letter in 9 pt, and the cell's margins): Writer would break the address
    // with no hyphen, which a typist would see and mend, and no real letter prints.
    const widest = Math.max(...sender.map((line) => line.length)) * 9 * 0.62 + 12;
    const textWidth = 595 - this.layout.margins.left - this.layout.margins.right;
    if (this.layout.letterhead === 'table') {
      const share = Math.min(0.6, Math.max(0.35, Math.ceil((widest / textWidth) * 100) / 100));
      return [
        this.table([[to, this.lines(sender, 9)]], [1 - share, share], false),
        this.paragraph('', { after: 0 }),
      ];
    }
    if (this.layout.letterhead === 'lines')
      return [
        ...this.lines(sender, 9, 'right'),
        this.paragraph('', { after: 0 }),
        ...to,
        this.paragraph('', { after: 0 }),
      ];
    // A floating text box at the top right, anchored to the date's paragraph: it may reach
    // lower than the recipient's last line, as Word letterheads often do.
    const box = new Textbox({
      style: {
        position: 'absolute',
        positionHorizontal: 'right',
        positionHorizontalRelative: 'margin',
        positionVerticalRelative: 'margin',
        top: '0pt',
        width: `${Math.max(170, Math.ceil(widest))}pt`,
        height: `${sender.length * 11 + 14}pt`,
      },
      children: this.lines(sender, 9),
    });
    return [
      new Paragraph({ spacing: { after: 0 }, children: [box, new TextRun(parts.date)] }),
      this.paragraph('', { after: 0 }),
      ...this.lines(parts.recipient),
      this.paragraph('', { after: 0 }),
    ];
  }

  signature(parts: LetterParts): FileChild[] {
    const picture = parts.signatory.image
      ? [
          new Paragraph({
            children: [
              new ImageRun({ type: 'png', data: signaturePng(), transformation: { width: 120, height: 36 } }),
            ],
          }),
        ]
      : [];
    return [...picture, ...this.lines([parts.signatory.name, parts.signatory.role])];
  }

  pageNumbers() {
    const paragraph = () =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ size: 16, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
        ],
      });
    if (this.layout.pageNumbers === 'footer')
      return { footers: { default: new Footer({ children: [paragraph()] }) } };
    if (this.layout.pageNumbers === 'header')
      return { headers: { default: new Header({ children: [paragraph()] }) } };
    return {};
  }
}
