/**
 * Text → lines and runs: the published texts come from PDFs, so they carry page-break
 * artefacts, lines holding only spaces or non-breaking spaces among them. A run is a
 * block of non-blank lines. Problems in a text are told at a line and a field.
 */
import { foldQuotes } from '../../archive/typography.ts';

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

export interface Line {
  text: string;
  number: number;
}

/** Straight quotes, one space: the form lines are compared in. */
export function plain(text: string): string {
  return foldQuotes(text).replace(/\s+/g, ' ').trim();
}

/** Straight quotes, one space, lower case. */
export function fold(text: string): string {
  return plain(text).toLowerCase();
}

export const wordCount = (text: string) => text.trim().split(/\s+/).length;

export function toLines(text: string): Line[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ text: raw.replace(/[\u00a0\u2007\u202f]/g, ' ').trimEnd(), number: i + 1 }));
}

/** Runs of non-blank lines; blank, space-only and nbsp-only lines separate them. */
export function toRuns(lines: Line[]): Line[][] {
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
