/**
 * A problem is a record: which file, where in it, which field, and what is wrong. Checks
 * make records; only the edges (the import command's output, the build's failure) turn
 * them into the one line a maintainer reads, "file:line: field: message". The importer
 * can then tell a problem the build found in a letter against the file it imports from by
 * its fields, not by parsing the line back.
 */
export interface Problem {
  /** The file, as the maintainer named it or relative to the project. */
  file: string;
  /**
   * The line (1-based) the problem is on, where it is on one: of a text file, or with
   * `page`, of that PDF page's text as `--explain` numbers it.
   */
  line?: number;
  /** The page of a PDF the problem is on. */
  page?: number;
  /** Where in a file with no lines to point at: a JSON file's entry, such as its year. */
  entry?: string;
  /** The field (a frontmatter key, a column, "pdf"), where the problem is in one. */
  field?: string;
  message: string;
}

/** A problem in a field, to be placed in a file: what checks of one record return. */
export type FieldProblem = Pick<Problem, 'field' | 'message'>;

/**
 * The problem as one line: "file:line: entry: field: message". A PDF has no lines of its
 * own to open in an editor, so its page and line are said in the message instead.
 */
export function formatProblem(problem: Problem): string {
  const line = problem.line === undefined || problem.page !== undefined ? '' : `:${problem.line}`;
  const parts = [problem.entry, problem.field, problem.message].filter((part) => part !== undefined);
  return `${problem.file}${line}: ${parts.join(': ')}`;
}

/** The field's first name: "previous.grade" → "previous", "authority, year" → "authority". */
export function fieldRoot(field: string | undefined): string | undefined {
  return field?.split(/[.,]/)[0]?.trim() || undefined;
}
