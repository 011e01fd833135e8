/**
 * A page break: a paragraph or bullet runs on when the page's last line leaves no room
 * for the next page's first word (or ends in a hyphen, or the next page goes on in lower
 * case); a line that ends a paragraph leaves room.
 */
import { SENTENCE_END } from '../../archive/letter-patterns.ts';
import type { Vocabulary } from './hyphenation.ts';
import { lineEnd, lineText, type Line, type Segment } from './pdf-model.ts';

/** What deciding a page break needs of the whole body. */
export interface PageFlow {
  words: Vocabulary;
  notes: string[];
  /** Most lines end at one right edge. */
  justified: boolean;
  /** The body's right edge. */
  right: number;
}

/** True when the paragraph or bullet `block` goes on in `segment`, the first line of the next page. */
export function runsOnAcrossPages(
  block: { kind: string },
  segment: Segment,
  step: { line: Line; previous: Line | undefined; sameFont: boolean },
  flow: PageFlow,
): boolean {
  const previous = step.previous!;
  const { text } = segment;
  const last = lineText(previous);
  // A line that ends a paragraph leaves room for the next line's first word; a line cut
  // by the page break does not (or ends in a hyphen, or the next page goes on in lower
  // case after a line that did not end a sentence with room left).
  const firstWord = text.split(' ')[0]!;
  // (The word's width is estimated from its share of the line's letters, so with a margin.)
  const wordWidth = ((segment.x1 - segment.x0) * (firstWord.length + 1)) / Math.max(1, text.length);
  const roomForWord = flow.right - lineEnd(previous) > wordWidth * 1.25 + previous.size * 0.3;
  const fullWidth = flow.justified && lineEnd(previous) >= flow.right - previous.size * 0.5;
  // Lower case goes on, unless the line ended a sentence with room to spare: a
  // paragraph may open in lower case ("import x …" in a hostile letter).
  const runsOn =
    step.sameFont &&
    ((/^\p{Ll}/u.test(text) && !(roomForWord && SENTENCE_END.test(last))) ||
      /\p{L}-$/u.test(last) ||
      (!roomForWord && (!SENTENCE_END.test(last) || fullWidth)));
  if (runsOn) {
    const what = block.kind === 'bullet' ? 'a bullet' : 'a paragraph';
    flow.notes.push(
      `page ${step.line.page}: ${what} runs on from page ${previous.page} ("… ${last.split(' ').slice(-3).join(' ')}")`,
    );
  }
  return runsOn;
}
