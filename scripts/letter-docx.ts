/**
 * A letter's text as a Word document (.docx, written with the `docx` package) for
 * LibreOffice Writer to print (scripts/soffice-print.ts), in layouts drawn from seeds: the
 * shapes Ofsted's own letters took, typed in Word and saved as PDF. `docxLayoutFromSeed`
 * varies the font (named as Word names them: the system substitutes its own metric twins),
 * size, line spacing, paragraph spacing, margins, justification; the bullets (Word's
 * Symbol and Wingdings bullets, which reach a PDF's text layer as private-use characters
 * U+F0B7 and U+F0A7, or a plain "•"); the letterhead as a floating text box, a frame, a
 * borderless table or right-aligned lines; "Page X of Y" fields in the footer or header;
 * the tables' borders and wrapped cells; and hyphenation (Word's automatic hyphenation,
 * with optional hyphens in long words so they break even where no hyphenation patterns
 * are installed).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  LevelFormat,
  Packer,
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
import { random, signaturePng } from './letter-pdf.ts';
import { letterParts, withoutSignatureNote, type LetterBlock, type LetterParts } from './letter-parts.ts';

/** Fonts as a Word document names them; LibreOffice substitutes metric-compatible ones. */
export const DOCX_FONTS = ['Arial', 'Times New Roman', 'Liberation Sans', 'Liberation Serif', 'DejaVu Sans'];

/** How Word lays a letter out. Lengths in points. */
export interface DocxLayout {
  font: string;
  size: number;
  /** Line spacing as a multiple of single spacing. */
  leading: number;
  /** Space after each paragraph (0 leaves an empty paragraph, as typists do). */
  paragraphSpacing: number;
  margins: { left: number; right: number; top: number; bottom: number };
  justify: boolean;
  /** `symbol`: U+F0B7 in Symbol; `wingdings`: U+F0A7 in Wingdings; `text`: "•" in the body font. */
  bullet: 'symbol' | 'wingdings' | 'text';
  /** Space after each list item; 0 sets the items with no gap. */
  itemGap: number;
  letterhead: 'textbox' | 'table' | 'lines';
  /** Where "Page X of Y" stands, made of Word's PAGE and NUMPAGES fields. */
  pageNumbers: 'footer' | 'header' | 'none';
  tableBorders: boolean;
  scaleColumns: [number, number, number];
  gradeLine: 'table' | 'sentence';
  hyphenate: boolean;
  signatureImage: boolean;
}

/** A layout drawn from a seed: the same seed gives the same layout everywhere. */
export function docxLayoutFromSeed(seed: number): DocxLayout {
  const next = random(seed ^ 0xd0c0002);
  const between = (low: number, high: number, step = 0.5) =>
    Math.round((low + next() * (high - low)) / step) * step;
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const judgement = between(0.14, 0.3, 0.01);
  return {
    font: pick(DOCX_FONTS),
    size: between(10, 12),
    leading: between(1, 1.5, 0.05),
    paragraphSpacing: between(0, 12),
    margins: {
      left: between(50, 90, 1),
      right: between(50, 90, 1),
      top: between(45, 80, 1),
      bottom: between(55, 85, 1),
    },
    justify: next() < 0.5,
    bullet: pick(['symbol', 'wingdings', 'text'] as const),
    itemGap: next() < 0.5 ? 0 : between(2, 8),
    letterhead: pick(['textbox', 'table', 'lines'] as const),
    pageNumbers: pick(['footer', 'header', 'none'] as const),
    tableBorders: next() < 0.5,
    scaleColumns: [0.07, judgement, 0.93 - judgement - between(0, 0.3, 0.01)],
    gradeLine: next() < 0.7 ? 'table' : 'sentence',
    hyphenate: next() < 0.6,
    signatureImage: next() < 0.7,
  };
}

/** The letter's text as the layout prints it: without a signature picture, no signature note. */
export function docxTextForLayout(text: string, layout: DocxLayout): string {
  return layout.signatureImage ? text : withoutSignatureNote(text);
}

const twips = (points: number) => Math.round(points * 20);

/** Optional hyphens every few letters inside long lower-case words. */
function softHyphens(text: string): string {
  return text.replace(/\p{Ll}{9,}/gu, (word) => {
    const cuts: number[] = [];
    for (let at = 4; at <= word.length - 3; at += 3) cuts.push(at);
    return [0, ...cuts].map((from, i) => word.slice(from, cuts[i] ?? word.length)).join('\u00ad');
  });
}

/** Builds the document's parts for one layout. */
class Builder {
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
      children: [new TextRun({ text, bold: options.bold ?? false })],
    });
  }

  /** A paragraph and, where the layout leaves no space after paragraphs, an empty one. */
  body(text: string, bold = false): Paragraph[] {
    const main = this.paragraph(bold ? text : this.words(text), { bold });
    return this.gap === 0 ? [main, this.paragraph('')] : [main];
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
    if (this.layout.letterhead === 'table')
      return [
        this.table([[to, this.lines(sender, 9)]], [0.65, 0.35], false),
        this.paragraph('', { after: 0 }),
      ];
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
        width: '170pt',
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

const BULLETS = {
  symbol: { text: '\uF0B7', font: 'Symbol' },
  wingdings: { text: '\uF0A7', font: 'Wingdings' },
  text: { text: '\u2022', font: undefined },
} as const;

/** The letter as a Word document in the layout: what LibreOffice prints. */
export async function letterDocx(source: string, layout: DocxLayout): Promise<Uint8Array> {
  const parts = letterParts(docxTextForLayout(source, layout));
  const b = new Builder(layout);
  const bullet = BULLETS[layout.bullet];
  const doc = new Document({
    creator: 'fixtures',
    ...(layout.hyphenate ? { hyphenation: { autoHyphenation: true } } : {}),
    styles: {
      default: {
        document: {
          run: { font: layout.font, size: Math.round(layout.size * 2) },
          paragraph: { spacing: { line: Math.round(240 * layout.leading) } },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: bullet.text,
              alignment: AlignmentType.LEFT,
              style: {
                paragraph: { indent: { left: 720, hanging: 360 } },
                ...(bullet.font ? { run: { font: bullet.font } } : {}),
              },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: {
              top: twips(layout.margins.top),
              right: twips(layout.margins.right),
              bottom: twips(layout.margins.bottom),
              left: twips(layout.margins.left),
            },
          },
        },
        ...b.pageNumbers(),
        children: [
          ...b.head(parts),
          ...parts.blocks.flatMap((block) => b.block(block)),
          ...b.signature(parts),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
