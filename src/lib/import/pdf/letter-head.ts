/**
 * Page 1 above the salutation: the date; the recipient's lines below it, aligned with
 * the line nearest the salutation; and the letterhead (everything else: a column on
 * either side, or lines across the top, read column by column).
 */
import { DATE_LIKE } from '../../archive/letter-patterns.ts';
import { lineText, type Line, type PdfTextLine, type Segment } from './pdf-model.ts';

/** Segments whose x-ranges overlap, as columns, left to right; each column's segments top to bottom. */
function columns<T extends Segment>(segments: T[]): T[][] {
  const groups: Array<{ x0: number; x1: number; items: T[] }> = [];
  for (const segment of segments) {
    const overlapping = groups.filter((g) => segment.x0 < g.x1 && segment.x1 > g.x0);
    const merged = { x0: segment.x0, x1: segment.x1, items: [segment] };
    for (const g of overlapping) {
      merged.x0 = Math.min(merged.x0, g.x0);
      merged.x1 = Math.max(merged.x1, g.x1);
      merged.items.push(...g.items);
      groups.splice(groups.indexOf(g), 1);
    }
    groups.push(merged);
  }
  return groups.sort((a, b) => a.x0 - b.x0).map((g) => g.items);
}

type HeadSegment = Segment & { y: number; size: number };

/**
 * The head's lines as text: the letterhead, read column by column; the date; then the
 * recipient's lines below the date, aligned with the line nearest the salutation (the
 * date may stand beside them or under the letterhead).
 */
export function readHead(lines: Line[], out: PdfTextLine[]): void {
  const segments: HeadSegment[] = lines.flatMap((line) =>
    line.segments.map((s) => ({ ...s, y: line.y, size: line.size })),
  );
  const date = segments.find((s) => DATE_LIKE.test(s.text));
  if (!date) {
    // No date: the lines in order, for the letter reader to say what is missing.
    for (const line of lines) out.push({ text: lineText(line), part: 'letterhead', page: 1 });
    out.push({ text: '', part: '' });
    return;
  }
  // The recipient's block ends nearest the salutation.
  const below = segments.filter((s) => s !== date && s.y < date.y);
  const last = below.reduce<HeadSegment | undefined>((low, s) => (!low || s.y < low.y ? s : low), undefined);
  const recipient = last ? below.filter((s) => Math.abs(s.x0 - last.x0) <= last.size) : [];
  const letterhead = segments.filter((s) => s !== date && !recipient.includes(s));
  for (const column of columns(letterhead)) {
    for (const s of column.sort((a, b) => b.y - a.y)) out.push({ text: s.text, part: 'letterhead', page: 1 });
  }
  if (letterhead.length) out.push({ text: '', part: '' });
  out.push({ text: date.text, part: 'date', page: 1 }, { text: '', part: '' });
  for (const s of recipient) out.push({ text: s.text, part: 'recipient', page: 1 });
  out.push({ text: '', part: '' });
}
