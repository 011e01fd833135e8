/**
 * Reads a published assessment letter's plain text (as in content/sources/) into its
 * frontmatter and a Markdown syntax tree of its body. Pure: no files, no console.
 *
 * The published texts come from PDFs, so they carry page-break artefacts: a paragraph or
 * bullet split in two around a blank line, and lines holding only spaces or non-breaking
 * spaces. Those are mended here; no word is dropped.
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
import type { BlockContent, List, ListItem, PhrasingContent, Root, RootContent, Table } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { GRADE_SCALE, gradeFromLabel, gradeLabel, isGrade, type Grade } from '../archive/grades.ts';
import { STANDARD_TEXT_ELEMENT, type StandardTextPart } from '../archive/letter-body.ts';
import { foldQuotes } from '../archive/typography.ts';
import { letterFiles } from '../archive/letter-checks.ts';
import type { LetterInput } from '../archive/letter-schema.ts';
import { ASSESSMENT_YEARS, isAssessmentYear } from '../archive/years.ts';
import {
  BULLET,
  DATE_LIKE,
  DATE_LINE,
  isSignatureNote,
  isSignOff,
  RULE_LINE,
  SENTENCE_END,
} from '../archive/letter-patterns.ts';

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
  /** The body, each standard part wrapped in a `<StandardText part="…">` element. */
  body: Root;
  /** The same blocks without the wrappers, in the same order: for laying the letter out again. */
  plainBody: Root;
  /** What the reader decided and the archivist should know (page breaks mended, no `previous`). */
  notes: string[];
  /** The line each top-level field was read from, so a schema problem can name its line. */
  lines: Record<string, number>;
}

interface Line {
  text: string;
  number: number;
}

/** A run of text (or runs joined across a page break), as the letter prints it. */
type TextBlock =
  | { kind: 'paragraph'; line: number; lines: Line[]; text: string }
  | { kind: 'list'; line: number; items: string[] };

/** A block of the body as it will be written, with the standard part it belongs to. */
interface BodyBlock {
  node: RootContent;
  standard?: 'opening' | 'statutory';
}

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

/** A line ending in a number in brackets: the grade line's shape, "… Performs well (3)". */
const ENDS_IN_NUMBER = /^(.*?)\s*\(\s*(-?\d+)\s*\)$/;
/** Two cells of a line: a tab, or a run of spaces, between them. */
const CELL_GAP = /\t|\s{2,}/;
/** A row of the scale: a grade's number, then its words and description. */
const SCALE_ROW = /^(\d)(?:\t|\s+)(\S.*)$/;
/** A line that ends no sentence or clause: a heading's or a subject's end. */
const OPEN_END = /[.!?:;,]$/;
const FOUR_DIGITS = /\b\d{4}\b/g;

/** The scale's words, folded and in lower case: "performs well", … */
const GRADE_WORDS = GRADE_SCALE.map((step) => ({ grade: step.grade, words: fold(step.label) }));
/** The verb of the grade words, "perform", and their adverbs, "excellently|well|…". */
const GRADE_VERB = fold(GRADE_SCALE[0].label.split(' ')[0]!).replace(/s$/, '');
const GRADE_ADVERBS = GRADE_SCALE.map((step) => fold(step.label.split(' ').slice(1).join(' '))).join('|');

/** Straight quotes, one space: the form lines are compared in. */
function plain(text: string): string {
  return foldQuotes(text).replace(/\s+/g, ' ').trim();
}

/** Straight quotes, one space, lower case. */
function fold(text: string): string {
  return plain(text).toLowerCase();
}

const wordCount = (text: string) => text.trim().split(/\s+/).length;

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

function standardText(part: StandardTextPart, children: RootContent[]): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: STANDARD_TEXT_ELEMENT,
    attributes: [{ type: 'mdxJsxAttribute', name: 'part', value: part }],
    children: children as MdxJsxFlowElement['children'],
  };
}

