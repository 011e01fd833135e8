/**
 * What pdf.js gives of a page: its text items (each word run with its place, size and
 * font) and where its pictures are drawn.
 */
import type { PDFPageProxy } from 'unpdf/pdfjs';
import type { Item } from './pdf-model.ts';

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

export async function pageItems(page: PDFPageProxy): Promise<Item[]> {
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

/** A box on the page, in PDF units from its bottom left. */
export interface Box {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
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

/**
 * What the page draws besides text: where each picture is (the unit square through the
 * transform in force), and each filled shape's box (a list marker Chromium draws for a
 * CSS disc or square is one; pdf.js gives a path's extent with it).
 */
export async function pageDrawings(page: PDFPageProxy): Promise<{ images: Box[]; shapes: Box[] }> {
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
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const images: Box[] = [];
  const shapes: Box[] = [];
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
    } else if (op === OPS.constructPath) {
      // pdf.js 5 and later: [the painting operator, [path data], its extent].
      const [paint, , extent] = (args ?? []) as [number, unknown, ArrayLike<number> | null];
      if (fills.has(paint) && extent && extent.length === 4) {
        shapes.push(transformed(ctm, [extent[0]!, extent[1]!, extent[2]!, extent[3]!]));
      }
    } else if (
      op === OPS.paintImageXObject ||
      op === OPS.paintInlineImageXObject ||
      op === OPS.paintImageMaskXObject
    ) {
      images.push(transformed(ctm, [0, 0, 1, 1]));
    }
  }
  return { images, shapes };
}
