/**
 * Items → lines. Lines are the items on one baseline; a gap wider than one and a half
 * times the type size splits a line into segments (table cells, or the letterhead beside
 * the date). A table's narrow column can leave less than that between a full cell and the
 * next: there, a word that starts where the rows around it start a column begins a cell
 * (columnStarts).
 */
import { BULLET_GLYPH } from '../../archive/letter-patterns.ts';
import { nameMarker } from './glyphs.ts';
import type { HyphenDraw, Item, Line, Segment } from './pdf-model.ts';

/** Two left edges closer than this (points) are one column's. */
const SAME_EDGE = 0.5;

const startsColumn = (x: number, starts: number[]) => starts.some((s) => Math.abs(s - x) <= SAME_EDGE);

/**
 * A word gap before an item. A gap with a space drawn in it is a word's end unless the
 * space was drawn over (Chromium draws an unused soft hyphen as a space and the word's
 * rest over it). A gap with no space drawn is one over 0.15 em, or, where the line's
 * producer draws its spaces, over a fifth of an em: LibreOffice leaves up to about 0.18 em
 * at an optional hyphen in justified text, and draws every space it sets.
 */
function isWordGap(item: Item, gap: number, drawsSpaces: boolean): boolean {
  if (/^\s/.test(item.str)) return true;
  if (item.spaced) return gap > item.size * 0.05;
  return gap > item.size * (drawsSpaces ? 0.2 : 0.15);
}

/**
 * A line's items as segments: a space at a word gap, a new segment at a gap wider than
 * one and a half times the type size (a table's next cell, or the letterhead's column
 * beside the date), or at a gap of half an em or more before a column's start. A bullet
 * glyph and the words after it stay one segment.
 */
function toSegments(items: Item[], starts: number[] = []): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  let end = -Infinity;
  const drawsSpaces = items.some((item) => item.spaced);
  for (const item of items) {
    const gap = item.x - end;
    const bulletBefore = current && BULLET_GLYPH.test(current.text.trim()) && segments.length === 0;
    const wordGap = isWordGap(item, gap, drawsSpaces);
    // A column's edge begins a cell after a gap wider than a word's (a cell's padding, half an
    // em or more; Chromium draws no space between a cell's last word and the next cell's).
    const cell = gap > item.size * 1.5 || (gap > item.size * 0.5 && startsColumn(item.x, starts));
    if (!current || (cell && !bulletBefore)) {
      if (current) segments.push(current);
      current = { text: item.str, x0: item.x, x1: item.x + item.width };
    } else {
      if (wordGap && !/\s$/.test(current.text) && !/^\s/.test(item.str)) current.text += ' ';
      current.text += item.str;
      current.x1 = item.x + item.width;
      if (current.endHyphen) current.insideHyphens = counted(current.insideHyphens, current.endHyphen);
    }
    if (item.hyphen) current.endHyphen = item.hyphen;
    else delete current.endHyphen;
    end = item.x + item.width;
  }
  if (current) segments.push(current);
  return justifiedWords(
    segments.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ').trim() })).filter((s) => s.text !== ''),
  );
}

/**
 * A justified line of a few words (a heading's first line) spreads them wider than a
 * table's cells stand apart, but evenly: three or more single words, each gap the same to
 * within a point, are one line of prose, not a row.
 */
function justifiedWords(segments: Segment[]): Segment[] {
  if (segments.length < 3 || segments.some((s) => s.text.includes(' '))) return segments;
  const gaps = segments.slice(1).map((s, i) => s.x0 - segments[i]!.x1);
  if (Math.max(...gaps) - Math.min(...gaps) > 1) return segments;
  const text = segments.map((s) => s.text).join(' ');
  const last = segments[segments.length - 1]!;
  let inside: Segment['insideHyphens'];
  for (const s of segments) {
    for (const [draw, n] of Object.entries(s.insideHyphens ?? {}) as Array<[HyphenDraw, number]>)
      inside = counted(inside, draw, n);
    if (s !== last && s.endHyphen) inside = counted(inside, s.endHyphen);
  }
  return [
    {
      text,
      x0: segments[0]!.x0,
      x1: last.x1,
      ...(last.endHyphen ? { endHyphen: last.endHyphen } : {}),
      ...(inside ? { insideHyphens: inside } : {}),
    },
  ];
}

/** A tally of hyphens drawn by themselves, with `n` more drawn as `draw`. */
function counted(tally: Segment['insideHyphens'], draw: HyphenDraw, n = 1): Segment['insideHyphens'] {
  return { ...tally, [draw]: (tally?.[draw] ?? 0) + n };
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

/**
 * Each line's segments, its rows split at the columns of the rows near them. A column
 * seen in one row (a gap of one and a half ems) is passed on to the rows near it, and
 * from those to theirs, a few times over.
 */
function cellsByColumns(lines: Item[][]): Segment[][] {
  let segments = lines.map((group) => toSegments(group));
  for (let pass = 0; pass < 3; pass++) {
    segments = lines.map((group, i) => {
      // A row, or a row's wrapped cells: a line that starts where a column of the rows near it does.
      const starts = columnStarts(segments, i);
      const own = segments[i]!;
      const row = own.length > 1 || (own.length === 1 && startsColumn(own[0]!.x0, starts));
      return row ? toSegments(group, starts) : own;
    });
  }
  return segments;
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
  const segments = cellsByColumns(named);
  return named
    .map((group, i) => ({
      segments: segments[i]!,
      y: group[0]!.y,
      size: Math.max(...group.map((item) => item.size)),
      fonts: [...new Set(group.map((item) => item.font))].sort().join(','),
      page,
    }))
    .filter((line) => line.segments.length > 0);
}
