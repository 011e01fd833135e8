/**
 * A file as the importer takes it: a text file as it is, a PDF as the text read from it
 * (with the PDF's own SHA-256 and its lines, for the words-in-order check), or the
 * problems that stop it being read as a letter's text at all.
 */
import { createHash } from 'node:crypto';
import type { Problem } from '../archive/problems.ts';
import { looksLikePdf, PdfTextError } from './pdf/pdf-open.ts';
import type { PdfTextLine } from './pdf/pdf-model.ts';
import { pdfLetterText } from './pdf/pdf-text.ts';

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

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a file, or a reason it is not a letter's text. */
export function readText(bytes: Uint8Array): string | { problem: string } {
  if (bytes.includes(0)) return { problem: 'not a text file (it holds binary data)' };
  try {
    return utf8.decode(bytes);
  } catch {
    return { problem: 'not a text file (it is not valid UTF-8)' };
  }
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
