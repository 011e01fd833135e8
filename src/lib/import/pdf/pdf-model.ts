/**
 * The shapes the PDF stage passes from step to step: pdf.js's text items, the lines and
 * segments they make, the pages, and the lines of text the stage hands the text reader,
 * each with the part of the letter it was taken for.
 */

/** A run of text as pdf.js gives it: its baseline's start, width, type size and font. */
export interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  font: string;
  /**
   * A space glyph was drawn between the run before this one and this one (glyph-runs.ts);
   * undefined where the producer's spaces are not known.
   */
  spaced?: boolean;
  /**
   * A hyphen drawn by a text operation of its own, nothing else drawn with it ('alone'),
   * and one drawn so right after a blank glyph in a marked-content span ('marked'): how
   * LibreOffice and Chromium draw the hyphen they add where they break a word (glyph-runs.ts).
   */
  hyphen?: HyphenDraw;
}

/** How a hyphen is drawn, where that is more than with the letters around it (Item.hyphen). */
export type HyphenDraw = 'alone' | 'marked';

/** A run of items on one baseline with no wide gap inside: a line of prose, or one table cell. */
export interface Segment {
  text: string;
  x0: number;
  x1: number;
  /** How the hyphen it ends in is drawn, where that is by itself (Item.hyphen). */
  endHyphen?: HyphenDraw;
  /** Hyphens drawn by themselves inside it, not at its end: the producer draws hyphens it did not add so. */
  insideHyphens?: Partial<Record<HyphenDraw, number>>;
}

export interface Line {
  segments: Segment[];
  /** Baseline, in PDF units from the page's bottom. */
  y: number;
  size: number;
  /** The fonts its items are drawn in: a heading in bold differs from the paragraph below it. */
  fonts: string;
  page: number;
}

export interface Page {
  number: number;
  lines: Line[];
  images: Array<{ top: number; bottom: number }>;
  top: number;
  bottom: number;
  /** The text of each line a drawn list marker stands beside but cannot be placed on (list-marks.ts). */
  unplaced?: string[];
}

/** The part of the letter a line of the text was taken for (`--explain` shows it). */
export type PdfPart =
  'letterhead' | 'date' | 'recipient' | 'body' | 'bullet' | 'table row' | 'sign-off' | 'signature block' | '';

export interface PdfTextLine {
  text: string;
  part: PdfPart;
  /** The page the line (or its first part) was read on. */
  page?: number;
  /**
   * Why the reader cannot tell where this paragraph starts: the page break before it may
   * end the paragraph above or run it on (page-breaks.ts). The letter is refused.
   */
  undecided?: string;
}

/** A line's segments as text, cells apart by a tab. */
export const lineText = (line: Line) => line.segments.map((s) => s.text).join('\t');

/** Where a line ends on the right. */
export const lineEnd = (line: Line) => line.segments[line.segments.length - 1]!.x1;
