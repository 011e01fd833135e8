/**
 * Runs → blocks: paragraphs and lists, mended where a page break split them, and the
 * shapes the letter's parts are found by (a heading, the statutory sentence).
 */
import { BULLET, SENTENCE_END } from '../../archive/letter-patterns.ts';
import { plain, wordCount, type Line } from './text-lines.ts';

/** A run of text (or runs joined across a page break), as the letter prints it. */
export type TextBlock =
  | { kind: 'paragraph'; line: number; lines: Line[]; text: string }
  | { kind: 'list'; line: number; items: string[] };

/** A line that ends no sentence or clause: a heading's or a subject's end. */
const OPEN_END = /[.!?:;,]$/;

/**
 * A page break splits a paragraph or bullet: the part before it stops without closing
 * punctuation and the part after begins in lower case. Join them, and join the two
 * halves of a list a page break cut.
 */
export function mendPageBreaks(blocks: TextBlock[], notes: string[]): TextBlock[] {
  const mended: TextBlock[] = [];
  for (const block of blocks) {
    const before = mended[mended.length - 1];
    if (before && block.kind === 'paragraph' && /^[a-z]/.test(block.text)) {
      if (before.kind === 'paragraph' && !SENTENCE_END.test(before.text)) {
        before.text += ` ${block.text}`;
        before.lines = [...before.lines, ...block.lines];
        notes.push(`line ${block.line}: joined a paragraph split by a page break`);
        continue;
      }
      const last = before.kind === 'list' ? before.items.length - 1 : -1;
      if (before.kind === 'list' && !SENTENCE_END.test(before.items[last]!)) {
        before.items[last] += ` ${block.text}`;
        notes.push(`line ${block.line}: joined a bullet split by a page break`);
        continue;
      }
    }
    if (before?.kind === 'list' && block.kind === 'list') {
      before.items.push(...block.items);
      continue;
    }
    mended.push(block.kind === 'list' ? { ...block, items: [...block.items] } : { ...block });
  }
  return mended;
}

export function toBlock(run: Line[]): TextBlock {
  const first = run[0]!;
  if (BULLET.test(first.text)) {
    const items: string[] = [];
    for (const line of run) {
      if (BULLET.test(line.text)) items.push(line.text.replace(BULLET, ''));
      else items[items.length - 1] += ` ${line.text}`;
    }
    return { kind: 'list', line: first.number, items };
  }
  return { kind: 'paragraph', line: first.number, lines: run, text: run.map((l) => l.text).join(' ') };
}

/** A one-line paragraph that ends no sentence: the shape of a heading or a subject line. */
export function isHeadingShaped(
  block: TextBlock | undefined,
  maxWords: number,
): block is TextBlock & { kind: 'paragraph' } {
  return (
    block?.kind === 'paragraph' &&
    block.lines.length === 1 &&
    /^[\p{Lu}\p{N}]/u.test(block.text) &&
    !OPEN_END.test(block.text) &&
    wordCount(block.text) <= maxWords
  );
}

/**
 * The closing statutory sentence: one sentence that cites a section of an Act, as
 * "… in accordance with section 138 of the Education and Inspections Act 2006."
 */
export function isStatutory(block: TextBlock | undefined): block is TextBlock & { kind: 'paragraph' } {
  if (block?.kind !== 'paragraph') return false;
  const said = plain(block.text);
  return (
    !/[.!?]\s+\p{Lu}/u.test(said) &&
    /[.!?]$/.test(said) &&
    /\bsections?\s+\d+[A-Z]?\b/i.test(said) &&
    /\bAct\b/.test(said)
  );
}
