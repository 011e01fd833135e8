/**
 * The four-point scale in the opening explanation: rows of a number, a grade's words and
 * their description.
 */
import { gradeFromLabel } from '../../archive/grades.ts';
import { CELL_GAP, gradeWordsAtStart } from './grade-line.ts';
import type { TextBlock } from './text-blocks.ts';
import { LetterTextError, plain, type Line } from './text-lines.ts';

/** A row of the scale: a grade's number, then its words and description. */
const SCALE_ROW = /^(\d)(?:\t|\s+)(\S.*)$/;
/**
 * A line as a row of the scale: its number, the grade's words and their description,
 * split at a tab or run of spaces, or else after the grade's words. Undefined when the
 * line does not begin with a number and a grade's words.
 */
function scaleRow(line: Line): { number: number; words: string; description: string } | undefined {
  const match = SCALE_ROW.exec(line.text);
  if (!match) return undefined;
  const rest = match[2]!;
  const cells = rest.split(CELL_GAP).map((c) => c.trim());
  const byCell = gradeFromLabel(plain(cells[0]!)) !== undefined && cells.length > 1;
  const atStart = gradeWordsAtStart(rest.replace(/\s+/g, ' '));
  if (!byCell && !atStart) return undefined;
  const flat = rest.replace(/\s+/g, ' ');
  const [words, description] = byCell
    ? [cells[0]!, cells.slice(1).join(' ')]
    : [flat.slice(0, atStart!.length), flat.slice(atStart!.length).trim()];
  return { number: Number(match[1]), words: plain(words), description };
}

/**
 * The scale in the opening explanation: consecutive blocks whose lines are rows (a
 * number, then a grade's words), a row's description going on over any line that starts
 * no row. Lines before the first row stay a paragraph. Each row's words must be its
 * number's on the scale.
 */
export function readScale(
  blocks: TextBlock[],
): { lead?: TextBlock; rows: string[][]; used: number } | undefined {
  const rows: { line: Line; cells: string[] }[] = [];
  let lead: TextBlock | undefined;
  let used = 0;
  for (const block of blocks) {
    if (block.kind !== 'paragraph') break;
    const first = block.lines.findIndex((line) => scaleRow(line));
    if (first < 0 || (first > 0 && rows.length > 0)) break;
    if (first > 0) {
      const leadLines = block.lines.slice(0, first);
      lead = {
        kind: 'paragraph',
        line: block.line,
        lines: leadLines,
        text: leadLines.map((l) => l.text).join(' '),
      };
    }
    for (const line of block.lines.slice(first)) {
      const found = scaleRow(line);
      if (found) rows.push({ line, cells: [String(found.number), found.words, found.description] });
      else rows[rows.length - 1]!.cells[2] = `${rows[rows.length - 1]!.cells[2]} ${line.text}`.trim();
    }
    used++;
  }
  if (!rows.length) return undefined;
  for (const { line, cells } of rows) {
    if (gradeFromLabel(cells[1]!) !== Number(cells[0])) {
      throw new LetterTextError(
        line.number,
        'scale',
        `the row "${line.text}" does not match the four-point scale`,
      );
    }
  }
  return { lead, rows: rows.map((r) => r.cells), used };
}
