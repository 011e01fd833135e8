/**
 * `npm run import -- --explain letter.pdf …`: what the PDF reader made of each PDF, for
 * the maintainer whose PDF was refused. Each line of the text as read, numbered as the
 * importer's messages number it, with the part it was taken for (letterhead, date,
 * recipient, body, bullet, table row, sign-off, signature block), then the running
 * headers and footers left out, then whether the text reads as a letter and, if not,
 * the importer's own refusal. Nothing is written.
 */
import { readFileSync } from 'node:fs';
import { LetterTextError, parseLetterText } from './text/letter-text.ts';
import { PdfTextError } from './pdf/pdf-open.ts';
import { pdfLetterText, type PdfText } from './pdf/pdf-text.ts';
import { firstMissingWord, missingWordMessage } from './words-in-order.ts';

/** The text read from a PDF, one numbered line each, with the part it was taken for. */
export function explainPdfText(read: PdfText): string {
  const width = String(read.lines.length).length;
  const out = read.lines.map((line, i) => {
    const number = String(i + 1).padStart(width);
    return line.text === '' ? number : `${number}  ${line.part.padEnd(15)}  ${line.text}`;
  });
  for (const line of read.dropped) {
    out.push(
      `${' '.repeat(width)}  ${'dropped'.padEnd(15)}  page ${line.page}: header or footer "${line.text}"`,
    );
  }
  return `${out.join('\n')}\n`;
}

/** Explains each PDF named; returns the exit status (1 if any cannot be read as a letter). */
export async function explainPdfs(paths: string[], print: (text: string) => void): Promise<number> {
  let status = 0;
  for (const path of paths) {
    print(`== ${path}`);
    let read: PdfText;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(path));
    } catch (error) {
      const { code } = error as NodeJS.ErrnoException;
      print(
        `${path}: ${code === 'EISDIR' ? 'is a folder: --explain takes PDF files' : 'cannot be read (' + code + ')'}`,
      );
      status = 1;
      continue;
    }
    try {
      read = await pdfLetterText(bytes);
    } catch (error) {
      const message = error instanceof PdfTextError ? `pdf: ${error.message}` : (error as Error).message;
      print(`${path}: ${message}`);
      status = 1;
      continue;
    }
    print(explainPdfText(read).trimEnd());
    for (const refusal of read.refusals) print(`${path}: pdf: ${refusal.message}`);
    if (read.refusals.length) status = 1;
    try {
      const letter = parseLetterText(read.text);
      const missing = firstMissingWord(read.lines, letter);
      if (missing) {
        print(`${path}: pdf: ${missingWordMessage(missing)}`);
        status = 1;
      } else if (!read.refusals.length) {
        print(`${path}: reads as the letter for ${letter.data.authority} ${letter.data.year}`);
      }
    } catch (error) {
      if (!(error instanceof LetterTextError)) throw error;
      print(`${path}:${error.message}`);
      status = 1;
    }
  }
  return status;
}
