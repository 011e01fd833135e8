/**
 * A manifest beside the files to import says where each original came from:
 * `manifest.csv` with the header `file,url,retrieved`, one row per file (the file's
 * path relative to the manifest's folder). Values are checked with the letter schema's
 * own `source` fields, and each problem names the manifest's line and field.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { sourceSchema } from '../archive/letter-schema.ts';
import type { Origin } from './import-input.ts';
import type { FieldProblem, Problem } from '../archive/problems.ts';

export const MANIFEST_NAME = 'manifest.csv';

export interface Manifest {
  /** Origin by file, as the manifest names it (relative to its folder). */
  rows: Map<string, Origin & { line: number }>;
  errors: Problem[];
}

/** The records of a CSV text, each with its line; a text csv-parse cannot read gives one problem naming the line. */
function csvRecords(
  text: string,
  name: string,
): { records: Array<{ line: number; fields: string[] }>; errors: Problem[] } {
  try {
    // With `info`, each record comes with where it was read (csv-parse's types omit it).
    const rows = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return { records: rows.map(({ record, info }) => ({ line: info.lines, fields: record })), errors: [] };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    return { records: [], errors: [{ file: name, line, message: error.message }] };
  }
}

/** An original's address and retrieval date, checked by the letter schema's own fields; empty values are left out. */
export function checkOrigin(values: Origin): { origin: Origin; problems: FieldProblem[] } {
  const origin: Origin = {};
  const problems: FieldProblem[] = [];
  for (const key of ['url', 'retrieved'] as const) {
    if (!values[key]) continue;
    const checked = sourceSchema.shape[key].safeParse(values[key]);
    if (checked.success) origin[key] = checked.data;
    else problems.push({ field: key, message: checked.error.issues[0]!.message });
  }
  return { origin, problems };
}

export function parseManifest(text: string, name: string): Manifest {
  const read = csvRecords(text, name);
  const manifest: Manifest = { rows: new Map(), errors: read.errors };
  if (read.errors.length) return manifest;
  const [header, ...records] = read.records;
  const columns = header?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  if (columns.join(',') !== 'file,url,retrieved') {
    const message = `must be "file,url,retrieved", not "${columns.join(',')}"`;
    manifest.errors.push({ file: name, line: 1, field: 'header', message });
    return manifest;
  }
  for (const { line, fields } of records) {
    if (fields.length !== 3) {
      const message = `has ${fields.length} fields; expected file,url,retrieved`;
      manifest.errors.push({ file: name, line, field: 'row', message });
      continue;
    }
    const [file, url, retrieved] = fields.map((f) => f.trim()) as [string, string, string];
    if (!file) {
      manifest.errors.push({ file: name, line, field: 'file', message: 'must not be empty' });
      continue;
    }
    if (manifest.rows.has(file)) {
      const message = `${file} is already on line ${manifest.rows.get(file)!.line}`;
      manifest.errors.push({ file: name, line, field: 'file', message });
      continue;
    }
    const { origin, problems } = checkOrigin({ url, retrieved });
    manifest.errors.push(...problems.map((problem) => ({ file: name, line, ...problem })));
    manifest.rows.set(file, { ...origin, line });
  }
  return manifest;
}
