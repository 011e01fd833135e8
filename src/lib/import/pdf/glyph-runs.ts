/**
 * Text items from the glyphs a page draws, placed by the PDF's own text state (PDF 32000
 * §9.4), not by pdf.js's text content. pdf.js joins runs a tenth of an em apart with a
 * space, and puts back a space glyph a producer drew and then drew over: a word drawn in
 * two runs (LibreOffice starts a new run at each optional hyphen, a little apart; Chromium
 * draws a soft hyphen as a space glyph and starts the word's rest where that space began)
 * read as two words. Here a space glyph ends a run, and each run says whether one was
 * drawn before it; whether two runs are one word or two is left to pdf-lines.ts.
 *
 * A hyphen drawn by an operation of its own is a run of its own, its `hyphen` 'alone':
 * LibreOffice draws so the hyphen it adds where it breaks a word, and a typed hyphen with
 * the letters around it. Chromium draws the soft hyphen it breaks at as a blank glyph in
 * a marked-content span (whose ActualText is U+00AD) and then its hyphen by itself:
 * 'marked'. Whether a letter's producer draws so is for hyphen-drawing.ts to judge from
 * the letter's own hyphens.
 */
import type { Item } from './pdf-model.ts';

export type Matrix = [number, number, number, number, number, number];

export const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** A glyph as pdf.js's operator list gives it in a showText operation. */
interface Glyph {
  unicode: string;
  width: number;
  isSpace: boolean;
}

/** The text state that lives in the graphics state, saved and restored with it. */
export interface TextStyle {
  font: string;
  size: number;
  charSpacing: number;
  wordSpacing: number;
  /** Horizontal scaling, as a fraction. */
  scale: number;
  leading: number;
  rise: number;
}

export const TEXT_STYLE: TextStyle = {
  font: '',
  size: 0,
  charSpacing: 0,
  wordSpacing: 0,
  scale: 1,
  leading: 0,
  rise: 0,
};

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

/** A hyphen as producers print one: the hyphen-minus, or Unicode's hyphen. */
const HYPHEN = /^[-\u2010]$/;

/**
 * Collects a page's text runs: the glyphs drawn one after the other on one baseline, in
 * one font, each starting where the one before it ended. A space glyph, or any move
 * between glyphs, ends the run.
 */
export class GlyphRuns {
  readonly items: Item[] = [];
  /** The text matrix and the line matrix (Tm, Tlm). */
  private tm: Matrix = [1, 0, 0, 1, 0, 0];
  private tlm: Matrix = [1, 0, 0, 1, 0, 0];
  private open: (Item & { end: number }) | undefined;
  /** A space glyph was drawn since the last run ended. */
  private space = false;
  /** The marked-content sequences open, innermost last: whether each has drawn a blank glyph, and any other. */
  private marked: Array<{ blank: boolean; other: boolean }> = [];
  /**
   * A marked-content sequence that drew blank glyphs and nothing else (Chromium's soft
   * hyphen) has ended since the last glyph that was not blank. A sequence that holds
   * words too (a tagged PDF's paragraph) is not one.
   */
  private markedBlank = false;

  beginMarked() {
    this.marked.push({ blank: false, other: false });
  }

  endMarked() {
    const sequence = this.marked.pop();
    if (sequence?.blank && !sequence.other) this.markedBlank = true;
  }

  beginText() {
    this.tm = [1, 0, 0, 1, 0, 0];
    this.tlm = [1, 0, 0, 1, 0, 0];
  }

  setMatrix(m: ArrayLike<number>) {
    this.tm = Array.from(m).slice(0, 6) as Matrix;
    this.tlm = [...this.tm];
  }

  moveText(tx: number, ty: number) {
    this.tlm = multiply(this.tlm, [1, 0, 0, 1, tx, ty]);
    this.tm = [...this.tlm];
  }

  nextLine(style: TextStyle) {
    this.moveText(0, -style.leading);
  }

  /** Draws a showText operation's glyphs and numbers (TJ's adjustments, thousandths of an em). */
  show(glyphs: Array<Glyph | number>, style: TextStyle, ctm: Matrix, fontMatrix: Matrix) {
    const drawn = glyphs.filter((g): g is Glyph => typeof g !== 'number' && (g.unicode ?? '').trim() !== '');
    const alone = drawn.length === 1 && HYPHEN.test(drawn[0]!.unicode);
    if (alone) this.close();
    for (const glyph of glyphs) {
      if (typeof glyph === 'number') {
        this.advance((-glyph / 1000) * style.size * style.scale);
        continue;
      }
      const advance =
        (glyph.width * fontMatrix[0] * style.size +
          style.charSpacing +
          (glyph.isSpace ? style.wordSpacing : 0)) *
        style.scale;
      const text = (glyph.unicode ?? '').replace(/[\uFB00-\uFB06]/g, (l) => LIGATURES[l]!);
      if (text.trim() === '') {
        this.close();
        this.space = true;
        for (const sequence of this.marked) sequence.blank = true;
      } else {
        for (const sequence of this.marked) sequence.other = true;
        this.place(text, advance, style, ctm);
        if (alone && this.open) this.open.hyphen = this.markedBlank ? 'marked' : 'alone';
        this.markedBlank = false;
      }
      this.advance(advance);
    }
    if (alone) this.close();
  }

  /** Ends the open run. */
  close() {
    if (this.open) {
      const { end: _end, ...item } = this.open;
      this.items.push(item);
    }
    this.open = undefined;
  }

  private advance(tx: number) {
    this.tm = multiply(this.tm, [1, 0, 0, 1, tx, 0]);
  }

  private place(text: string, advance: number, style: TextStyle, ctm: Matrix) {
    const trm = multiply(ctm, multiply(this.tm, [1, 0, 0, 1, 0, style.rise]));
    const [x, y] = [trm[4], trm[5]];
    const end = multiply(trm, [1, 0, 0, 1, advance, 0])[4];
    const size = Math.hypot(trm[2], trm[3]) * style.size;
    const run = this.open;
    const joins =
      run &&
      run.font === style.font &&
      Math.abs(run.size - size) < 0.01 &&
      Math.abs(run.y - y) < size * 0.01 &&
      Math.abs(x - run.end) < size * 0.02;
    if (run && joins) {
      run.str += text;
      run.end = end;
      run.width = end - run.x;
      return;
    }
    this.close();
    this.open = { str: text, x, y, width: end - x, size, font: style.font, spaced: this.space, end };
    this.space = false;
  }
}
