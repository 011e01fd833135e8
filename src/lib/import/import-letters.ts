/**
 * Plans an import: from published letters (texts, or the text read from PDFs) to the
 * files to write. It reads nothing and writes nothing itself, so the command line can
 * promise all or none: either every input is valid and every write is listed, or there
 * are errors and no writes. With `keepGoing`, each valid letter's writes are kept and
 * each refused file is listed with its errors.
 */
import { createHash } from 'node:crypto';
import { archiveCheck, type ArchiveContents, type ArchiveLetterFile } from '../archive/archive-checks.ts';
import { letterFiles } from '../archive/letter-checks.ts';
import { describeDifference } from './import-differences.ts';
import { letterAdded, letterMdx } from './mdx/letter-mdx.ts';
import { issueProblems, letterSchema, type LetterData } from '../archive/letter-schema.ts';
import { LetterTextError, parseLetterText } from './text/letter-text.ts';
import { looksLikePdf, PdfTextError } from './pdf/pdf-open.ts';
import type { PdfTextLine } from './pdf/pdf-model.ts';
import { pdfLetterText } from './pdf/pdf-text.ts';
import { firstMissingWord, missingWordMessage } from './words-in-order.ts';
import { lettersDirectory } from '../archive/archive-folders.ts';
import { fieldRoot, formatProblem, type Problem } from '../archive/problems.ts';

/** Where an original was published, from a manifest or flags. */
export interface Origin {
  url?: string;
  retrieved?: string;
}

export interface ImportInput {
  /** The path as the archivist gave it, used in messages. */
  path: string;
  /** The letter's text as it is kept in sources/: the text file itself, or the text read from a PDF. */
  bytes: Uint8Array;
  /** SHA-256 (hex) of the file as given, where that is not `bytes` (a PDF). */
  sha256?: string;
  origin?: Origin;
  /** What reading the file noted (a PDF's page numbers dropped, say). */
  notes?: string[];
  /** A PDF's text as its reader laid it out: every word must be in the letter (words-in-order.ts). */
  pdfLines?: readonly PdfTextLine[];
}

/** A file that could not even be read as a letter's text. */
export interface UnreadableInput {
  path: string;
  errors: Problem[];
}

export interface PlannedWrite {
  /** Relative to the project root. */
  path: string;
  content: Uint8Array | string;
  /** What is there now: a new file, the same bytes, or different bytes (needs --force). */
  status: 'new' | 'unchanged' | 'replaced';
}

/** What became of one input file. */
export interface FileResult {
  path: string;
  status: 'imported' | 'unchanged' | 'refused';
  /** The letter it was read as, when it was read: content/letters/<slug>/<year>.mdx */
  letter?: string;
  errors: Problem[];
}

export interface ImportPlan {
  writes: PlannedWrite[];
  /** Every refused file's errors, each naming the input file, line and field, in input order. */
  errors: Problem[];
  /**
   * Problems the archive has whatever is imported (a bad data row, a letter already there
   * that fails the build's checks): the build would fail, so nothing is written.
   */
  archiveErrors: Problem[];
  notes: string[];
  files: FileResult[];
}