/** The grade whose words `words` begins with (after a number), and where they end; undefined if none. */
function gradeWordsAtStart(words: string): { grade: Grade; length: number } | undefined {
  const folded = fold(words);
  const found = GRADE_WORDS.find((g) => folded === g.words || folded.startsWith(`${g.words} `));
  return found && { grade: found.grade, length: found.words.length };
}

/**
 * A line as a row of the scale: its number, the grade's words and their description,
 * split at a tab or run of spaces, or else after the grade's words. Undefined when the
 * line does not begin with a number and a grade's words.
 */
function scaleRow(line: Line): { number: number; words: string; description: string } | undefined {
  const match = SCALE_ROW.exec(line.text);
  if (!match) return undefined;
  const rest = match[2]!;
  const cells = rest.split(CELL_GAP).map((c) => c.trim());
  const byCell = gradeFromLabel(plain(cells[0]!)) !== undefined && cells.length > 1;
  const atStart = gradeWordsAtStart(rest.replace(/\s+/g, ' '));
  if (!byCell && !atStart) return undefined;
  const flat = rest.replace(/\s+/g, ' ');
  const [words, description] = byCell
    ? [cells[0]!, cells.slice(1).join(' ')]
    : [flat.slice(0, atStart!.length), flat.slice(atStart!.length).trim()];
  return { number: Number(match[1]), words: plain(words), description };
}

/**
 * The scale in the opening explanation: consecutive blocks whose lines are rows (a
 * number, then a grade's words), a row's description going on over any line that starts
 * no row. Lines before the first row stay a paragraph. Each row's words must be its
 * number's on the scale.
 */
function readScale(blocks: TextBlock[]): { lead?: TextBlock; rows: string[][]; used: number } | undefined {
  const rows: { line: Line; cells: string[] }[] = [];
  let lead: TextBlock | undefined;
  let used = 0;
  for (const block of blocks) {
    if (block.kind !== 'paragraph') break;
    const first = block.lines.findIndex((line) => scaleRow(line));
    if (first < 0 || (first > 0 && rows.length > 0)) break;
    if (first > 0) {
      const leadLines = block.lines.slice(0, first);
      lead = {
        kind: 'paragraph',
        line: block.line,
        lines: leadLines,
        text: leadLines.map((l) => l.text).join(' '),
      };
    }
    for (const line of block.lines.slice(first)) {
      const found = scaleRow(line);
      if (found) rows.push({ line, cells: [String(found.number), found.words, found.description] });
      else rows[rows.length - 1]!.cells[2] = `${rows[rows.length - 1]!.cells[2]} ${line.text}`.trim();
    }
    used++;
  }
  if (!rows.length) return undefined;
  for (const { line, cells } of rows) {
    if (gradeFromLabel(cells[1]!) !== Number(cells[0])) {
      throw new LetterTextError(
        line.number,
        'scale',
        `the row "${line.text}" does not match the four-point scale`,
      );
    }
  }
  return { lead, rows: rows.map((r) => r.cells), used };
}

/** A block shaped like the grade line: one line ending "(n)", with at most a rule under it. */
function isGradeShaped(block: TextBlock | undefined): block is TextBlock & { kind: 'paragraph' } {
  return (
    block?.kind === 'paragraph' &&
    ENDS_IN_NUMBER.test(block.lines[0]!.text) &&
    block.lines.slice(1).every((l) => RULE_LINE.test(l.text))
  );
}

/**
 * The grade line's two cells, what it is ("Children's services assessment") and the
 * grade ("Performs well (3)"), split at a tab or run of spaces (`cells`), or else before
 * the grade's words; and the grade, its words checked against its number.
 */
