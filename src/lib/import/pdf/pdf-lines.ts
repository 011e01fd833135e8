/**
 * Items → lines. Lines are the items on one baseline; a gap wider than one and a half
 * times the type size splits a line into segments (table cells, or the letterhead beside
 * the date). A table's narrow column can leave less than that between a full cell and the
 * next: there, a word that starts where the rows around it start a column begins a cell
 * (columnStarts).
 */
import { BULLET_GLYPH } from '../../archive/letter-patterns.ts';
import { nameMarker } from './glyphs.ts';
import type { Item, Line, Segment } from './pdf-model.ts';

/** Two left edges closer than this (points) are one column's. */
const SAME_EDGE = 0.5;

const startsColumn = (x: number, starts: number[]) => starts.some((s) => Math.abs(s - x) <= SAME_EDGE);

/**
 * A line's items as segments: a space at a word gap, a new segment at a gap wider than
 * one and a half times the type size (a table's next cell, or the letterhead's column
 * beside the date), or at a word gap before a column's start. A bullet glyph and the words
 * after it stay one segment.
 */
function toSegments(items: Item[], starts: number[] = []): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  let end = -Infinity;
  for (const item of items) {
    const gap = item.x - end;
    const bulletBefore = current && BULLET_GLYPH.test(current.text.trim()) && segments.length === 0;
    const wordGap = gap > item.size * 0.15 || /^\s/.test(item.str);
    const cell = gap > item.size * 1.5 || (wordGap && startsColumn(item.x, starts));
    if (!current || (cell && !bulletBefore)) {
      if (current) segments.push(current);
      current = { text: item.str, x0: item.x, x1: item.x + item.width };
    } else {
      if (gap > item.size * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(item.str)) current.text += ' ';
      current.text += item.str;
      current.x1 = item.x + item.width;
    }
    end = item.x + item.width;
  }
  if (current) segments.push(current);
  return segments
    .map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ').trim() }))
    .filter((s) => s.text !== '');
}

/** How many lines above and below a table row may show where its columns start. */
const NEAR = 4;

/**
 * Where the columns start for the row at `i`: the left edge of every cell but the first
 * in the rows near it. Only rows (lines of two cells or more, or lines that start at such
 * an edge: a row's wrapped cells) are split at them, and only by rows of their own table,
 * so a paragraph's or a letterhead's words are never cut into cells by another table's
 * columns.
 */
function columnStarts(lines: Segment[][], i: number): number[] {
  return lines
    .slice(Math.max(0, i - NEAR), i + NEAR + 1)
    .filter((segments, k) => segments.length > 1 && k !== Math.min(i, NEAR))
    .flatMap((segments) => segments.slice(1).map((s) => s.x0));
}

/** Items grouped into lines by baseline, top to bottom. */
export function toLines(items: Item[], page: number): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Item[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    if (group && Math.abs(group[0]!.y - item.y) <= Math.min(group[0]!.size, item.size) * 0.3)
      group.push(item);
    else groups.push([item]);
  }
  const named = groups.map((group) => nameMarker(group.sort((a, b) => a.x - b.x)));
  const first = named.map((group) => toSegments(group));
  return named
    .map((group, i) => {
      // A row, or a row's wrapped cells: a line that starts where a column of the rows near it does.
      const starts = columnStarts(first, i);
      const row = first[i]!.length > 1 || (first[i]!.length === 1 && startsColumn(first[i]![0]!.x0, starts));
      return {
        segments: row ? toSegments(group, starts) : first[i]!,
        y: group[0]!.y,
        size: Math.max(...group.map((item) => item.size)),
        fonts: [...new Set(group.map((item) => item.font))].sort().join(','),
        page,
      };
    })
    .filter((line) => line.segments.length > 0);
}
