/**
 * Reads a published assessment letter's plain text (as in content/sources/) into its
 * frontmatter and a Markdown syntax tree of its body. Pure: no files, no console.
 *
 * The published texts come from PDFs, so they carry page-break artefacts: a paragraph or
 * bullet split in two around a blank line, and lines holding only spaces or non-breaking
 * spaces. Those are mended here (text-lines.ts, text-blocks.ts); no word is dropped.
 *
 * The letter's parts are found by their place and shape, never by the wording of
 * Ofsted's standard paragraphs, which changed from year to year:
 *   date, recipient                before the salutation ("Dear …")
 *   subject                        the short line after the salutation
 *   opening explanation, scale     from there to the authority's heading (standard text)
 *   authority's heading            a line holding the year, followed by the grade line
 *   grade line                     ending "<grade words> (<number>)"
 *   summary                        the first paragraph after the grade line
 *   section headings               short lines ending no sentence
 *   statutory sentence             the last paragraph before the sign-off, one sentence
 *                                  citing a section of an Act (standard text)
 *   sign-off, signatory            a short closing line; the last two lines
 * Grade words come from the scale (archive/grades.ts).
 */
import type { Root } from 'mdast';
import { letterFiles } from '../../archive/letter-checks.ts';
import { DATE_LIKE, isSignatureNote, isSignOff } from '../../archive/letter-patterns.ts';
import type { LetterInput } from '../../archive/letter-schema.ts';
import { ASSESSMENT_YEARS, isAssessmentYear } from '../../archive/years.ts';
import { unwrapStandardParts, wrapStandardParts } from '../mdx/letter-tree.ts';
import { readBody } from './letter-body-blocks.ts';
import { isGradeShaped, readGradeLine } from './grade-line.ts';
import { authorityIn, readDate } from './letter-facts.ts';
import { isHeadingShaped, isStatutory, mendPageBreaks, toBlock, type TextBlock } from './text-blocks.ts';
import { LetterTextError, plain, toLines, toRuns, type Line } from './text-lines.ts';

export { LetterTextError } from './text-lines.ts';

export interface ParsedLetter {
  /** The frontmatter, not yet validated by the schema; the importer adds `added`. */
  data: Omit<LetterInput, 'added'>;
  /** The body, each standard part wrapped in a `<StandardText part="…">` element. */
  body: Root;
  /** The same blocks without the wrappers, in the same order: for laying the letter out again. */
  plainBody: Root;
  /** What the reader decided and the archivist should know (page breaks mended, no `previous`). */
  notes: string[];
  /** The line each top-level field was read from, so a schema problem can name its line. */
  lines: Record<string, number>;
}

export interface ParseOptions {
  /** The letters folder the letter will be written to; its source goes beside it. */
  lettersDir?: string;
}

const FOUR_DIGITS = /\b\d{4}\b/g;

/** Letterhead, date and recipient: the runs before the salutation. */
function readHead(head: Line[][], salutation: Line) {
  const dateAt = head.findIndex((run) => run.length === 1 && DATE_LIKE.test(run[0]!.text));
  if (dateAt < 0) {
    throw new LetterTextError(
      salutation.number,
      'date',
      'no date before the salutation (expected e.g. "9 December 2010")',
    );
  }
  const dateLine = head[dateAt]![0]!;
  const date = readDate(dateLine);
  const sender = head
    .slice(0, dateAt)
    .flat()
    .map((l) => l.text);
  const recipientLines = head.slice(dateAt + 1).flat();
  if (recipientLines.length < 3) {
    throw new LetterTextError(
      dateLine.number + 1,
      'recipient',
      'expected the name, post and address lines after the date',
    );
  }
  const [name, role, ...address] = recipientLines.map((l) => l.text);
  const recipient = { name: name!, role: role!, address };
  return { date, dateLine, sender, recipient, recipientLine: recipientLines[0]!.number };
}

/** The authority's heading: it holds the year and comes just before the grade line. */
function readTitle(blocks: TextBlock[]) {
  // The first such pair is the one (a later paragraph that happens to look the same is a paragraph).
  const yearLine = (block: TextBlock | undefined) =>
    isHeadingShaped(block, 20) && (block.text.match(FOUR_DIGITS) ?? []).length > 0;
  let titleAt = blocks.findIndex((block, i) => i > 0 && yearLine(block) && isGradeShaped(blocks[i + 1]));
  if (titleAt < 0) titleAt = blocks.findIndex((block, i) => i > 0 && yearLine(block));
  if (titleAt < 0) {
    throw new LetterTextError(
      1,
      'authority, year',
      `no "<Authority> children's services assessment <year>" line`,
    );
  }
  const title = blocks[titleAt] as TextBlock & { kind: 'paragraph' };
  const yearText = title.text.match(FOUR_DIGITS)!.pop()!;
  const year = Number(yearText);
  if (!isAssessmentYear(year)) {
    throw new LetterTextError(
      title.line,
      'year',
      `${year} is not an assessment year (${ASSESSMENT_YEARS.join(', ')})`,
    );
  }
  const gradeBlock = blocks[titleAt + 1];
  if (!isGradeShaped(gradeBlock)) {
    throw new LetterTextError(1, 'grade', `no "Children's services assessment … Performs well (3)" line`);
  }
  const gradeLine = gradeBlock.lines[0]!;
  return { titleAt, title, yearText, year, gradeLine, grade: readGradeLine(gradeLine) };
}

