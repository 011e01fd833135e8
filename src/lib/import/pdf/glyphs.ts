/**
 * Glyphs the reader names, and those it cannot. Word's Symbol and Wingdings fonts reach
 * pdf.js as private-use characters (U+F0B7 is Symbol's bullet): at a line's start, before
 * its words, the known ones are list markers and read as bullets. Any other private-use
 * character, or the replacement character pdf.js gives a glyph it has no name for, is a
 * symbol the reader cannot name: the letter is refused, never imported with it.
 */
import type { Item, PdfTextLine } from './pdf-model.ts';

/** The private-use marks Word's Symbol and Wingdings fonts print lists with, as the bullet each is. */
const MARKERS: Record<string, string> = {
  '\uF0B7': '•', // Symbol: bullet
  '\uF0A7': '▪', // Wingdings: small square
  '\uF0A8': '○', // Wingdings: hollow square, read as a hollow bullet
  '\uF0D8': '•', // Wingdings: arrowhead
  '\uF076': '•', // Wingdings: diamond of four
  '\uF0FC': '•', // Wingdings: tick
  '\uF06E': '■', // Wingdings: black square
  '\uF0A1': '○', // Wingdings: circle
};

/** A character the reader cannot name: private use, or the replacement character. */
const UNNAMED = /[\uE000-\uF8FF\uFFFD]/u;

/** A line's items with a known marker at its start (its first item, before any word) read as its bullet. */
export function nameMarker(items: Item[]): Item[] {
  const [first, ...rest] = items;
  const marker = first && /^\s*(\S)/u.exec(first.str)?.[1];
  if (!first || !marker || !(marker in MARKERS)) return items;
  return [{ ...first, str: first.str.replace(marker, MARKERS[marker]!) }, ...rest];
}

/** Each line of the text read that prints a symbol the reader cannot name, as a refusal. */
export function unnamedSymbols(lines: PdfTextLine[]): Array<{ page: number; line: number; message: string }> {
  const refusals = [];
  for (const [i, line] of lines.entries()) {
    const symbol = UNNAMED.exec(line.text)?.[0];
    if (!symbol) continue;
    const code = `U+${symbol.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    const page = line.page ?? 1;
    refusals.push({
      page,
      line: i + 1,
      message: `prints a symbol the reader cannot name (${code}) at page ${page}, line ${i + 1}; --explain shows it`,
    });
  }
  return refusals;
}