function readGradeLine(line: Line): { grade: Grade; label: string; value: string; cells: boolean } {
  const [, before, digits] = ENDS_IN_NUMBER.exec(line.text)!;
  let label = '';
  let words = before!.trim();
  const gap = [...before!.matchAll(new RegExp(CELL_GAP, 'g'))].pop();
  if (gap) {
    label = before!.slice(0, gap.index);
    words = before!.slice(gap.index + gap[0].length);
  } else {
    const folded = fold(before!);
    const known = GRADE_WORDS.find((g) => folded.endsWith(g.words));
    const verb = new RegExp(`\\b${GRADE_VERB}s?\\b`, 'gi');
    const at = known ? folded.length - known.words.length : [...folded.matchAll(verb)].pop()?.index;
    if (at !== undefined) {
      const flat = before!.replace(/\s+/g, ' ').trim();
      label = flat.slice(0, at);
      words = flat.slice(at);
    }
  }
  const printed = label.trim();
  label = label.replace(/[\s:–—-]+$/, '').trim();
  words = words.trim();
  const number = Number(digits);
  if (!isGrade(number)) {
    throw new LetterTextError(line.number, 'grade', `${number} is not on the four-point scale (1 to 4)`);
  }
  const byWords = gradeFromLabel(plain(words));
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
  return {
    grade: number,
    label,
    value: `${words.replace(/\s+/g, ' ')} (${digits})`,
    // Two cells whenever the line splits into them with nothing left over, whether a tab
    // or only a space stands between them: a PDF may print the two cells as one line, and
    // the letter must read the same however it was typeset.
    cells: label !== '' && label === printed,
  };
}

/**
 * The authority's name in its heading: the heading without its year and without the
 * assessment's name, as the grade line's first cell or the subject line gives it
 * ("Cambridgeshire County Council children's services assessment 2010", the grade line
 * "Children's services assessment …"). The longest run of words the heading shares with
 * either, at its end or its start, is the assessment's name.
 */
