/**
 * Lines → blocks: paragraphs, bullets and tables.
 *
 * - Each page's usual baseline distance is the smallest one that recurs (a paragraph's
 *   lines); a wider gap, or a change of font (a bold heading), starts a new block. A
 *   paragraph's lines become one line of text.
 * - Tables: lines of two or more segments. The columns come from the cells' x-positions;
 *   a line with nothing in the first column, or at the usual distance with each of its
 *   parts plainly going on from the part above (after a hyphen, or in lower case), is the
 *   row above wrapping, and each of its parts joins the cell it lies under. Rules are not
 *   needed.
 * - A page break: a paragraph, bullet or table runs on when the page's last line leaves
 *   no room for the next page's first word (or ends in a hyphen, or the next page goes
 *   on in lower case); a line that ends a paragraph leaves room (page-breaks.ts).
 */
import { BULLET, BULLET_GLYPH } from '../../archive/letter-patterns.ts';
import { joinText, type Vocabulary } from './hyphenation.ts';
import { runsOnAcrossPages, type PageFlow } from './page-breaks.ts';
import { lineEnd, type Line, type Segment } from './pdf-model.ts';

export interface Block {
  kind: 'prose' | 'bullet' | 'table';
  /** Prose and bullets: the text so far. */
  text: string;
  /** Tables: the columns' extents and the rows' cells. */
  columns: Array<{ x0: number; x1: number }>;
  rows: string[][];
  last: Line;
  page: number;
  /** Why where this block starts cannot be told (page-breaks.ts). */
  undecided?: string;
}

/** What reading a line needs of the lines before it. */
interface Step {
  line: Line;
  previous: Line | undefined;
  /** The distance from the line above on the same page; undefined across a page break. */
  gap: number | undefined;
  pageBreak: boolean;
  /** The widest gap at which a line is the next of its paragraph. */
  limit: number;
  sameFont: boolean;
  isSignOff: boolean;
}

/** The smallest of the values that recurs (three times, to within 0.02): the distance of a paragraph's lines. */
function smallestRecurring(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.find((value) => sorted.filter((v) => Math.abs(v - value) <= 0.02).length >= 3);
}

/**
 * The usual distance between baselines on each page, as a share of the type size: the
 * smallest distance that recurs between one line and the next, which is that of the
 * lines of a paragraph (paragraphs, headings and table rows stand further apart). A page
 * with too few lines to tell takes the whole letter's.
 */
function leadings(lines: Line[]): Map<number, number> {
  const byPage = new Map<number, number[]>();
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!];
    if (a.page !== b.page) continue;
    const ratio = (a.y - b.y) / b.size;
    if (ratio > 0.5 && ratio < 3) byPage.set(a.page, [...(byPage.get(a.page) ?? []), ratio]);
  }
  const overall = smallestRecurring([...byPage.values()].flat()) ?? 1.2;
  const result = new Map<number, number>();
  for (const page of new Set(lines.map((l) => l.page))) {
    result.set(page, Math.min(smallestRecurring(byPage.get(page) ?? []) ?? overall, overall));
  }
  return result;
}

/** The column a cell belongs to: the one it overlaps most, or the nearest by its left edge. */
function columnOf(block: Block, segment: Segment): number {
  let best = -1;
  let bestOverlap = 0;
  for (const [i, c] of block.columns.entries()) {
    const overlap = Math.min(c.x1, segment.x1) - Math.max(c.x0, segment.x0);
    if (overlap > bestOverlap) [best, bestOverlap] = [i, overlap];
  }
  if (best >= 0) return best;
  let nearest = 0;
  for (const [i, c] of block.columns.entries()) {
    if (Math.abs(c.x0 - segment.x0) < Math.abs(block.columns[nearest]!.x0 - segment.x0)) nearest = i;
  }
  return nearest;
}

/**
 * Justified text: many of the body's lines end at one right edge, to a tenth of an em
 * (Writer's ends vary by half a point; ragged lines end there only by chance). A quarter
 * of the lines will do: a letter of short paragraphs, headings and list items has few
 * lines that are not a paragraph's last.
 */
function isJustified(lines: Line[]): boolean {
  const prose = lines.filter((line) => line.segments.length === 1);
  if (prose.length < 4) return false;
  const right = Math.max(...prose.map(lineEnd));
  const atEdge = prose.filter((line) => lineEnd(line) >= right - line.size * 0.1).length;
  return atEdge >= Math.max(3, prose.length / 4);
}

const newBlock = (kind: Block['kind'], line: Line, text = ''): Block => ({
  kind,
  text,
  columns: [],
  rows: [],
  last: line,
  page: line.page,
});

/**
 * A table row: a new row of the table above, or a new table. Lines with nothing in the
 * first column, or at the usual distance with every part going on from the part above,
 * are a row's cells wrapping.
 */
