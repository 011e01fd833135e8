/**
 * The archive as data: every authority of the register; one row per authority and year
 * whose grade is known (or whose outcome was withheld), with its evidence; and every
 * letter's metadata and plain text. Made from the same grade history the pages show.
 */
import { letterTitle, type Letter } from '../archive/letters.ts';
import { isKnown, type AuthorityHistory } from '../archive/grade-history.ts';
import { gradeLabel } from '../archive/grades.ts';
import { letterBodyLines } from '../archive/letter-body.ts';
import { WITHHELD_LABEL } from '../archive/reported-grades.ts';
import { authorityUrl, letterUrl } from './routes.ts';
import { authoritySlug } from '../archive/slug.ts';

export interface GradeRow {
  authority: string;
  slug: string;
  dfe_la_code: number;
  ons_code: string;
  region: string;
  year: number;
  grade: number | '';
  grade_words: string;
  evidence: 'letter' | 'stated' | 'reported' | 'withheld';
  source: string;
  source_title: string;
  quote: string;
  letter_date: string;
}

/** Each column of grades.csv and grades.json, with what it means, for the /data/ page. */
export const GRADE_COLUMNS: Record<keyof GradeRow, string> = {
  authority: "The authority's short name, as in the register (authorities.csv).",
  slug: "The authority's identifier in this archive, as in its page's address.",
  dfe_la_code: 'The DfE local authority number in force 2009 to 2011, for joining with DfE data.',
  ons_code: 'The ONS GSS code in force 2009 to 2011.',
  region: 'The government office region.',
  year: 'The assessment year: 2009, 2010 or 2011.',
  grade:
    'The grade as a number: 4 performs excellently, 3 well, 2 adequately, 1 poorly. Not the school scale, where 1 is best. Empty where the outcome was withheld.',
  grade_words: 'The grade in words, as the letters write it; "Outcome withheld" where it was withheld.',
  evidence:
    'How the grade is known: "letter" (that year\'s letter), "stated" (stated in the next year\'s letter), "reported" (reported from Ofsted\'s announcement) or "withheld" (the outcome was not published with that year\'s announcement: not a grade).',
  source:
    'Where it is known from: the letter\'s address in this archive for "letter" and "stated"; for "reported" and "withheld", the address of each source that reported it, separated by spaces.',
  source_title: 'The title of each source in the same order, separated by " | ".',
  quote: 'For "stated", the later letter\'s own sentence that states the grade; otherwise empty.',
  letter_date: 'For "letter" and "stated", the date on that letter, YYYY-MM-DD; otherwise empty.',
};

/** One row per authority and year whose grade is known, or whose outcome was withheld. */
export function gradeRows(authorities: readonly AuthorityHistory[], siteUrl: string): GradeRow[] {
  return authorities.flatMap((authority) =>
    authority.history.years.flatMap((year): GradeRow[] => {
      if (year.basis === 'none') return [];
      const letter =
        year.basis === 'letter' ? year.letter : year.basis === 'stated' ? year.statedIn : undefined;
      const { register } = authority;
      return [
        {
          authority: register.name,
          slug: register.slug,
          dfe_la_code: register.dfeCode,
          ons_code: register.onsCode,
          region: register.region,
          year: year.year,
          grade: isKnown(year) ? year.grade : '',
          grade_words: isKnown(year) ? gradeLabel(year.grade) : WITHHELD_LABEL,
          evidence: year.basis,
          source: letter
            ? new URL(letterUrl(letter.data), siteUrl).href
            : year.sources.map((s) => s.url).join(' '),
          source_title: letter ? letterTitle(letter.data) : year.sources.map((s) => s.title).join(' | '),
          quote: year.basis === 'stated' ? year.evidence : '',
          letter_date: letter?.data.date ?? '',
        },
      ];
    }),
  );
}

export interface AuthorityRow {
  authority: string;
  slug: string;
  dfe_la_code: number;
  ons_code: string;
  region: string;
  letters: string;
  url: string;
}

/** Each column of authorities.csv, for the /data/ page. */
export const AUTHORITY_COLUMNS: Record<keyof AuthorityRow, string> = {
  authority: "The authority's short name.",
  slug: "The authority's identifier in this archive, as in its page's address.",
  dfe_la_code: 'The DfE local authority number in force 2009 to 2011.',
  ons_code: 'The ONS GSS code in force 2009 to 2011.',
  region: 'The government office region.',
  letters: 'The years whose letter the archive holds, separated by spaces; empty if none yet.',
  url: "The authority's page in this archive.",
};

/** One row per authority of the register, with or without a letter. */
export function authorityRows(authorities: readonly AuthorityHistory[], siteUrl: string): AuthorityRow[] {
  return authorities.map(({ register, letters }) => ({
    authority: register.name,
    slug: register.slug,
    dfe_la_code: register.dfeCode,
    ons_code: register.onsCode,
    region: register.region,
    letters: letters.map((letter) => letter.data.year).join(' '),
    url: new URL(authorityUrl(register.slug), siteUrl).href,
  }));
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
    added: data.added,
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
