/**
 * The archive as data: one row per authority and year with a known grade, and every
 * letter's metadata and plain text. Made from the same grade history the pages show.
 */
import type { Letter } from './archive.ts';
import { isKnown, type AuthorityHistory } from './grade-history.ts';
import { gradeLabel } from './grades.ts';
import { letterBodyLines } from './letter-body.ts';
import { authorityUrl, letterUrl } from './routes.ts';
import { authoritySlug } from './slug.ts';

export interface GradeRow {
  authority: string;
  slug: string;
  year: number;
  grade: number;
  grade_words: string;
  basis: 'letter' | 'stated in a later letter';
  evidence: string;
  letter_url: string;
  letter_date: string;
}

/** Each column of grades.csv and grades.json, with what it means, for the /data/ page. */
export const GRADE_COLUMNS: Record<keyof GradeRow, string> = {
  authority: "The authority's name as its latest letter gives it.",
  slug: "The authority's identifier in this archive, as in its page's address.",
  year: 'The assessment year: 2009, 2010 or 2011.',
  grade:
    'The grade as a number: 4 performs excellently, 3 well, 2 adequately, 1 poorly. Not the school scale, where 1 is best.',
  grade_words: 'The grade in words, as the letters write it.',
  basis:
    '"letter" where the grade comes from that year\'s letter; "stated in a later letter" where the next year\'s letter states it.',
  evidence: "For a stated grade, the later letter's own sentence that states it; empty for a letter.",
  letter_url: "The letter the grade comes from: that year's letter, or the later letter that states it.",
  letter_date: 'The date on that letter, YYYY-MM-DD.',
};

/** `siteUrl` is the site's address; letter addresses carry the build's base. */
export function gradeRows(authorities: readonly AuthorityHistory[], siteUrl: string): GradeRow[] {
  return authorities.flatMap((authority) =>
    authority.history.years.filter(isKnown).map((year) => {
      const letter = year.basis === 'letter' ? year.letter : year.statedIn;
      return {
        authority: authority.name,
        slug: authority.slug,
        year: year.year,
        grade: year.grade,
        grade_words: gradeLabel(year.grade),
        basis: year.basis === 'letter' ? 'letter' : 'stated in a later letter',
        evidence: year.basis === 'stated' ? year.evidence : '',
        letter_url: new URL(letterUrl(letter.data), siteUrl).href,
        letter_date: letter.data.date,
      };
    }),
  );
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: a header line, then one line per row, CRLF line ends. */
export function toCsv<T extends object>(columns: readonly (keyof T)[], rows: readonly T[]): string {
  const lines = [
    columns.map((c) => csvField(String(c))),
    ...rows.map((row) => columns.map((c) => csvField(row[c] as string | number))),
  ];
  return `${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}

/** A letter's words as plain text, in the order its page shows them. */
export function letterPlainText(letter: Letter, body: string): string {
  const { data } = letter;
  const lines: string[] = [
    ...(data.sender ?? []),
    data.date,
    data.recipient.name,
    data.recipient.role,
    ...data.recipient.address,
  ];
  lines.push(...letterBodyLines(body), data.signatory.name, data.signatory.role);
  return lines.join('\n');
}

export function letterRecord(letter: Letter, body: string, siteUrl: string) {
  const { data } = letter;
  return {
    authority: data.authority,
    year: data.year,
    grade: data.grade,
    grade_words: gradeLabel(data.grade),
    date: data.date,
    url: new URL(letterUrl(data), siteUrl).href,
    authority_url: new URL(authorityUrl(authoritySlug(data.authority)), siteUrl).href,
    sender: data.sender ?? [],
    recipient: data.recipient,
    signatory: data.signatory,
    previous: data.previous ?? null,
    source: data.source,
    text: letterPlainText(letter, body),
  };
}
