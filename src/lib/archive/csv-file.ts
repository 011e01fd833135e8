/**
 * Reading one of the archive's CSV data files: a header row, then one record per line,
 * each checked by a zod schema. Every problem names the file, line and field, as for a
 * letter's frontmatter, so a bad row is found by its line in an editor.
 */
import { CsvError, parse } from 'csv-parse/sync';
import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';

export interface CsvRecord<T> {
  /** The record's line in the file; the header is line 1. */
  line: number;
  data: T;
  /** The record as written, every field a string: what a content collection's schema reads. */
  raw: Record<string, string>;
}

export interface CsvRead<T> {
  records: CsvRecord<T>[];
  problems: Problem[];
}

/** A header that is not the file's columns: told at line 1, field "header". */
class HeaderError extends Error {}

/** Parses `text` (the file `file`), whose header must be exactly `columns`, row by row with `schema`. */
export function readCsv<S extends z.ZodType>(
  text: string,
  file: string,
  columns: readonly string[],
  schema: S,
): CsvRead<z.output<S>> {
  let rows: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    rows = parse(text, {
      columns: (header: string[]) => {
        if (header.join(',') !== columns.join(','))
          throw new HeaderError(`must be "${columns.join(',')}", not "${header.join(',')}"`);
        return header;
      },
      info: true,
      bom: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 1;
      return { records: [], problems: [{ file, line, message: error.message }] };
    }
    if (error instanceof HeaderError)
      return { records: [], problems: [{ file, line: 1, field: 'header', message: error.message }] };
    throw error;
  }
  const read: CsvRead<z.output<S>> = { records: [], problems: [] };
  for (const { record, info } of rows) {
    const checked = schema.safeParse(record);
    if (checked.success) read.records.push({ line: info.lines, data: checked.data, raw: record });
    else
      for (const issue of checked.error.issues)
        read.problems.push({
          file,
          line: info.lines,
          field: issue.path.join('.') || 'row',
          message: issue.message,
        });
  }
  return read;
}

/** The Levenshtein distance between two strings: for "did you mean …?". */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The candidate nearest to `wanted`, if it is near enough to be a likely slip. */
export function nearest(wanted: string, candidates: Iterable<string>): string | undefined {
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const score = distance(wanted, candidate);
    if (!best || score < best.score) best = { candidate, score };
  }
  return best && best.score <= Math.max(2, Math.floor(wanted.length / 3)) ? best.candidate : undefined;
}
