/**
 * A line clipped at a page's edge. Chromium draws the line that ends one page again at the
 * top of the next, clipped to the page, so that only the glyphs reaching below its
 * baseline show there: "g gp p g p" above the first line of page 2, under page 1's last
 * line "English. Young people from low-income families do not do as well at the age of 19
 * as their peers.". Read as text, it is letters the letter never printed.
 *
 * Such a copy is dropped (and listed, for --explain) only when it is certainly one: the
 * page's first line, standing directly above its second, and every glyph it prints one
 * with a descender that the page before's last line prints at about the same place, in the
 * same order. Anything else stays, to be read or refused.
 */
import { lineText, type Line, type Page, type PdfTextLine, type Segment } from './pdf-model.ts';

/** The glyphs whose lower edge alone can show below a line clipped at its baseline. */
const DESCENDER = /[gjpqy,;]/u;

/** A segment's glyphs, each at its place estimated from its share of the segment's width. */
function glyphs(segment: Segment): Array<{ char: string; x: number }> {
  const chars = [...segment.text];
  const width = (segment.x1 - segment.x0) / Math.max(1, chars.length);
  return chars.map((char, i) => ({ char, x: segment.x0 + width * i }));
}

function isClippedCopy(line: Line, next: Line, before: Line): boolean {
  if (line.y - next.y > line.size * 2) return false;
  const copy = line.segments.flatMap(glyphs).filter(({ char }) => char.trim());
  if (copy.length === 0 || !copy.every(({ char }) => DESCENDER.test(char))) return false;
  const original = before.segments.flatMap(glyphs);
  const text = lineText(before);
  // The estimate drifts along a line of proportional type: two and a half letters' width.
  const tolerance = (2.5 * (before.segments.at(-1)!.x1 - before.segments[0]!.x0)) / Math.max(1, text.length);
  let from = 0;
  for (const glyph of copy) {
    const at = original.findIndex(
      (o, i) => i >= from && o.char === glyph.char && Math.abs(o.x - glyph.x) <= tolerance,
    );
    if (at < 0) return false;
    from = at + 1;
  }
  return true;
}

/** Drops from each page a first line that is a clipped copy of the page before's last; returns them. */
export function dropClippedCopies(pages: Page[], notes: string[]): PdfTextLine[] {
  const dropped: PdfTextLine[] = [];
  for (const [i, page] of pages.entries()) {
    const previous = pages[i - 1];
    const before = previous?.lines.at(-1);
    const [first, second] = page.lines;
    if (!before || !first || !second || !isClippedCopy(first, second, before)) continue;
    page.lines = page.lines.slice(1);
    const text = lineText(first).replace(/\t/g, ' ');
    notes.push(
      `page ${page.number}: dropped "${text}", the clipped lower edge of page ${previous!.number}'s last line`,
    );
    dropped.push({ text, part: '', page: page.number });
  }
  return dropped;
}