/** The close: a sign-off ("Yours sincerely"), and before it the statutory sentence. */
function readClose(afterGrade: TextBlock[], notes: string[]) {
  const last = afterGrade[afterGrade.length - 1];
  const signOff =
    last?.kind === 'paragraph' && last.lines.length === 1 && isSignOff(last.text) ? last : undefined;
  const assessed = signOff ? afterGrade.slice(0, -1) : afterGrade;
  const statutory = isStatutory(assessed[assessed.length - 1]) ? assessed.pop() : undefined;
  if (!statutory) notes.push('standard text: no closing statutory sentence before the sign-off; none marked');
  return { signOff, assessed, statutory };
}

/**
 * The signatory's name and post, the last two lines, and the runs of the body from the
 * salutation to them (the sign-off stays in the body).
 */
function readSignatory(runs: Line[][], salutationAt: number, lastLine: number) {
  const tail = runs[runs.length - 1]!;
  if (runs.length - 1 <= salutationAt || tail.length < 2) {
    throw new LetterTextError(
      lastLine,
      'signatory',
      "expected the signatory's name and post as the last two lines",
    );
  }
  return {
    signatory: { name: tail[tail.length - 2]!.text, role: tail[tail.length - 1]!.text },
    signatoryLine: tail[tail.length - 2]!.number,
    bodyRuns: [...runs.slice(salutationAt, -1), ...(tail.length > 2 ? [tail.slice(0, -2)] : [])],
  };
}

export function parseLetterText(source: string, options: ParseOptions = {}): ParsedLetter {
  if (source.trim() === '') throw new LetterTextError(1, 'text', 'the file is empty');
  const notes: string[] = [];
  const runs = toRuns(toLines(source));
  const lastLine = source.split(/\r\n|\r|\n/).length;
  const salutationAt = runs.findIndex((run) => /^dear\s/i.test(run[0]!.text));
  if (salutationAt < 0) throw new LetterTextError(1, 'salutation', 'no "Dear …" line');
  const head = readHead(runs.slice(0, salutationAt), runs[salutationAt]![0]!);

  const { signatory, signatoryLine, bodyRuns } = readSignatory(runs, salutationAt, lastLine);
  // The signature is a picture in the letter: recorded in the frontmatter, shown as a placeholder.
  const signatureImage = bodyRuns.some((run) => isSignatureNote(plain(run[0]!.text)));
  const blocks = mendPageBreaks(
    bodyRuns.filter((run) => !isSignatureNote(plain(run[0]!.text))).map(toBlock),
    notes,
  );

  const title = readTitle(blocks);
  const { titleAt, year, grade } = title;
  // The subject ("Annual children's services assessment"): a short line after the salutation.
  const subject = titleAt > 1 && isHeadingShaped(blocks[1], 12) ? blocks[1] : undefined;
  const authority = authorityIn(title.title.text, title.yearText, [
    grade.label,
    ...(subject ? [subject.text.replace(FOUR_DIGITS, '')] : []),
  ]);
  if (!authority) {
    throw new LetterTextError(
      title.title.line,
      'authority',
      `cannot tell the authority's name in "${title.title.text}": expected the name, then the assessment's name as the grade line gives it ("${grade.label}"), then the year`,
    );
  }
  const close = readClose(blocks.slice(titleAt + 2), notes);
  const body = readBody({ blocks, subject, ...title, ...close, notes });
  const children = wrapStandardParts(body.out);

  const data: ParsedLetter['data'] = {
    authority,
    year: year as LetterInput['year'],
    grade: grade.grade,
    date: head.date,
    ...(head.sender.length ? { sender: head.sender } : {}),
    recipient: head.recipient,
    signatory: { ...signatory, ...(signatureImage ? { signatureImage: true as const } : {}) },
    ...(body.previous ? { previous: body.previous } : {}),
    source: { path: letterFiles(authority, year, options.lettersDir).source },
  };
  const lines = {
    authority: title.title.line,
    year: title.title.line,
    source: title.title.line,
    grade: title.gradeLine.number,
    date: head.dateLine.number,
    sender: runs[0]![0]!.number,
    recipient: head.recipientLine,
    signatory: signatoryLine,
    previous: body.summary?.line ?? title.gradeLine.number,
  };
  return {
    data,
    body: { type: 'root', children },
    plainBody: { type: 'root', children: unwrapStandardParts(children) },
    notes,
    lines,
  };
}
