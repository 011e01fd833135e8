/**
 * A page break: a paragraph or bullet runs on when the page's last line leaves no room
 * for the next page's first word (or ends in a hyphen, or the next page goes on in lower
 * case); a line that ends a paragraph leaves room. In ragged text, a last line that ends
 * a sentence without room for the next page's first word, before a capital, may do
 * either: nothing printed tells which, so the reader does not guess (a guess is right
 * about half the time) and the letter is refused, for the maintainer to finish.
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

/**
 * Whether the paragraph or bullet `block` goes on in `segment`, the first line of the next
 * page; `undecided` says why it cannot be told, where it cannot.
 */
export function runsOnAcrossPages(
  block: { kind: string },
  segment: Segment,
  step: { line: Line; previous: Line | undefined; sameFont: boolean },
  flow: PageFlow,
): { runsOn: boolean; undecided?: string } {
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
  const what = block.kind === 'bullet' ? 'a bullet' : 'a paragraph';
  const ending = `"… ${last.split(' ').slice(-3).join(' ')}"`;
  if (runsOn) {
    flow.notes.push(`page ${step.line.page}: ${what} runs on from page ${previous.page} (${ending})`);
    return { runsOn };
  }
  // The word's width is an estimate: only room for twice it surely means the paragraph ended.
  const surelyRoom = flow.right - lineEnd(previous) > wordWidth * 2 + previous.size * 0.3;
  if (step.sameFont && !flow.justified && !surelyRoom && /^\p{Lu}/u.test(text)) {
    const opening = `"${text.split(' ').slice(0, 3).join(' ')} …"`;
    const undecided = `cannot tell whether ${what} ending ${ending} on page ${previous.page} ends there or runs on into ${opening} on page ${step.line.page}: the line leaves no room for the next word, and the text is not justified`;
    return { runsOn, undecided };
  }
  return { runsOn };
}
