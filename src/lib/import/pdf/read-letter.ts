/**
 * Blocks → the lines of a published text, each with the part of the letter it was taken
 * for: the head (letter-head.ts), the body's blocks, and everything after the sign-off
 * ("Yours sincerely", "Yours faithfully"), the signature block: its last two lines are
 * the name and the post, however far apart; a picture below the sign-off is the
 * signature, written `[signature]`.
 */
import { RULE_LINE, SIGN_OFF_WORDS, SIGNATURE_MARK } from '../../archive/letter-patterns.ts';
import { foldQuotes } from '../../archive/typography.ts';
import { hyphenDrawing } from './hyphen-drawing.ts';
import { wordsOf, type Vocabulary } from './hyphenation.ts';
import { readHead, withSpilledLetterhead } from './letter-head.ts';
import { toBlocks, type Block } from './pdf-blocks.ts';
import { lineText, type Line, type Page, type PdfTextLine } from './pdf-model.ts';

/** The blocks as lines of text: a blank line between blocks, none between a list's items. */
function blockLines(blocks: Block[], signedOff: boolean, out: PdfTextLine[]): void {
  for (const [i, block] of blocks.entries()) {
    const before = blocks[i - 1];
    // A list's items stand together; every other block is a paragraph of its own.
    if (i > 0 && !(block.kind === 'bullet' && before?.kind === 'bullet')) out.push({ text: '', part: '' });
    if (block.kind === 'table') {
      for (const [r, row] of block.rows.entries())
        out.push({
          text: row.join('\t'),
          part: 'table row',
          page: block.page,
          ...(r === 0 && block.undecided ? { undecided: block.undecided } : {}),
        });
    } else {
      const part =
        block.kind === 'bullet' ? 'bullet' : i === blocks.length - 1 && signedOff ? 'sign-off' : 'body';
      out.push({
        text: block.text,
        part,
        page: block.page,
        ...(block.undecided ? { undecided: block.undecided } : {}),
      });
    }
  }
}

/** The signature (a picture below the sign-off) and the signature block's lines after the sign-off. */
function signatureLines(
  pages: Page[],
  signOff: Line,
  signature: Line[],
  out: PdfTextLine[],
  notes: string[],
) {
  const signOffPage = pages.find((p) => p.number === signOff.page)!;
  // Below the sign-off: the picture's middle is under its baseline (Writer may draw an
  // inline picture's top a little into the sign-off's line).
  const picture =
    signOffPage.images.some((image) => (image.top + image.bottom) / 2 < signOff.y) ||
    pages.some((p) => p.number > signOff.page && p.images.length > 0);
  if (picture) {
    out.push({ text: '', part: '' }, { text: SIGNATURE_MARK, part: 'signature block', page: signOff.page });
    notes.push(`page ${signOff.page}: the picture below "${lineText(signOff)}" is the signature`);
  }
  const texts = signature.map((line) => ({
    text: line.segments.map((s) => s.text).join(' '),
    page: line.page,
  }));
  // Its last two lines are the signatory's name and post, however far apart they are drawn.
  for (const line of texts.slice(0, -2))
    out.push({ text: '', part: '' }, { ...line, part: 'signature block' });
  if (texts.length) out.push({ text: '', part: '' });
  for (const line of texts.slice(-2)) out.push({ ...line, part: 'signature block' });
}

/** Reads the pages into the lines of a published text, each with the part it was taken for. */
export function readLetter(
  pages: Page[],
  notes: string[],
  english: (word: string) => boolean,
  producer = '',
): PdfTextLine[] {
  const out: PdfTextLine[] = [];
  const all = pages.flatMap((page) => page.lines);
  const first = pages[0]!;
  const salutation =
    first.number === 1 ? first.lines.find((l) => /^dear\s/i.test(l.segments[0]!.text)) : undefined;
  let body = all;
  if (salutation) {
    const above = first.lines.filter((line) => line.y > salutation.y + salutation.size * 0.3);
    const { head, rest } = withSpilledLetterhead(
      above,
      all.filter((line) => !above.includes(line)),
    );
    readHead(head, out);
    body = rest;
  }
  // A table's rule printed as dashes is no word of the letter: the text reader drops it too.
  body = body.filter((line) => {
    const rule = line.segments.every((s) => RULE_LINE.test(s.text));
    if (rule) notes.push(`page ${line.page}: dropped a rule of dashes`);
    return !rule;
  });
  const signOffAt = body.findIndex((line) => SIGN_OFF_WORDS.test(foldQuotes(line.segments[0]!.text)));
  const signature = signOffAt >= 0 ? body.slice(signOffAt + 1) : [];
  if (signOffAt >= 0) body = body.slice(0, signOffAt + 1);
  const words: Vocabulary = { letter: wordsOf(all), english, doubts: [] };
  words.drawing = hyphenDrawing(all, words, producer);
  blockLines(toBlocks(body, signOffAt, words, notes), signOffAt >= 0, out);
  if (signOffAt >= 0) signatureLines(pages, body[signOffAt]!, signature, out, notes);
  return out;
}
