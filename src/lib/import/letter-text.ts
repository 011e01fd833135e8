/**
 * Reads a published assessment letter's plain text (as in content/sources/) into its
 * frontmatter and a Markdown syntax tree of its body. Pure: no files, no console.
 *
 * The published texts come from PDFs, so they carry page-break artefacts: a paragraph or
 * bullet split in two around a blank line, and lines holding only spaces or non-breaking
 * spaces. Those are mended here; no word is dropped.
 */
import type { BlockContent, List, ListItem, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { GRADE_SCALE, gradeFromLabel, gradeLabel, isGrade, type Grade } from '../archive/grades.ts';
import { sectionOf } from '../archive/letter-body.ts';
import { letterFiles } from '../archive/letter-checks.ts';
import type { LetterInput } from '../archive/letter-schema.ts';
import { ASSESSMENT_YEARS, isAssessmentYear } from '../archive/years.ts';

/** A problem in the text, at a line (1-based) and field, for "file:line: field: message". */
export class LetterTextError extends Error {
  readonly line: number;
  readonly field: string;
  readonly detail: string;
  constructor(line: number, field: string, detail: string) {
    super(`${line}: ${field}: ${detail}`);
    this.name = 'LetterTextError';
    this.line = line;
    this.field = field;
    this.detail = detail;
  }
}

export interface ParsedLetter {
  /** The frontmatter, not yet validated by the schema; the importer adds `added`. */
  data: Omit<LetterInput, 'added'>;
  body: Root;
  /** What the reader decided and the archivist should know (page breaks mended, no `previous`). */
  notes: string[];
  /** The line each top-level field was read from, so a schema problem can name its line. */
  lines: Record<string, number>;
}

interface Line {
  text: string;
  number: number;
}

type Block =
  | { kind: 'paragraph'; line: number; text: string }
  | { kind: 'list'; line: number; items: string[] }
  | { kind: 'node'; line: number; node: RootContent };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Words in the letters' fixed lines, compared with straight quotes and single spaces. */
const SUBJECT = "annual children's services assessment";

const DATE_LINE = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+),?\s+(\d{4})$/;
const DATE_LIKE = /^\d{1,2}(?:st|nd|rd|th)?\s+\S+\s+\d{4}$|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;
const TITLE_LINE = /^(.+?)\s+children's services assessment\s+(\d{4})$/i;
const GRADE_LINE = /^children's services assessment\s+(.+?)\s*\(\s*(-?\d+)\s*\)$/i;
const GRADE_LINE_START = /^children's services assessment\s+\S/i;
/** The grade line as written, split into its two cells; matched only after GRADE_LINE_START. */
const GRADE_ROW = /^(children['’‘`]s services assessment)\s+(.+)$/i;
const SCALE_ROW = /^(\d)\s+(performs\s+\w+)\s+(.+)$/i;
const RULE_LINE = /^[-\s]+$/;
const BULLET = /^[-•*–]\s+/;
const SENTENCE_END = /[.!?:;)"'”’]$/;

/** How the PDF reader writes the signature, a picture, in a letter's text. */
export const SIGNATURE_MARK = '[signature]';

/**
 * The signature in a letter's text: the PDF reader's mark, or a transcriber's
 * description of the picture ("A handwritten signature in black ink that reads …").
 * Neither is a word of the letter.
 */
export function isSignatureNote(text: string): boolean {
  return text.trim() === SIGNATURE_MARK || /^a handwritten signature\b/i.test(text.trim());
}

/** Straight quotes, one space: the form the fixed lines are matched in. */
function plain(text: string): string {
  return text.replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

function toLines(text: string): Line[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ text: raw.replace(/[\u00a0\u2007\u202f]/g, ' ').trimEnd(), number: i + 1 }));
}

/** Runs of non-blank lines; blank, space-only and nbsp-only lines separate them. */
function toRuns(lines: Line[]): Line[][] {
  const runs: Line[][] = [];
  let run: Line[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (run.length) runs.push(run);
      run = [];
    } else {
      run.push({ ...line, text: line.text.trim() });
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

function readDate(line: Line): string {
  const match = DATE_LINE.exec(line.text);
  const month = match ? MONTHS.indexOf(match[2]!.toLowerCase()) : -1;
  if (match && month >= 0) {
    const [day, year] = [Number(match[1]), Number(match[3])];
    const date = new Date(Date.UTC(year, month, day));
    if (date.getUTCDate() === day && date.getUTCMonth() === month) {
      return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
  }
  throw new LetterTextError(
    line.number,
    'date',
    `"${line.text}" is not a date that can be read (expected e.g. "9 December 2010")`,
  );
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const cell = (value: string) => ({ type: 'tableCell' as const, children: [text(value)] });
const row = (values: string[]) => ({ type: 'tableRow' as const, children: values.map(cell) });

function table(header: string[], rows: string[][]): Table {
  return { type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)] };
}

function paragraphNode(value: string): RootContent {
  return { type: 'paragraph', children: [text(value)] };
}

function listNode(items: string[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item): ListItem => ({
      type: 'listItem',
      spread: false,
      children: [paragraphNode(item) as BlockContent],
    })),
  };
}

