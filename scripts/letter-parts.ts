/**
 * A letter's text as the parts a typesetter lays out: letterhead, date, recipient, the
 * body's blocks in order and the signature block. Read once here through the importer's
 * own text reader, so every producer (pdfkit, Chromium's print, LibreOffice Writer) prints
 * the same words the property test expects back.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import { formatLetterDate } from '../src/lib/archive/letters.ts';
import { isSignatureNote } from '../src/lib/archive/letter-patterns.ts';
import { parseLetterText } from '../src/lib/import/text/letter-text.ts';

export type LetterBlock =
  | { kind: 'heading'; text: string; depth: number }
  | { kind: 'paragraph'; text: string; strong: boolean }
  | { kind: 'list'; items: string[] }
  /** The grade line: the label and the grade's words, as the authority's heading is followed by. */
  | { kind: 'grade'; label: string; value: string }
  /** Any other table (the four-point scale), without the reader's header row. */
  | { kind: 'table'; rows: string[][] };

export interface LetterParts {
  sender: string[];
  date: string;
  recipient: string[];
  blocks: LetterBlock[];
  signatory: { name: string; role: string; image: boolean };
}

/** The text's words, whatever phrasing nodes hold them. */
export function phrasing(nodes: PhrasingContent[]): string {
  return nodes
    .map((node) => ('value' in node ? node.value : 'children' in node ? phrasing(node.children) : ''))
    .join('');
}

/** The letter's text without its signature note, for layouts that print no signature picture. */
export function withoutSignatureNote(text: string): string {
  return text
    .split(/(?<=\n)/)
    .filter((line) => !isSignatureNote(line))
    .join('');
}

/**
 * Optional (soft) hyphens every three letters inside long lower-case words, so a line may
 * break within them as a hyphenating typesetter breaks it: neither Chromium nor LibreOffice
 * hyphenates here without dictionaries, which headless machines lack.
 */
export function softHyphens(text: string): string {
  return text.replace(/\p{Ll}{9,}/gu, (word) => {
    const cuts: number[] = [];
    for (let at = 4; at <= word.length - 3; at += 3) cuts.push(at);
    return [0, ...cuts].map((from, i) => word.slice(from, cuts[i] ?? word.length)).join('\u00ad');
  });
}

function block(node: RootContent, afterTitle: boolean): LetterBlock | undefined {
  if (node.type === 'heading') return { kind: 'heading', text: phrasing(node.children), depth: node.depth };
  if (node.type === 'list') {
    return {
      kind: 'list',
      items: node.children.map((item) => {
        const first = item.children[0];
        return first && 'children' in first ? phrasing(first.children as PhrasingContent[]) : '';
      }),
    };
  }
  if (node.type === 'table') {
    // The header row is the reader's, not the letter's: the published tables have none.
    const rows = node.children.slice(1).map((row) => row.children.map((cell) => phrasing(cell.children)));
    if (afterTitle && rows.length === 1 && rows[0]!.length === 2)
      return { kind: 'grade', label: rows[0]![0]!, value: rows[0]![1]! };
    return { kind: 'table', rows };
  }
  if (node.type === 'paragraph') {
    const strong = node.children.length === 1 && node.children[0]!.type === 'strong';
    return { kind: 'paragraph', text: phrasing(node.children), strong };
  }
  return undefined;
}

/** The parts of a letter's text, in the order it prints them. */
export function letterParts(text: string): LetterParts {
  const { data, plainBody } = parseLetterText(text);
  const blocks: LetterBlock[] = [];
  let afterTitle = false;
  for (const node of plainBody.children) {
    const found = block(node, afterTitle);
    if (found) blocks.push(found);
    afterTitle ||= node.type === 'heading' && node.depth === 2;
  }
  return {
    sender: data.sender ?? [],
    date: formatLetterDate(String(data.date)),
    recipient: [data.recipient.name, data.recipient.role, ...data.recipient.address],
    blocks,
    signatory: {
      name: data.signatory.name,
      role: data.signatory.role,
      image: data.signatory.signatureImage === true,
    },
  };
}
