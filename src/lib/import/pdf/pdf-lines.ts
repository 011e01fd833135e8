/**
 * Items → lines. Lines are the items on one baseline; a gap wider than one and a half
 * times the type size splits a line into segments (table cells, or the letterhead beside
 * the date).
 */
import { BULLET_GLYPH } from '../../archive/letter-patterns.ts';
import { nameMarker } from './glyphs.ts';
import type { Item, Line, Segment } from './pdf-model.ts';

/**
 * A line's items as segments: a space at a word gap, a new segment at a gap wider than
 * one and a half times the type size (a table's next cell, or the letterhead's column
 * beside the date). A bullet glyph and the words after it stay one segment.
 */
function toSegments(items: Item[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  let end = -Infinity;
  for (const item of items) {
    const gap = item.x - end;
    const bulletBefore = current && BULLET_GLYPH.test(current.text.trim()) && segments.length === 0;
    if (!current || (gap > item.size * 1.5 && !bulletBefore)) {
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
  return groups
    .map((group) => {
      group.sort((a, b) => a.x - b.x);
      return {
        segments: toSegments(nameMarker(group)),
        y: group[0]!.y,
        size: Math.max(...group.map((i) => i.size)),
        fonts: [...new Set(group.map((i) => i.font))].sort().join(','),
        page,
      };
    })
    .filter((line) => line.segments.length > 0);
}
