/**
 * What a page draws, from pdf.js's operator list in one pass: its text runs (each word run
 * with its place, size and font; glyph-runs.ts), where its pictures are, and each filled
 * shape's box.
 */
import type { PDFPageProxy } from 'unpdf/pdfjs';
import { GlyphRuns, multiply, TEXT_STYLE, type Matrix, type TextStyle } from './glyph-runs.ts';
import type { Item } from './pdf-model.ts';

/** A box on the page, in PDF units from its bottom left. */
export interface Box {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

export interface PageContent {
  items: Item[];
  images: Box[];
  /** Filled shapes: a list marker Chromium draws for a CSS disc or square is one. */
  shapes: Box[];
}

/** A box through the transform in force: the corners' extent. */
function transformed(ctm: Matrix, [x0, y0, x1, y1]: [number, number, number, number]): Box {
  const corners = [
    [x0, y0],
    [x0, y1],
    [x1, y0],
    [x1, y1],
  ].map(([x, y]) => [ctm[0] * x! + ctm[2] * y! + ctm[4], ctm[1] * x! + ctm[3] * y! + ctm[5]] as const);
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  return { x0: Math.min(...xs), x1: Math.max(...xs), top: Math.max(...ys), bottom: Math.min(...ys) };
}

type Ops = (typeof import('unpdf/pdfjs'))['OPS'];

/** The graphics state the reader follows: the transform and the text state. */
interface State {
  ctm: Matrix;
  style: TextStyle;
}

/** Applies a text operator to the runs and the text state; false for any other operator. */
function textOp(OPS: Ops, op: number, args: unknown[], state: State, runs: GlyphRuns, page: PDFPageProxy) {
  const style = state.style;
  const n = (i: number) => args[i] as number;
  if (op === OPS.beginText) runs.beginText();
  else if (op === OPS.setTextMatrix) runs.setMatrix(args[0] as ArrayLike<number>);
  else if (op === OPS.moveText) runs.moveText(n(0), n(1));
  else if (op === OPS.setLeadingMoveText) {
    style.leading = -n(1);
    runs.moveText(n(0), n(1));
  } else if (op === OPS.nextLine) runs.nextLine(style);
  else if (op === OPS.setFont) [style.font, style.size] = [args[0] as string, n(1)];
  else if (op === OPS.setCharSpacing) style.charSpacing = n(0);
  else if (op === OPS.setWordSpacing) style.wordSpacing = n(0);
  else if (op === OPS.setHScale) style.scale = n(0) / 100;
  else if (op === OPS.setLeading) style.leading = n(0);
  else if (op === OPS.setTextRise) style.rise = n(0);
  else if (op === OPS.beginMarkedContent || op === OPS.beginMarkedContentProps) runs.beginMarked();
  else if (op === OPS.endMarkedContent) runs.endMarked();
  else if (op === OPS.showText) {
    const font = page.commonObjs.has(style.font)
      ? (page.commonObjs.get(style.font) as { fontMatrix?: Matrix })
      : undefined;
    runs.show(args[0] as never, style, state.ctm, font?.fontMatrix ?? [0.001, 0, 0, 0.001, 0, 0]);
  } else return false;
  return true;
}

/** Everything the page draws that the reader uses: text runs, pictures and filled shapes. */
export async function pageContent(page: PDFPageProxy): Promise<PageContent> {
  const { OPS } = await import('unpdf/pdfjs');
  const fills = new Set<number>([
    OPS.fill,
    OPS.eoFill,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const { fnArray, argsArray } = await page.getOperatorList();
  const stack: State[] = [];
  let state: State = { ctm: [1, 0, 0, 1, 0, 0], style: { ...TEXT_STYLE } };
  const runs = new GlyphRuns();
  const images: Box[] = [];
  const shapes: Box[] = [];
  let annotation = 0;
  for (const [i, op] of fnArray.entries()) {
    const args = (argsArray[i] ?? []) as unknown[];
    // An annotation's appearance (a form field, a stamp) is no part of the page's text,
    // as pdf.js's text content leaves it out.
    if (op === OPS.beginAnnotation) annotation++;
    else if (op === OPS.endAnnotation) annotation--;
    if (annotation > 0 || op === OPS.endAnnotation) continue;
    if (textOp(OPS, op, args, state, runs, page)) continue;
    if (op === OPS.save || op === OPS.paintFormXObjectBegin) {
      stack.push(state);
      const matrix = op === OPS.paintFormXObjectBegin ? (args[0] as Matrix | null) : null;
      state = { ctm: matrix ? multiply(state.ctm, matrix) : state.ctm, style: { ...state.style } };
    } else if (op === OPS.restore || op === OPS.paintFormXObjectEnd) {
      state = stack.pop() ?? state;
    } else if (op === OPS.transform) {
      state.ctm = multiply(state.ctm, args as Matrix);
    } else if (op === OPS.constructPath) {
      // pdf.js 5 and later: [the painting operator, [path data], its extent].
      const [paint, , extent] = args as [number, unknown, ArrayLike<number> | null];
      if (fills.has(paint) && extent && extent.length === 4) {
        shapes.push(transformed(state.ctm, [extent[0]!, extent[1]!, extent[2]!, extent[3]!]));
      }
    } else if (
      op === OPS.paintImageXObject ||
      op === OPS.paintInlineImageXObject ||
      op === OPS.paintImageMaskXObject
    ) {
      images.push(transformed(state.ctm, [0, 0, 1, 1]));
    }
  }
  runs.close();
  return { items: runs.items, images, shapes };
}