export interface ImportOptions {
  force?: boolean;
  /** Write every valid letter even when others are refused. */
  keepGoing?: boolean;
  /** The current contents of a project file, or undefined where there is none. */
  existing: (path: string) => Uint8Array | undefined;
  lettersDir?: string;
  /** The date to record as `added` for a letter new to the archive, YYYY-MM-DD; a letter already there keeps its own. */
  added: string;
  /**
   * The archive the letters are imported into, as it is now (readArchive). When given,
   * the archive as it would be after the import goes through the build's own checks
   * (archiveCheck), and a letter that would make it fail is refused in the build's words.
   */
  archive?: { contents: ArchiveContents; problems: readonly Problem[]; letterProblems: readonly Problem[] };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a file, or a reason it is not a letter's text. */
function readText(bytes: Uint8Array): string | { problem: string } {
  if (bytes.includes(0)) return { problem: 'not a text file (it holds binary data)' };
  try {
    return utf8.decode(bytes);
  } catch {
    return { problem: 'not a text file (it is not valid UTF-8)' };
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** True for a file the importer takes as a PDF: by its name, or, unless named .txt, by its first bytes. */
export function isPdfFile(path: string, bytes: Uint8Array): boolean {
  return /\.pdf$/i.test(path) || (!/\.txt$/i.test(path) && looksLikePdf(bytes));
}

/**
 * A file as the importer takes it: a text file as it is; a PDF as the text read from
 * it, with the PDF's own SHA-256. A PDF that cannot be read is refused, saying why.
 */
export async function letterInput(
  path: string,
  bytes: Uint8Array,
  origin?: Origin,
): Promise<ImportInput | UnreadableInput> {
  const base = origin ? { origin } : {};
  if (!isPdfFile(path, bytes)) return { path, bytes, ...base };
  try {
    const { text, notes, lines, refusals } = await pdfLetterText(bytes);
    if (refusals.length)
      return {
        path,
        errors: refusals.map(({ page, line, message }) => ({
          file: path,
          page,
          line,
          field: 'pdf',
          message,
        })),
      };
    const read = { bytes: new TextEncoder().encode(text), sha256: sha256(bytes), notes, pdfLines: lines };
    return { path, ...read, ...base };
  } catch (error) {
    if (!(error instanceof PdfTextError)) throw error;
    const { page, line } = error;
    const at = { ...(page === undefined ? {} : { page }), ...(line === undefined ? {} : { line }) };
    return { path, errors: [{ file: path, ...at, field: 'pdf', message: error.message }] };
  }
}

interface Planned {
  path: string;
  errors: Problem[];
  notes: string[];
  letter?: { path: string; authority: string; year: number; line: number };
  /** The letter's checked frontmatter and the line in the input each field was read from. */
  checked?: { data: LetterData; lines: Record<string, number> };
  writes: PlannedWrite[];
}

/** One input on its own: read, validated and compared with what the project holds. */
function planOne(input: ImportInput | UnreadableInput, options: ImportOptions, lettersDir: string): Planned {
  const planned: Planned = { path: input.path, errors: [], notes: [], writes: [] };
  if ('errors' in input) return { ...planned, errors: input.errors };
  const text = readText(input.bytes);
  if (typeof text !== 'string')
    return { ...planned, errors: [{ file: input.path, line: 1, field: 'text', message: text.problem }] };
  let parsed;
  try {
    parsed = parseLetterText(text, { lettersDir });
  } catch (error) {
    if (!(error instanceof LetterTextError)) throw error;
    return {
      ...planned,
      errors: [{ file: input.path, line: error.line, field: error.field, message: error.detail }],
    };
  }
  const missing = input.pdfLines && firstMissingWord(input.pdfLines, parsed);
  if (missing) {
    const message = `${missingWordMessage(missing)}; --explain shows it`;
    const { page, line } = missing;
    return { ...planned, errors: [{ file: input.path, page, line, field: 'pdf', message }] };
  }
  parsed.data.source = {
    ...parsed.data.source,
    ...input.origin,
    sha256: input.sha256 ?? sha256(input.bytes),
  };
  const checked = letterSchema.safeParse({ ...parsed.data, added: options.added });
  if (!checked.success) {
    const errors = issueProblems(checked.error).map((issue) => ({
      file: input.path,
      line: parsed.lines[fieldRoot(issue.field) ?? ''] ?? 1,
      ...issue,
    }));
    return { ...planned, errors };
  }

  const { authority, year } = checked.data;
  const paths = letterFiles(authority, year, lettersDir);
  planned.letter = { path: paths.letter, authority, year, line: parsed.lines.authority! };
  planned.checked = { data: checked.data, lines: parsed.lines };
  // Imported again, a letter keeps the date it first joined the archive, so the feed stays put.
  const before = options.existing(paths.letter);
  const added = (before && letterAdded(new TextDecoder().decode(before))) || options.added;
  const mdx = letterMdx({ ...parsed.data, added }, parsed.body);
  const files = [
    { path: paths.letter, content: mdx },
    { path: paths.source, content: input.bytes },
  ];
  for (const file of files) {
    const now = options.existing(file.path);
    const bytes = typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content;
    const status = now === undefined ? 'new' : sameBytes(now, bytes) ? 'unchanged' : 'replaced';
    planned.writes.push({ ...file, status });
  }
  const replaced = planned.writes.filter((write) => write.status === 'replaced');
  if (replaced.length && !options.force) {
    const held = options.existing(paths.source);
    const difference = describeDifference(
      { ...(before ? { mdx: new TextDecoder().decode(before) } : {}), ...(held ? { source: held } : {}) },
      { mdx, source: input.bytes },
      input.sha256 !== undefined,
    );
    const which = replaced.map((write) => write.path).join(' and ');
    planned.errors.push({
      file: input.path,
      line: parsed.lines.authority!,
      field: 'authority, year',
      message: `${which} already ${replaced.length > 1 ? 'exist' : 'exists'} with other content (${difference}); use --force to replace ${replaced.length > 1 ? 'them' : 'it'}`,
    });
  }
  planned.notes.push(...[...(input.notes ?? []), ...parsed.notes].map((note) => `${input.path}: ${note}`));
  return planned;
}

export function planImport(
  inputs: ReadonlyArray<ImportInput | UnreadableInput>,
  options: ImportOptions,
): ImportPlan {
  const lettersDir = options.lettersDir ?? lettersDirectory({});
  const planned = inputs.map((input) => planOne(input, options, lettersDir));

  // Two files for one authority and year: neither is taken, and each names the other.
  const claims = new Map<string, Planned[]>();
  for (const one of planned) {
    if (one.letter) claims.set(one.letter.path, [...(claims.get(one.letter.path) ?? []), one]);
  }
  for (const same of claims.values()) {
    if (same.length < 2) continue;
    for (const one of same) {
      const others = same.filter((other) => other !== one).map((other) => other.path);
      one.errors.push({
        file: one.path,
        line: one.letter!.line,
        field: 'authority, year',
        message: `${one.letter!.authority} ${one.letter!.year} is also in ${others.join(', ')}; import one letter per authority and year`,
      });
    }
  }

  const archiveErrors = options.archive ? checkAgainstArchive(planned, options.archive) : [];

  const refused = planned.filter((one) => one.errors.length);
  const writing =
    archiveErrors.length || (refused.length && !options.keepGoing)
      ? []
      : planned.filter((one) => !one.errors.length);
  return {
    writes: writing.flatMap((one) => one.writes),
    errors: refused.flatMap((one) => one.errors),
    archiveErrors,
    notes: planned.flatMap((one) => one.notes),
    files: planned.map((one) => ({
      path: one.path,
      status: one.errors.length
        ? 'refused'
        : one.writes.every((write) => write.status === 'unchanged')
          ? 'unchanged'
          : 'imported',
      ...(one.letter ? { letter: one.letter.path } : {}),
      errors: one.errors,
    })),
  };
}

/**
 * Runs the build's checks (archiveCheck) on the archive as it would be after the import.
 * Usually all the letters together pass at once. Where they do not, they are added one by
 * one, in input order, and each letter that brings a new problem is refused with it: a
 * problem naming the letter's own file is told against the input's file and line; any
 * other (a later letter's statement, a national total) is given in the build's words as
 * it stands. Returns the problems the archive has whatever is imported.
 */
function checkAgainstArchive(planned: Planned[], archive: NonNullable<ImportOptions['archive']>): Problem[] {
  // A data file that fails its own checks leaves nothing sound to check letters against.
  if (archive.problems.length) return [...archive.problems];
  const candidates = planned.filter((one) => !one.errors.length && one.letter && one.checked);
  // A letter file that fails its schema stands, unless this import replaces it.
  const replacing = new Set(candidates.map((one) => one.letter!.path));
  const standing = archive.letterProblems.filter((problem) => !replacing.has(problem.file));
  const letters = new Map<string, ArchiveLetterFile>(
    archive.contents.letters.map((letter) => [letter.filePath, letter]),
  );
  const check = () => archiveCheck({ ...archive.contents, letters: [...letters.values()] });
  // Problems are told apart by their whole line: the same words about the same place.
  const lines = (problems: Problem[]) => new Set(problems.map(formatProblem));
  const before = lines(check());
  const held = new Map(candidates.map((one) => [one, letters.get(one.letter!.path)]));
  for (const one of candidates)
    letters.set(one.letter!.path, { filePath: one.letter!.path, data: one.checked!.data });
  if (check().some((problem) => !before.has(formatProblem(problem)))) {
    for (const [one, letter] of held) {
      if (letter) letters.set(one.letter!.path, letter);
      else letters.delete(one.letter!.path);
    }
    let known = before;
    for (const one of candidates) {
      const path = one.letter!.path;
      const previous = letters.get(path);
      letters.set(path, { filePath: path, data: one.checked!.data });
      const now = check();
      const fresh = now.filter((problem) => !known.has(formatProblem(problem)));
      if (!fresh.length) {
        known = lines(now);
        continue;
      }
      one.errors.push(...fresh.map((problem) => asInputProblem(problem, one)));
      if (previous) letters.set(path, previous);
      else letters.delete(path);
    }
  }
  return [...standing, ...check()];
}

/**
 * A problem the build finds in the letter to be written (content/letters/x/2010.mdx,
 * grade) told against the input it comes from, at the line its field was read from
 * (x.txt:31, grade), in the same words. A problem elsewhere stays as it is.
 */
function asInputProblem(problem: Problem, one: Planned): Problem {
  if (problem.file !== one.letter!.path) return problem;
  const line = one.checked!.lines[fieldRoot(problem.field) ?? 'authority'] ?? one.letter!.line;
  return { ...problem, file: one.path, line };
}