function addTableLine(blocks: Block[], segments: Segment[], step: Step, words: Vocabulary, notes: string[]) {
  const block = blocks[blocks.length - 1];
  const { gap, limit, pageBreak, line } = step;
  const inTable =
    block?.kind === 'table' &&
    ((gap !== undefined && gap <= limit * 2.2) || pageBreak) &&
    segments.length <= block.columns.length + 1;
  if (!inTable) {
    blocks.push({ ...newBlock('table', line), columns: segments.map((s) => ({ x0: s.x0, x1: s.x1 })) });
    blocks[blocks.length - 1]!.rows.push(segments.map((s) => s.text));
    return;
  }
  // A line with nothing in the first column is the row above wrapping. One with something
  // there is a new row, unless it stands at the usual distance and each of its cells
  // plainly goes on from the one above (rowRunsOn): a table with no space between its rows
  // sets a new row as close as a wrapped line. Across a page break, a row goes on only
  // where its cells plainly do.
  const inFirstColumn = segments.some((s) => columnOf(block, s) === 0);
  const wraps = pageBreak
    ? !inFirstColumn && rowRunsOn(block, segments)
    : !inFirstColumn || (gap! <= limit && rowRunsOn(block, segments));
  const row = wraps ? block.rows[block.rows.length - 1]! : block.columns.map(() => '');
  for (const s of segments) {
    const c = columnOf(block, s);
    row[c] = join(block, row[c]!, s.text, words, cellAbove(block, s));
    const column = block.columns[c]!;
    [column.x0, column.x1] = [Math.min(column.x0, s.x0), Math.max(column.x1, s.x1)];
  }
  if (!wraps) block.rows.push(row);
  if (pageBreak) notes.push(`page ${line.page}: a table runs on from page ${step.previous!.page}`);
}

/**
 * Whether a table's line plainly goes on from the row above (a row that wraps, or breaks
 * across a page): each of its cells goes on from the cell above it, which ends in a
 * hyphen, or opens in lower case.
 */
function rowRunsOn(block: Block, segments: Segment[]): boolean {
  return segments.every((s) => {
    const above = cellAbove(block, s);
    return above !== undefined && (/\p{L}-$/u.test(above.text) || /^\p{Ll}/u.test(s.text));
  });
}

/** The part of the table's last line in the column a segment lies under. */
const cellAbove = (block: Block, segment: Segment): Segment | undefined =>
  block.last.segments.filter((a) => columnOf(block, a) === columnOf(block, segment)).at(-1);

/**
 * joinText, and where it meets a line-end hyphen nothing decides (hyphenation.ts), the
 * block is marked undecided: the letter is refused at its line. `above` is the segment
 * the text goes on from, whose end says how its hyphen is drawn.
 */
function join(block: Block, before: string, after: string, words: Vocabulary, above?: Segment): string {
  const doubts = words.doubts?.length ?? 0;
  const text = joinText(before, after, words, above && (above.endHyphen ?? 'with-word'));
  const doubt = words.doubts?.[doubts];
  if (doubt)
    block.undecided ??= `cannot tell whether ${doubt} at a line's end is one word broken or a compound: English has both, and the letter prints neither elsewhere`;
  return text;
}

/** A line of one segment: the next line of a paragraph, bullet or table cell, or a new paragraph or bullet. */
function addTextLine(blocks: Block[], segment: Segment, bulletStart: boolean, step: Step, flow: PageFlow) {
  const block = blocks[blocks.length - 1];
  const { gap, limit, isSignOff, line } = step;
  if (block?.kind === 'table' && gap !== undefined && gap <= limit && !isSignOff) {
    // A cell's text wrapped onto the next line: it joins its cell in the row above.
    const row = block.rows[block.rows.length - 1]!;
    const c = columnOf(block, segment);
    row[c] = join(block, row[c]!, segment.text, flow.words, cellAbove(block, segment));
    return;
  }
  const flows = (block?.kind === 'prose' || block?.kind === 'bullet') && !bulletStart && !isSignOff;
  let runsOn = false;
  let undecided: string | undefined;
  if (flows && gap !== undefined) runsOn = gap <= limit && step.sameFont;
  else if (flows && step.pageBreak) ({ runsOn, undecided } = runsOnAcrossPages(block!, segment, step, flow));
  if (runsOn) block!.text = join(block!, block!.text, segment.text, flow.words, block!.last.segments.at(-1));
  else
    blocks.push({
      ...newBlock(bulletStart ? 'bullet' : 'prose', line, segment.text),
      ...(undecided ? { undecided } : {}),
    });
}

/** The body's lines (the sign-off at `signOffAt`) as blocks: paragraphs, bullets and tables. */
export function toBlocks(body: Line[], signOffAt: number, words: Vocabulary, notes: string[]): Block[] {
  const leading = leadings(body);
  const flow: PageFlow = {
    words,
    notes,
    justified: isJustified(body),
    right: Math.max(...body.map(lineEnd)),
  };
  const blocks: Block[] = [];
  for (const [i, line] of body.entries()) {
    const previous = body[i - 1];
    const step: Step = {
      line,
      previous,
      limit: (leading.get(line.page)! + 0.15) * line.size + 0.5,
      gap: previous && previous.page === line.page ? previous.y - line.y : undefined,
      pageBreak: previous !== undefined && previous.page !== line.page,
      // A heading in bold and the paragraph under it share no font; a line with a word in
      // italics shares its roman with the lines around it.
      sameFont:
        previous !== undefined && previous.fonts.split(',').some((f) => line.fonts.split(',').includes(f)),
      isSignOff: i === signOffAt,
    };
    const text = line.segments[0]!.text;
    const bulletStart = BULLET.test(text) || (line.segments.length > 1 && BULLET_GLYPH.test(text));
    const segments =
      bulletStart && line.segments.length > 1 && BULLET_GLYPH.test(text)
        ? [{ ...line.segments[0]!, text: line.segments.map((s) => s.text).join(' '), x1: lineEnd(line) }]
        : line.segments;
    if (segments.length > 1) addTableLine(blocks, segments, step, words, notes);
    else addTextLine(blocks, segments[0]!, bulletStart, step, flow);
    blocks[blocks.length - 1]!.last = line;
  }
  return blocks;
}