function scaleTable(run: Line[]): Table | undefined {
  const rows = run.map((line) => SCALE_ROW.exec(line.text.replace(/\t/g, '  ')));
  if (!rows.every(Boolean)) return undefined;
  return table(
    ['Grade', 'Judgement', 'Description'],
    rows.map((match, i) => {
      const [, number, words, description] = match!;
      const grade = Number(number);
      const step = GRADE_SCALE.find((s) => s.grade === grade);
      if (!step || gradeFromLabel(plain(words!)) !== grade) {
        throw new LetterTextError(
          run[i]!.number,
          'scale',
          `the row "${run[i]!.text}" does not match the four-point scale`,
        );
      }
      return [number!, plain(words!), description!.trim()];
    }),
  );
}

function readGrade(line: Line): { grade: Grade; label: string; number: number } {
  const match = GRADE_LINE.exec(plain(line.text));
  if (!match) {
    throw new LetterTextError(
      line.number,
      'grade',
      `cannot read the grade in "${line.text}" (expected e.g. "Performs well (3)")`,
    );
  }
  const [, words, digits] = match;
  const number = Number(digits);
  if (!isGrade(number)) {
    throw new LetterTextError(line.number, 'grade', `${number} is not on the four-point scale (1 to 4)`);
  }
  const byWords = gradeFromLabel(words!);
  if (byWords === undefined) {
    throw new LetterTextError(line.number, 'grade', `"${words}" is not a grade on the four-point scale`);
  }
  if (byWords !== number) {
    throw new LetterTextError(
      line.number,
      'grade',
      `the words "${words}" mean ${byWords}, but the number says ${number} (${gradeLabel(number)})`,
    );
  }
  return { grade: number, label: gradeLabel(number), number: line.number };
}

function toBlock(run: Line[]): Block {
  const first = run[0]!;
  if (BULLET.test(first.text)) {
    const items: string[] = [];
    for (const line of run) {
      if (BULLET.test(line.text)) items.push(line.text.replace(BULLET, ''));
      else items[items.length - 1] += ` ${line.text}`;
    }
    return { kind: 'list', line: first.number, items };
  }
  return { kind: 'paragraph', line: first.number, text: run.map((l) => l.text).join(' ') };
}

/**
 * A page break splits a paragraph or bullet: the part before it stops without closing
 * punctuation and the part after begins in lower case. Join them, and join the two
 * halves of a list a page break cut.
 */
