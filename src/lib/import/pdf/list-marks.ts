/**
 * List markers drawn as shapes: Chromium prints a CSS disc or square marker as a small
 * filled path, not text. A list item is a line that starts at a hanging indent with a
 * marker to its left, so a small, roughly square shape on a line's band, just left of its
 * first words, makes the line a bullet (written "•", as a glyph marker is). A shape of
 * that size and place that stands left of a line's words but too far from them to belong
 * to it is a marker the reader cannot place: the letter is refused, not guessed.
 */
import type { Box } from './page-content.ts';
import type { Line } from './pdf-model.ts';

/** A marker's size against the line's type: a disc or square is a third to two thirds of it. */
const isMarkerSized = (box: Box, size: number) => {
  const [width, height] = [box.x1 - box.x0, box.top - box.bottom];
  return (
    width >= size * 0.15 &&
    height >= size * 0.15 &&
    width <= size * 0.7 &&
    height <= size * 0.7 &&
    Math.max(width, height) <= Math.min(width, height) * 1.5
  );
};

/** The line a marker sits on: its centre between the baseline and the line's cap height. */
const onLine = (box: Box, line: Line) => {
  const middle = (box.top + box.bottom) / 2;
  return middle >= line.y - line.size * 0.1 && middle <= line.y + line.size * 0.8;
};

/**
 * Each line with a drawn marker just left of its first words, as a bullet. Returns the
 * lines, and the text of each line a marker stands beside but cannot be placed on.
 */
export function placeMarks(lines: Line[], shapes: Box[]): { lines: Line[]; unplaced: string[] } {
  const unplaced: string[] = [];
  const marked = new Set<Line>();
  for (const shape of shapes) {
    const line = lines.find((l) => onLine(shape, l) && isMarkerSized(shape, l.size));
    if (!line) continue;
    const first = line.segments[0]!;
    if (shape.x1 > first.x0) continue;
    if (first.x0 - shape.x1 <= line.size * 3) marked.add(line);
    else unplaced.push(first.text);
  }
  return {
    lines: lines.map((line) => {
      if (!marked.has(line) || /^•\s/.test(line.segments[0]!.text)) return line;
      const [first, ...rest] = line.segments;
      return { ...line, segments: [{ ...first!, text: `• ${first!.text}` }, ...rest] };
    }),
    unplaced,
  };
}
