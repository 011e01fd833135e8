/**
 * Plans an import: from published letter texts to the files to write. It reads nothing
 * and writes nothing itself, so the command line can promise all or none: either every
 * input is valid and every write is listed, or there are errors and no writes.
 */
import { letterFiles } from './letter-checks.ts';
import { letterAdded, letterMdx } from './letter-mdx.ts';
import { formatIssues, letterSchema } from './letter-schema.ts';
import { LetterTextError, parseLetterText } from './letter-text.ts';
import { lettersDirectory } from './site-config.ts';

export interface ImportInput {
  /** The path as the archivist gave it, used in messages. */
  path: string;
  bytes: Uint8Array;
}

export interface PlannedWrite {
  /** Relative to the project root. */
  path: string;
  content: Uint8Array | string;
  /** What is there now: a new file, the same bytes, or different bytes (needs --force). */
  status: 'new' | 'unchanged' | 'replaced';
}

export interface ImportPlan {
  writes: PlannedWrite[];
  errors: string[];
  notes: string[];
}

export interface ImportOptions {
  force?: boolean;
  /** The current contents of a project file, or undefined where there is none. */
  existing: (path: string) => Uint8Array | undefined;
  lettersDir?: string;
  /** The date to record as `added` for a letter new to the archive, YYYY-MM-DD; a letter already there keeps its own. */
  added: string;
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

export function planImport(inputs: readonly ImportInput[], options: ImportOptions): ImportPlan {
  const plan: ImportPlan = { writes: [], errors: [], notes: [] };
  const lettersDir = options.lettersDir ?? lettersDirectory({});
  const claimed = new Map<string, string>();

  for (const input of inputs) {
    const text = readText(input.bytes);
    if (typeof text !== 'string') {
      plan.errors.push(`${input.path}:1: text: ${text.problem}`);
      continue;
    }
    let parsed;
    try {
      parsed = parseLetterText(text, { lettersDir });
    } catch (error) {
      if (!(error instanceof LetterTextError)) throw error;
      plan.errors.push(`${input.path}:${error.message}`);
      continue;
    }
    const checked = letterSchema.safeParse({ ...parsed.data, added: options.added });
    if (!checked.success) {
      for (const [i, issue] of checked.error.issues.entries()) {
        const field = String(issue.path[0] ?? 'frontmatter');
        plan.errors.push(`${input.path}:${parsed.lines[field] ?? 1}: ${formatIssues(checked.error)[i]}`);
      }
      continue;
    }

    const { authority, year } = checked.data;
    const paths = letterFiles(authority, year, lettersDir);
    const letterPath = paths.letter;
    const where = `${input.path}:${parsed.lines.authority}`;
    const first = claimed.get(letterPath);
    if (first) {
      plan.errors.push(
        `${where}: authority, year: ${authority} ${year} is also in ${first}; import one letter per authority and year`,
      );
      continue;
    }
    claimed.set(letterPath, input.path);

    // Imported again, a letter keeps the date it first joined the archive, so the feed stays put.
    const before = options.existing(letterPath);
    const added = (before && letterAdded(new TextDecoder().decode(before))) || options.added;
    const mdx = letterMdx({ ...parsed.data, added }, parsed.body);
    const files: Array<{ path: string; content: Uint8Array | string }> = [
      { path: letterPath, content: mdx },
      { path: paths.source, content: input.bytes },
    ];
    const writes: PlannedWrite[] = [];
    for (const file of files) {
      const now = options.existing(file.path);
      const bytes = typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content;
      const status = now === undefined ? 'new' : sameBytes(now, bytes) ? 'unchanged' : 'replaced';
      if (status === 'replaced' && !options.force) {
        plan.errors.push(
          `${where}: authority, year: ${file.path} already exists with other content; use --force to replace it`,
        );
      }
      writes.push({ ...file, status });
    }
    plan.writes.push(...writes);
    plan.notes.push(...parsed.notes.map((note) => `${input.path}: ${note}`));
  }

  if (plan.errors.length) plan.writes = [];
  return plan;
}