function mendPageBreaks(blocks: Block[], notes: string[]): Block[] {
  const mended: Block[] = [];
  for (const block of blocks) {
    const before = mended[mended.length - 1];
    if (before && block.kind === 'paragraph' && /^[a-z]/.test(block.text)) {
      if (before.kind === 'paragraph' && !SENTENCE_END.test(before.text)) {
        before.text += ` ${block.text}`;
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

/** The sentence of the summary that states last year's grade, if the letter states it. */
function statedPrevious(summary: string, year: number): LetterInput['previous'] {
  const sentences = summary.split(/(?<=[.!?])\s+(?=[A-Z])/);
  for (const sentence of sentences) {
    const said = plain(sentence);
    const asIn = /\bperforms?\s+(excellently|well|adequately|poorly),?\s+as\s+in\s+(\d{4})\b/i.exec(said);
    const continues = /\bcontinues?\s+to\s+perform\s+(excellently|well|adequately|poorly)\b/i.exec(said);
    const match = asIn ?? continues;
    if (!match) continue;
    const grade = gradeFromLabel(`performs ${match[1]}`);
    const statedYear = asIn ? Number(asIn[2]) : year - 1;
    if (grade !== undefined && statedYear === year - 1 && isAssessmentYear(statedYear)) {
      return { year: statedYear, grade, evidence: sentence.trim() };
    }
  }
  return undefined;
}

export interface ParseOptions {
  /** The letters folder the letter will be written to; its source goes beside it. */
  lettersDir?: string;
}

export function parseLetterText(source: string, options: ParseOptions = {}): ParsedLetter {
  if (source.trim() === '') throw new LetterTextError(1, 'text', 'the file is empty');
  const notes: string[] = [];
  const runs = toRuns(toLines(source));
  const lastLine = source.split(/\r\n|\r|\n/).length;

  const salutationAt = runs.findIndex((run) => /^dear\s/i.test(run[0]!.text));
  if (salutationAt < 0) throw new LetterTextError(1, 'salutation', 'no "Dear …" line');

  // Letterhead, date and recipient stand before the salutation.
  const head = runs.slice(0, salutationAt);
  const dateAt = head.findIndex((run) => run.length === 1 && DATE_LIKE.test(run[0]!.text));
  if (dateAt < 0) {
    throw new LetterTextError(
      runs[salutationAt]![0]!.number,
      'date',
      'no date before the salutation (expected e.g. "9 December 2010")',
    );
  }
  const date = readDate(head[dateAt]![0]!);
  const sender = head
    .slice(0, dateAt)
    .flat()
    .map((l) => l.text);
  const recipientLines = head.slice(dateAt + 1).flat();
  if (recipientLines.length < 3) {
    throw new LetterTextError(
      head[dateAt]![0]!.number + 1,
      'recipient',
      'expected the name, post and address lines after the date',
    );
  }
  const [recipientName, recipientRole, ...address] = recipientLines.map((l) => l.text);

  // The signatory's name and post are the last two lines; the sign-off stays in the body.
  const tail = runs[runs.length - 1]!;
  if (runs.length - 1 <= salutationAt || tail.length < 2) {
    throw new LetterTextError(
      lastLine,
      'signatory',
      "expected the signatory's name and post as the last two lines",
    );
  }
  const signatory = { name: tail[tail.length - 2]!.text, role: tail[tail.length - 1]!.text };
  const bodyRuns = [...runs.slice(salutationAt, -1), ...(tail.length > 2 ? [tail.slice(0, -2)] : [])];

  let title: { authority: string; year: number; line: number } | undefined;
  let grade: ReturnType<typeof readGrade> | undefined;
  let summary: { text: string; line: number } | undefined;
  let signatureImage = false;
  const blocks: Block[] = [];
  for (const run of bodyRuns) {
    const first = run[0]!;
    const said = plain(first.text);
    // The title and the grade line come once each, in that order; a later paragraph that
    // happens to begin with the same words is a paragraph.
    const titleMatch = !title && run.length === 1 ? TITLE_LINE.exec(said) : null;
    if (titleMatch && !GRADE_LINE_START.test(said)) {
      const year = Number(titleMatch[2]);
      if (!isAssessmentYear(year)) {
        throw new LetterTextError(
          first.number,
          'year',
          `${year} is not an assessment year (${ASSESSMENT_YEARS.join(', ')})`,
        );
      }
      title = {
        authority: first.text.replace(/\s+children.s services assessment\s+\d{4}$/i, '').trim(),
        year,
        line: first.number,
      };
      blocks.push({
        kind: 'node',
        line: first.number,
        node: { type: 'heading', depth: 2, children: [text(first.text)] },
      });
    } else if (
      title &&
      !grade &&
      GRADE_LINE_START.test(said) &&
      run.slice(1).every((l) => RULE_LINE.test(l.text))
    ) {
      grade = readGrade(first);
      const [, label, value] = GRADE_ROW.exec(first.text)!;
      blocks.push({
        kind: 'node',
        line: first.number,
        node: table(['Assessment', 'Grade'], [[label!, value!.replace(/\s+/g, ' ')]]),
      });
    } else if (run.length === 1 && said.toLowerCase() === SUBJECT) {
      blocks.push({
        kind: 'node',
        line: first.number,
        node: { type: 'paragraph', children: [{ type: 'strong', children: [text(first.text)] }] },
      });
    } else if (run.length === 1 && sectionOf(said)) {
      blocks.push({
        kind: 'node',
        line: first.number,
        node: { type: 'heading', depth: 3, children: [text(first.text)] },
      });
    } else if (isSignatureNote(said)) {
      // A picture in the letter: recorded in the frontmatter, shown as a placeholder.
      signatureImage = true;
    } else {
      const scale = scaleTable(run);
      if (scale) {
        blocks.push({ kind: 'node', line: first.number, node: scale });
      } else {
        const block = toBlock(run);
        if (grade && summary === undefined && block.kind === 'paragraph')
          summary = { text: block.text, line: block.line };
        blocks.push(block);
      }
    }
  }

  if (!title) {
    throw new LetterTextError(
      1,
      'authority, year',
      `no "<Authority> children's services assessment <year>" line`,
    );
  }
  if (!grade) {
    throw new LetterTextError(1, 'grade', `no "Children's services assessment … Performs well (3)" line`);
  }

  const previous = summary === undefined ? undefined : statedPrevious(summary.text, title.year);
  // 2009 was the first assessment: there is no previous grade to state.
  if (!previous && title.year > ASSESSMENT_YEARS[0])
    notes.push(
      `previous: the letter does not state its ${title.year - 1} grade in a form this reader knows; left out`,
    );

  const body: Root = {
    type: 'root',
    children: mendPageBreaks(blocks, notes).map((block) =>
      block.kind === 'node'
        ? block.node
        : block.kind === 'list'
          ? listNode(block.items)
          : paragraphNode(block.text),
    ),
  };

  const data: ParsedLetter['data'] = {
    authority: title.authority,
    year: title.year as LetterInput['year'],
    grade: grade.grade,
    date,
    ...(sender.length ? { sender } : {}),
    recipient: { name: recipientName!, role: recipientRole!, address },
    signatory: { ...signatory, ...(signatureImage ? { signatureImage: true as const } : {}) },
    ...(previous ? { previous } : {}),
    source: { path: letterFiles(title.authority, title.year, options.lettersDir).source },
  };
  const lines = {
    authority: title.line,
    year: title.line,
    source: title.line,
    grade: grade.number,
    date: head[dateAt]![0]!.number,
    sender: head[0]![0]!.number,
    recipient: recipientLines[0]!.number,
    signatory: tail[tail.length - 2]!.number,
    previous: summary?.line ?? grade.number,
  };
  return { data, body, notes, lines };
}
