/**
 * Running headers and footers: in the top or bottom tenth of a page, page numbers
 * ("3", "Page 3 of 4") and lines that recur on more than one page, digits aside.
 */
import { PAGE_NUMBER } from '../../archive/letter-patterns.ts';
import { foldQuotes } from '../../archive/typography.ts';
import { lineText, type Line, type Page, type PdfTextLine } from './pdf-model.ts';

/** The share of a page's height at its top and bottom where running headers and footers sit. */
const BAND = 0.1;

/**
 * Drops running headers and footers from the pages, and returns them: in the top or
 * bottom tenth of a page, page numbers ("3", "Page 3 of 4", "3/4") and lines that recur
 * on more than one page, digits aside (so "Page 2" matches "Page 3"), in the same band:
 * a page's last line and the next page's first are the letter's, however alike (a
 * sentence the letter repeats). Only the first and last two lines of a page can be one.
 */
export function dropRunningLines(pages: Page[], notes: string[]): PdfTextLine[] {
  const masked = (line: Line, page: Page) =>
    `${line.y > (page.top + page.bottom) / 2 ? 'top' : 'bottom'}:` +
    foldQuotes(lineText(line)).replace(/\d+/g, '#').replace(/\s+/g, ' ');
  const candidates = (page: Page) => {
    const band = (page.top - page.bottom) * BAND;
    const edge = [...page.lines.slice(0, 2), ...page.lines.slice(-2)];
    return new Set(edge.filter((line) => line.y > page.top - band || line.y < page.bottom + band));
  };
  const recurring = new Map<string, number>();
  for (const page of pages) {
    for (const text of new Set([...candidates(page)].map((line) => masked(line, page)))) {
      recurring.set(text, (recurring.get(text) ?? 0) + 1);
    }
  }
  const dropped: PdfTextLine[] = [];
  for (const page of pages) {
    const running = candidates(page);
    page.lines = page.lines.filter((line) => {
      if (!running.has(line)) return true;
      const text = lineText(line).replace(/\t/g, ' ');
      if (!PAGE_NUMBER.test(text) && recurring.get(masked(line, page))! < 2) return true;
      notes.push(`page ${page.number}: dropped the running header or footer "${text}"`);
      dropped.push({ text, part: '', page: page.number });
      return false;
    });
  }
  return dropped;
}
