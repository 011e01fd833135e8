/**
 * Never a silent wrong letter: every word of a PDF's text, as the PDF reader laid it out
 * (running headers, footers and page numbers already left out), must be in the letter
 * read from it, in the same order. The letter's words are its sender, recipient, body
 * and signatory, in the order the letter prints them; the date is left out of both, as
 * the letter records it as YYYY-MM-DD, and so is the signature's mark (a picture).
 */
import type { Root, RootContent } from 'mdast';
import { isSignatureNote } from '../archive/letter-patterns.ts';
import { foldQuotes } from '../archive/typography.ts';
import type { PdfTextLine } from './pdf/pdf-model.ts';
import type { ParsedLetter } from './text/letter-text.ts';

/** A text's words, folded, in lower case, without punctuation at either end; bullets and rules are none. */
function wordsIn(text: string): string[] {
  return foldQuotes(text)
    .toLowerCase()
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/** Every text of a tree, each node's apart, so two cells never make one word. */
function textsOf(node: Root | RootContent): string[] {
  if ('value' in node && typeof node.value === 'string') return [node.value];
  return 'children' in node ? (node.children as RootContent[]).flatMap(textsOf) : [];
}

/** The letter's words in the order it prints them. */
function letterWords(letter: Pick<ParsedLetter, 'data' | 'plainBody'>): string[] {
  const { sender = [], recipient, signatory } = letter.data;
  const texts = [
    ...sender,
    recipient.name,
    recipient.role,
    ...recipient.address,
    ...textsOf(letter.plainBody),
    signatory.name,
    signatory.role,
  ];
  return texts.flatMap(wordsIn);
}

/**
 * The first word of the PDF's text that the letter does not have in order, with its page
 * and its line (as --explain numbers them); undefined when every word is there.
 */
export function firstMissingWord(
  lines: readonly PdfTextLine[],
  letter: Pick<ParsedLetter, 'data' | 'plainBody'>,
): { word: string; page: number; line: number } | undefined {
  const theirs = letterWords(letter);
  let at = 0;
  for (const [i, line] of lines.entries()) {
    if (line.part === 'date' || isSignatureNote(line.text)) continue;
    for (const word of wordsIn(line.text)) {
      const found = theirs.indexOf(word, at);
      if (found < 0) return { word, page: line.page ?? 1, line: i + 1 };
      at = found + 1;
    }
  }
  return undefined;
}

/** What the importer and --explain say of a word missing from the letter. */
export function missingWordMessage(missing: { word: string; page: number; line: number }): string {
  return `the word "${missing.word}" printed at page ${missing.page}, line ${missing.line} is not in the letter read from it, in order`;
}
