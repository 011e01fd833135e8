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
 * are installed); and whether the PDF is tagged.
 */
import { AlignmentType, Document, LevelFormat, Packer } from 'docx';
import { Builder, twips } from './docx-builder.ts';
import { random } from './letter-pdf.ts';
import { letterParts, withoutSignatureNote } from './letter-parts.ts';

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
  /**
   * Saved as a tagged PDF, as Word saves one by default (LibreOffice's UseTaggedPDF): its
   * text in marked-content sequences, one a paragraph, beside the structure tree.
   */
  tagged: boolean;
}

/** A layout drawn from a seed: the same seed gives the same layout everywhere. */
export function docxLayoutFromSeed(seed: number): DocxLayout {
  const next = random(seed ^ 0xd0c0002);
  const between = (low: number, high: number, step = 0.5) =>
    Math.round((low + next() * (high - low)) / step) * step;
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const drawn = between(0.14, 0.3, 0.01);
  const font = pick(DOCX_FONTS);
  const size = between(10, 12);
  const leading = between(1, 1.5, 0.05);
  const paragraphSpacing = between(0, 12);
  const margins = {
    left: between(50, 90, 1),
    right: between(50, 90, 1),
    top: between(45, 80, 1),
    bottom: between(55, 85, 1),
  };
  // No letter's judgement column is narrower than its longest word ("excellently", at a
  // wide font's 0.62 em a letter, and the cell's 5 pt margins): Writer would break the
  // word with no hyphen, which a typist would see and mend.
  const textWidth = 595 - margins.left - margins.right;
  const judgement = Math.max(drawn, Math.ceil(((11 * 0.62 * size + 10) / textWidth) * 100) / 100);
  return {
    font,
    size,
    leading,
    paragraphSpacing,
    margins,
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
    // Drawn last, so that adding it left every other choice of every seed as it was.
    tagged: next() < 0.5,
  };
}

/** The letter's text as the layout prints it: without a signature picture, no signature note. */
export function docxTextForLayout(text: string, layout: DocxLayout): string {
  return layout.signatureImage ? text : withoutSignatureNote(text);
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
