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

/** Where each picture on the page is drawn: the unit square through the transform in force. */
export async function pageImages(page: PDFPageProxy): Promise<Array<{ top: number; bottom: number }>> {
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
