/**
 * How a letter's producer draws its hyphens, judged from the letter's own. A hyphen at a
 * line's end with a word on either side ("on-" / "going") may be typed or added where the
 * producer broke "ongoing", and the words cannot tell. Its drawing can: LibreOffice draws a
 * hyphen it adds by a text operation of its own, and a typed one with the letters around
 * it; Chromium marks the soft hyphen it breaks at (glyph-runs.ts). Not every producer
 * does, so the reader trusts a way of drawing only as far as the letter shows it:
 * - drawn as no typed hyphen of the letter is (inside a line, or at a line's end where
 *   the words say it is typed), and there is one, a hyphen is an added one;
 * - drawn as no hyphen the words say was added at a line's end is, and there is one, it
 *   is a typed one. A PDF that names a producer known to draw its added hyphens by
 *   themselves stands for that evidence, for a hyphen drawn with its word, unless the
 *   letter draws a typed hyphen by itself.
 * A way of drawing that would say both, or neither, leaves the doubt: the letter is refused.
 */
import {
  brokenWord,
  hyphenVerdict,
  type HyphenDrawing,
  type LineEndDraw,
  type Vocabulary,
} from './hyphenation.ts';
import type { Line } from './pdf-model.ts';

/** Counts of hyphens by how they are drawn. */
type Tally = Record<LineEndDraw, number>;

const DRAWS: LineEndDraw[] = ['with-word', 'alone', 'marked'];

/**
 * Producers known to draw every hyphen they add by an operation of its own, by the name
 * they give themselves in the PDF's Producer entry. LibreOffice sets an added hyphen as a
 * portion of its own; the property tests try it on every LibreOffice layout.
 */
const DRAWS_ADDED_HYPHENS_ALONE = /^LibreOffice\b/;

const total = (tally: Tally) => DRAWS.reduce((n, draw) => n + tally[draw], 0);

/** The letter's hyphens by how they are drawn, typed and added, from its lines in reading order. */
function tallies(lines: Line[], words: Vocabulary): { typed: Tally; added: Tally } {
  const typed: Tally = { 'with-word': 0, alone: 0, marked: 0 };
  const added: Tally = { 'with-word': 0, alone: 0, marked: 0 };
  for (const [i, line] of lines.entries()) {
    for (const segment of line.segments) {
      const inside = segment.text.match(/\p{L}-(?=\p{L})/gu)?.length ?? 0;
      const { alone = 0, marked = 0 } = segment.insideHyphens ?? {};
      typed.alone += alone;
      typed.marked += marked;
      typed['with-word'] += Math.max(0, inside - alone - marked);
    }
    // A line's end and the next line's start, where both are prose (a table's cells may
    // go on from any line above).
    const next = lines[i + 1];
    if (!next || line.segments.length > 1 || next.segments.length > 1) continue;
    const end = line.segments[0]!;
    const broken = brokenWord(end.text, next.segments[0]!.text);
    const verdict = broken && hyphenVerdict(broken, words);
    if (verdict === 'join') added[end.endHyphen ?? 'with-word']++;
    if (verdict === 'keep') typed[end.endHyphen ?? 'with-word']++;
  }
  return { typed, added };
}

/** The producer's way with hyphens, from the letter's lines and the PDF's Producer entry. */
export function hyphenDrawing(lines: Line[], words: Vocabulary, producer = ''): HyphenDrawing {
  const { typed, added } = tallies(lines, words);
  const known = DRAWS_ADDED_HYPHENS_ALONE.test(producer) && typed.alone + typed.marked === 0;
  const asAdded = DRAWS.filter((draw) => draw !== 'with-word' && typed[draw] === 0 && total(typed) > 0);
  const asTyped = DRAWS.filter(
    (draw) => added[draw] === 0 && (total(added) > 0 || (known && draw === 'with-word')),
  );
  return {
    added: asAdded.filter((draw) => !asTyped.includes(draw)),
    typed: asTyped.filter((draw) => !asAdded.includes(draw)),
  };
}
