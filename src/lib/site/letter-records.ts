/**
 * A letter as open data: its record in letters.json, and its own downloads (JSON with its
 * numbered paragraphs, and plain text), each with the date as the letter prints it.
 */
import { formatLetterDate, type Letter } from '../archive/letters.ts';
import { gradeLabel } from '../archive/grades.ts';
import { letterBodyLines, letterParagraphs, numberedBodyLines } from '../archive/letter-body.ts';
import { paragraphId } from '../archive/paragraphs.ts';
import { authoritySlug } from '../archive/slug.ts';
import { authorityUrl, letterUrl, publicAddress } from './routes.ts';

/**
 * A letter's words as plain text, in the order its page shows them, with the date as the
 * letter prints it ("8 November 2011"). `numbered`: each numbered paragraph begins with its
 * number, "[12] …", as the letter's .txt download has it.
 */
export function letterPlainText(letter: Letter, body: string, numbered = false): string {
  const { data } = letter;
  const lines: string[] = [
    ...(data.sender ?? []),
    formatLetterDate(data.date),
    data.recipient.name,
    data.recipient.role,
    ...data.recipient.address,
  ];
  lines.push(...(numbered ? numberedBodyLines(body) : letterBodyLines(body)));
  lines.push(data.signatory.name, data.signatory.role);
  return lines.join('\n');
}

export function letterRecord(letter: Letter, body: string, site: string | undefined) {
  const { data } = letter;
  return {
    authority: data.authority,
    year: data.year,
    grade: data.grade,
    grade_words: gradeLabel(data.grade),
    date: data.date,
    date_written: formatLetterDate(data.date),
    added: data.added,
    url: publicAddress(letterUrl(data), site),
    authority_url: publicAddress(authorityUrl(authoritySlug(data.authority)), site),
    sender: data.sender ?? [],
    recipient: data.recipient,
    signatory: data.signatory,
    previous: data.previous ?? null,
    source: data.source,
    text: letterPlainText(letter, body),
  };
}

/**
 * A letter's own JSON download: its record, and its numbered paragraphs, each with the
 * address its page gives it, so a "para 12" citation can be matched to the words.
 * (letters.json leaves them out: its text already holds the words once.)
 */
export function letterDownload(letter: Letter, body: string, site: string | undefined) {
  const url = publicAddress(letterUrl(letter.data), site);
  return {
    ...letterRecord(letter, body, site),
    paragraphs: letterParagraphs(body).map(({ n, part, text }) => ({
      n,
      url: `${url}#${paragraphId(n)}`,
      part,
      text,
    })),
  };
}