function authorityIn(heading: string, year: string, names: string[]): string | undefined {
  const words = heading
    .replace(new RegExp(`[\\s,:–—-]*\\b${year}\\b[\\s,:–—-]*`), ' ')
    .trim()
    .split(/\s+/);
  const key = (word: string) => fold(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  let best: string[] | undefined;
  for (const name of names) {
    const theirs = name.split(/\s+/).map(key).filter(Boolean);
    const ours = words.map(key);
    let end = 0;
    while (
      end < ours.length - 1 &&
      end < theirs.length &&
      ours[ours.length - 1 - end] === theirs[theirs.length - 1 - end]
    )
      end++;
    let start = 0;
    while (start < ours.length - 1 && start < theirs.length && ours[start] === theirs[start]) start++;
    const rest = end >= start ? words.slice(0, words.length - end) : words.slice(start);
    if (Math.max(end, start) >= 2 && (!best || rest.length < best.length)) best = rest;
  }
  const name = best?.join(' ').replace(/^[\s,:–—-]+|[\s,:–—-]+$/g, '');
  return name || undefined;
}

/**
 * A page break splits a paragraph or bullet: the part before it stops without closing
 * punctuation and the part after begins in lower case. Join them, and join the two
 * halves of a list a page break cut.
 */
function mendPageBreaks(blocks: TextBlock[], notes: string[]): TextBlock[] {
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

function toBlock(run: Line[]): TextBlock {
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
function isHeadingShaped(
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
function isStatutory(block: TextBlock | undefined): block is TextBlock & { kind: 'paragraph' } {
  if (block?.kind !== 'paragraph') return false;
  const said = plain(block.text);
  return (
    !/[.!?]\s+\p{Lu}/u.test(said) &&
    /[.!?]$/.test(said) &&
    /\bsections?\s+\d+[A-Z]?\b/i.test(said) &&
    /\bAct\b/.test(said)
  );
}

/**
 * The grade the summary states for the year before, where it states one: a grade's
 * words ("perform well", "performing adequately") said to go on ("continue to perform
 * well", "still performs well"), or tied to that year ("perform well, as in 2009",
 * "as they did in 2009", "as last year", "performed adequately in 2009").
 */
function statedPrevious(summary: string, year: number): LetterInput['previous'] {
  const sentences = summary.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  const phrase = new RegExp(`\\b${GRADE_VERB}(?:s|ed|ing)?\\s+(${GRADE_ADVERBS})\\b`, 'gi');
  const lastYear = `(?:(\\d{4})|last year|the previous year|the year before)`;
  const goesOn = /\b(?:continu(?:e|es|ed|ing)|remains?|remained|still|again)\s+(?:to\s+)?$/i;
  const asIn = new RegExp(
    `^,?\\s*(?:as\\s+(?:(?:it|they)\\s+(?:did\\s+)?)?(?:in\\s+)?${lastYear}|in\\s+${lastYear})`,
    'i',
  );
  for (const sentence of sentences) {
    const said = plain(sentence);
    for (const match of said.matchAll(phrase)) {
      const grade = gradeFromLabel(`${GRADE_SCALE[0].label.split(' ')[0]} ${match[1]}`);
      const after = asIn.exec(said.slice(match.index + match[0].length));
      const before = goesOn.test(said.slice(0, match.index));
      let statedYear: number | undefined;
      if (after) statedYear = Number(after[1] ?? after[2]) || year - 1;
      else if (before) statedYear = year - 1;
      if (grade !== undefined && statedYear === year - 1 && isAssessmentYear(statedYear)) {
        return { year: statedYear, grade, evidence: sentence.trim() };
      }
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

  // The signature is a picture in the letter: recorded in the frontmatter, shown as a placeholder.
  const signatureImage = bodyRuns.some((run) => isSignatureNote(plain(run[0]!.text)));
  const blocks = mendPageBreaks(
    bodyRuns.filter((run) => !isSignatureNote(plain(run[0]!.text))).map(toBlock),
    notes,
  );

  // The authority's heading holds the year and comes just before the grade line; the
  // first such pair is the one (a later paragraph that happens to look the same is a paragraph).
  const yearLine = (block: TextBlock | undefined) =>
    isHeadingShaped(block, 20) && (block.text.match(FOUR_DIGITS) ?? []).length > 0;
  let titleAt = blocks.findIndex((block, i) => i > 0 && yearLine(block) && isGradeShaped(blocks[i + 1]));
  if (titleAt < 0) {
    titleAt = blocks.findIndex((block, i) => i > 0 && yearLine(block));
    if (titleAt < 0) {
      throw new LetterTextError(
        1,
        'authority, year',
        `no "<Authority> children's services assessment <year>" line`,
      );
    }
  }
  const titleBlock = blocks[titleAt] as TextBlock & { kind: 'paragraph' };
  const yearText = titleBlock.text.match(FOUR_DIGITS)!.pop()!;
  const year = Number(yearText);
  if (!isAssessmentYear(year)) {
    throw new LetterTextError(
      titleBlock.line,
      'year',
      `${year} is not an assessment year (${ASSESSMENT_YEARS.join(', ')})`,
    );
  }
  const gradeBlock = blocks[titleAt + 1];
  if (!isGradeShaped(gradeBlock)) {
    throw new LetterTextError(1, 'grade', `no "Children's services assessment … Performs well (3)" line`);
  }
  const gradeLine = gradeBlock.lines[0]!;
  const grade = readGradeLine(gradeLine);

  // The subject ("Annual children's services assessment"): a short line after the salutation.
  const subject = titleAt > 1 && isHeadingShaped(blocks[1], 12) ? blocks[1] : undefined;
  const authority = authorityIn(titleBlock.text, yearText, [
    grade.label,
    ...(subject ? [subject.text.replace(FOUR_DIGITS, '')] : []),
  ]);
  if (!authority) {
    throw new LetterTextError(
      titleBlock.line,
      'authority',
      `cannot tell the authority's name in "${titleBlock.text}": expected the name, then the assessment's name as the grade line gives it ("${grade.label}"), then the year`,
    );
  }

  // The close: a sign-off ("Yours sincerely"), and before it the statutory sentence.
  const afterGrade = blocks.slice(titleAt + 2);
  const last = afterGrade[afterGrade.length - 1];
  const signOff =
    last?.kind === 'paragraph' && last.lines.length === 1 && isSignOff(last.text) ? last : undefined;
  const assessed = signOff ? afterGrade.slice(0, -1) : afterGrade;
  const statutory = isStatutory(assessed[assessed.length - 1]) ? assessed.pop() : undefined;
  if (!statutory) notes.push('standard text: no closing statutory sentence before the sign-off; none marked');

  const out: BodyBlock[] = [];
  const block = (b: TextBlock, standard?: BodyBlock['standard']): BodyBlock => ({
    node: b.kind === 'list' ? listNode(b.items) : paragraphNode(b.text),
    ...(standard ? { standard } : {}),
  });
  out.push(block(blocks[0]!));
  // The opening explanation, with the scale, is standard text.
  const opening = blocks.slice(1, titleAt);
  for (let i = 0; i < opening.length; i++) {
    const b = opening[i]!;
    if (b === subject) {
      out.push({
        node: { type: 'paragraph', children: [{ type: 'strong', children: [text(b.text)] }] },
        standard: 'opening',
      });
      continue;
    }
    const scale = readScale(opening.slice(i));
    if (scale) {
      if (scale.lead) out.push(block(scale.lead, 'opening'));
      out.push({
        node: standardText('scale', [table(['Grade', 'Judgement', 'Description'], scale.rows)]),
        standard: 'opening',
      });
      i += scale.used - 1;
      continue;
    }
    out.push(block(b, 'opening'));
  }
  out.push({ node: { type: 'heading', depth: 2, children: [text(titleBlock.text)] } });
  // The grade line in two cells is a table; with more than its cells (a colon, say), it
  // stays as printed.
  out.push({
    node: grade.cells
      ? table(['Assessment', 'Grade'], [[grade.label, grade.value]])
      : paragraphNode(gradeLine.text.replace(/\s+/g, ' ')),
  });
  let summary: { text: string; line: number } | undefined;
  assessed.forEach((b, i) => {
    const next = assessed[i + 1];
    if (isHeadingShaped(b, 12) && !(next?.kind === 'paragraph' && /^[a-z]/.test(next.text))) {
      out.push({ node: { type: 'heading', depth: 3, children: [text(b.text)] } });
    } else {
      if (!summary && b.kind === 'paragraph') summary = b;
      out.push(block(b));
    }
  });
  if (statutory) out.push(block(statutory, 'statutory'));
  if (signOff) out.push(block(signOff));

  const previous = summary === undefined ? undefined : statedPrevious(summary.text, year);
  // 2009 was the first assessment: there is no previous grade to state.
  if (!previous && year > ASSESSMENT_YEARS[0])
    notes.push(
      `previous: the letter does not state its ${year - 1} grade in a form this reader knows; left out`,
    );

  // Consecutive blocks of one standard part go in one wrapper.
  const children: RootContent[] = [];
  for (let i = 0; i < out.length;) {
    const part = out[i]!.standard;
    let j = i + 1;
    while (part && out[j]?.standard === part) j++;
    const nodes = out.slice(i, j).map((b) => b.node);
    children.push(...(part ? [standardText(part, nodes) as RootContent] : nodes));
    i = j;
  }
  const unwrap = (nodes: RootContent[]): RootContent[] =>
    nodes.flatMap((node) =>
      node.type === 'mdxJsxFlowElement' ? unwrap(node.children as RootContent[]) : [node],
    );

  const data: ParsedLetter['data'] = {
    authority,
    year: year as LetterInput['year'],
    grade: grade.grade,
    date,
    ...(sender.length ? { sender } : {}),
    recipient: { name: recipientName!, role: recipientRole!, address },
    signatory: { ...signatory, ...(signatureImage ? { signatureImage: true as const } : {}) },
    ...(previous ? { previous } : {}),
    source: { path: letterFiles(authority, year, options.lettersDir).source },
  };
  const lines = {
    authority: titleBlock.line,
    year: titleBlock.line,
    source: titleBlock.line,
    grade: gradeLine.number,
    date: head[dateAt]![0]!.number,
    sender: head[0]![0]!.number,
    recipient: recipientLines[0]!.number,
    signatory: tail[tail.length - 2]!.number,
    previous: summary?.line ?? gradeLine.number,
  };
  return {
    data,
    body: { type: 'root', children },
    plainBody: { type: 'root', children: unwrap(children) },
    notes,
    lines,
  };
}
