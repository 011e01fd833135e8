/**
 * Page 1 above the salutation: the date; the recipient's lines below it, aligned with
 * the line nearest the salutation (setting aside a column that is Ofsted's own); and the letterhead (everything else: a column on
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
 * A line only a sender's block holds: Ofsted's name, its address or a contact line (a
 * telephone, fax or email label, a web or email address). A recipient's block begins
 * with a person's name and post, and has none of these.
 */
const SENDER_LINE = /\bofsted\b|aviation house|kingsway|^(?:t|f|tel|fax|e|email|direct)\b[\s.:]|www\.|@/i;

/** The lowest of `segments`, and those aligned with it (the block nearest the salutation). */
function alignedWithLowest(segments: HeadSegment[]): HeadSegment[] {
  const last = segments.reduce<HeadSegment | undefined>(
    (low, s) => (!low || s.y < low.y ? s : low),
    undefined,
  );
  return last ? segments.filter((s) => Math.abs(s.x0 - last.x0) <= last.size) : [];
}

/**
 * The recipient's lines among those below the date: the block nearest the salutation,
 * once any column that is the sender's own (a floating letterhead may reach lower than the
 * recipient's last line) is set aside; by place alone where no column tells them apart.
 */
function recipientOf(below: HeadSegment[]): HeadSegment[] {
  const cols = columns(below);
  const notSender = cols.filter((col) => !col.some((s) => SENDER_LINE.test(s.text)));
  if (notSender.length > 0 && notSender.length < cols.length) {
    const lowest = (col: HeadSegment[]) => Math.min(...col.map((s) => s.y));
    const nearest = notSender.reduce((a, b) => (lowest(b) < lowest(a) ? b : a));
    const aligned = alignedWithLowest(nearest);
    return below.filter((s) => aligned.includes(s));
  }
  return alignedWithLowest(below);
}

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
  const recipient = recipientOf(below);
  const letterhead = segments.filter((s) => s !== date && !recipient.includes(s));
  for (const column of columns(letterhead)) {
    for (const s of column.sort((a, b) => b.y - a.y)) out.push({ text: s.text, part: 'letterhead', page: 1 });
  }
  if (letterhead.length) out.push({ text: '', part: '' });
  out.push({ text: date.text, part: 'date', page: 1 }, { text: '', part: '' });
  for (const s of recipient) out.push({ text: s.text, part: 'recipient', page: 1 });
  out.push({ text: '', part: '' });
}

/**
 * A floating letterhead (a text box) may reach lower than the salutation: its last lines
 * then share their baselines with the salutation and the subject. Those segments, set in
 * the sender's column and following on from the column
 * line by line, are the letterhead's: they are taken out of the body's lines and given to
 * the head, so the body keeps only its own words.
 */
export function withSpilledLetterhead(head: Line[], rest: Line[]): { head: Line[]; rest: Line[] } {
  const sender = head.flatMap((line) => line.segments.filter((s) => SENDER_LINE.test(s.text)));
  if (sender.length === 0) return { head, rest };
  const x0 = Math.min(...sender.map((s) => s.x0));
  // Only a column beside the body spills: a letterhead from the body's left edge (across
  // the top, or on the left) ends above the salutation, and the body is not the sender's.
  const bodyLeft = Math.min(...rest.filter((line) => line.page === 1).map((line) => line.segments[0]!.x0));
  if (x0 <= bodyLeft + 1) return { head, rest };
  const lowest = head.filter((line) => line.segments.some((s) => s.x0 >= x0 - 1));
  let y = Math.min(...lowest.map((line) => line.y));
  const moved: Line[] = [];
  const kept = rest.map((line) => {
    const inColumn = line.segments.filter((s) => s.x0 >= x0 - 1);
    if (line.page !== 1 || inColumn.length === 0 || y - line.y > line.size * 2.5) return line;
    y = line.y;
    moved.push({ ...line, segments: inColumn });
    return { ...line, segments: line.segments.filter((s) => !inColumn.includes(s)) };
  });
  return { head: [...head, ...moved], rest: kept };
}
