/**
 * Plans an import: from published letters (texts, or the text read from PDFs) to the
 * files to write. It reads nothing and writes nothing itself, so the command line can
 * promise all or none: either every input is valid and every write is listed, or there
 * are errors and no writes. With `keepGoing`, each valid letter's writes are kept and
 * each refused file is listed with its errors.
 */
import { letterFiles } from '../archive/letter-checks.ts';
import { describeDifference } from './import-differences.ts';
import { letterAdded, letterMdx } from './mdx/letter-mdx.ts';
import { issueProblems, letterSchema, type LetterData } from '../archive/letter-schema.ts';
import { LetterTextError, parseLetterText, type ParsedLetter } from './text/letter-text.ts';
import { firstMissingWord, missingWordMessage } from './words-in-order.ts';
import { lettersDirectory } from '../archive/archive-folders.ts';
import { fieldRoot, type Problem } from '../archive/problems.ts';
import { readText, sha256, type ImportInput, type UnreadableInput } from './import-input.ts';
import { checkAgainstArchive, type ArchiveNow, type PlannedLetter } from './import-against-archive.ts';

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
  archive?: ArchiveNow;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

interface Planned extends PlannedLetter {
  notes: string[];
  letter?: { path: string; authority: string; year: number; line: number };
  writes: PlannedWrite[];
}

/**
 * An input read as a letter: its text parsed, every word of a PDF found in it, and its
 * frontmatter checked by the build's schema; or the problems that stop it, each at the
 * input's line (or PDF page) and field.
 */
function readLetterInput(
  input: ImportInput,
  options: ImportOptions,
  lettersDir: string,
): { parsed: ParsedLetter; data: LetterData } | { errors: Problem[] } {
  const file = input.path;
  const text = readText(input.bytes);
  if (typeof text !== 'string') return { errors: [{ file, line: 1, field: 'text', message: text.problem }] };
  let parsed;
  try {
    parsed = parseLetterText(text, { lettersDir });
  } catch (error) {
    if (!(error instanceof LetterTextError)) throw error;
    return { errors: [{ file, line: error.line, field: error.field, message: error.detail }] };
  }
  const missing = input.pdfLines && firstMissingWord(input.pdfLines, parsed);
  if (missing) {
    const message = `${missingWordMessage(missing)}; --explain shows it`;
    return { errors: [{ file, page: missing.page, line: missing.line, field: 'pdf', message }] };
  }
  parsed.data.source = {
    ...parsed.data.source,
    ...input.origin,
    sha256: input.sha256 ?? sha256(input.bytes),
  };
  const checked = letterSchema.safeParse({ ...parsed.data, added: options.added });
  if (checked.success) return { parsed, data: checked.data };
  const errors = issueProblems(checked.error).map((issue) => ({
    file,
    line: parsed.lines[fieldRoot(issue.field) ?? ''] ?? 1,
    ...issue,
  }));
  return { errors };
}

/** One input on its own: read, validated and compared with what the project holds. */
function planOne(input: ImportInput | UnreadableInput, options: ImportOptions, lettersDir: string): Planned {
  const planned: Planned = { path: input.path, errors: [], notes: [], writes: [] };
  if ('errors' in input) return { ...planned, errors: input.errors };
  const read = readLetterInput(input, options, lettersDir);
  if ('errors' in read) return { ...planned, errors: read.errors };
  const { parsed, data } = read;
  const checked = { data };

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
