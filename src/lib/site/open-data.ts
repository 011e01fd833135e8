/**
 * The archive as data, ready for a spreadsheet or R without cleaning: every authority of
 * the register; one row per authority and assessment year (152 × 3), with its grade where
 * known and how it is known; each source of each grade in a long table keyed to it; and
 * every letter's metadata and plain text. One value per cell. Made from the same grade
 * history the pages show. Addresses are absolute when SITE_URL is set, else site-relative.
 */
import { stringify } from 'csv-stringify/sync';
import { letterTitle, type Letter } from '../archive/letters.ts';
import { isKnown, type AuthorityHistory, type YearGrade } from '../archive/grade-history.ts';
import { gradeLabel } from '../archive/grades.ts';
import { WITHHELD_LABEL } from '../archive/reported-grades.ts';
import { authorityUrl, letterUrl, publicAddress } from './routes.ts';
import { authoritySlug } from '../archive/slug.ts';

/** How a year's grade is known, as the data files write it. */
export type Evidence = 'letter' | 'stated' | 'reported' | 'withheld' | 'not known';

/** How grades.csv writes a year whose grade is not known. */
export const NOT_KNOWN_LABEL = 'Not known';

export function evidenceOf(year: YearGrade): Evidence {
  return year.basis === 'none' ? 'not known' : year.basis;
}

export interface GradeRow {
  authority: string;
  slug: string;
  dfe_la_code: number;
  ons_code: string;
  region: string;
  year: number;
  grade_words: string;
  evidence: Evidence;
  letter_url: string;
  letter_date: string;
  quote: string;
  sources: number;
}

/** Each column of grades.csv and grades.json, with what it means, for the /data/ page and datapackage.json. */
export const GRADE_COLUMNS: Record<keyof GradeRow, string> = {
  authority: "The authority's short name, as in the register (authorities.csv).",
  slug: "The authority's identifier in this archive, as in its page's address. With year, the row's key.",
  dfe_la_code: 'The DfE local authority number in force 2009 to 2011, for joining with DfE data.',
  ons_code: 'The ONS GSS code in force 2009 to 2011.',
  region: 'The government office region.',
  year: 'The assessment year: 2009, 2010 or 2011.',
  grade_words:
    'The outcome in words: the grade as the letters write it ("Performs well"); "Outcome withheld" where it was withheld; "Not known" where nothing is known. The grade as a number, for the years it is known, is in known-grades.csv (a whole number in every row).',
  evidence:
    'How the grade is known: "letter" (that year\'s letter), "stated" (stated in the next year\'s letter), "reported" (reported from Ofsted\'s announcement), "withheld" (the outcome was not published with that year\'s announcement: not a grade) or "not known".',
  letter_url:
    'For "letter", that letter\'s page in this archive; for "stated", the page of the later letter that states it; otherwise empty.',
  letter_date: 'For "letter" and "stated", the date on that letter, YYYY-MM-DD; otherwise empty.',
  quote: 'For "stated", the later letter\'s own sentence that states the grade; otherwise empty.',
  sources: 'How many rows of grade-sources.csv give this grade: its letter and every report of it.',
};

export interface GradeSourceRow {
  slug: string;
  authority: string;
  year: number;
  evidence: Evidence;
  url: string;
  title: string;
}

/** Each column of grade-sources.csv. */
export const GRADE_SOURCE_COLUMNS: Record<keyof GradeSourceRow, string> = {
  slug: 'The authority, as in grades.csv: with year, the grades.csv row this source is for.',
  authority: "The authority's short name.",
  year: 'The assessment year.',
  evidence:
    'What this source is: "letter" (that year\'s letter), "stated" (a later letter stating it) or "reported" / "withheld" (a report of Ofsted\'s announcement).',
  url: "The source's address: a letter's page in this archive, or the report's address.",
  title: "The letter's title, or the report's title as its page gives it.",
};

function letterOf(year: YearGrade) {
  return year.basis === 'letter' ? year.letter : year.basis === 'stated' ? year.statedIn : undefined;
}

/** Every source of one authority-year: its letter (or stating letter) first, then each report. */
function sourceRows(
  authority: AuthorityHistory,
  year: YearGrade,
  site: string | undefined,
): GradeSourceRow[] {
  if (year.basis === 'none') return [];
  const { register } = authority;
  const common = { slug: register.slug, authority: register.name, year: year.year };
  const letter = letterOf(year);
  const reportEvidence: Evidence = year.basis === 'withheld' ? 'withheld' : 'reported';
  return [
    ...(letter
      ? [
          {
            ...common,
            evidence: evidenceOf(year),
            url: publicAddress(letterUrl(letter.data), site),
            title: letterTitle(letter.data),
          },
        ]
      : []),
    ...year.sources.map((source) => ({
      ...common,
      evidence: reportEvidence,
      url: source.url,
      title: source.title,
    })),
  ];
}

/** One row per authority of the register and assessment year: 152 × 3, known or not. */
export function gradeRows(authorities: readonly AuthorityHistory[], site: string | undefined): GradeRow[] {
  return authorities.flatMap((authority) =>
    authority.history.years.map((year): GradeRow => {
      const letter = letterOf(year);
      const { register } = authority;
      return {
        authority: register.name,
        slug: register.slug,
        dfe_la_code: register.dfeCode,
        ons_code: register.onsCode,
        region: register.region,
        year: year.year,
        grade_words: isKnown(year)
          ? gradeLabel(year.grade)
          : year.basis === 'withheld'
            ? WITHHELD_LABEL
            : NOT_KNOWN_LABEL,
        evidence: evidenceOf(year),
        letter_url: letter ? publicAddress(letterUrl(letter.data), site) : '',
        letter_date: letter?.data.date ?? '',
        quote: year.basis === 'stated' ? year.evidence : '',
        sources: sourceRows(authority, year, site).length,
      };
    }),
  );
}

/** Every source of every grade and withheld outcome: one row each. */
export function gradeSourceRows(
  authorities: readonly AuthorityHistory[],
  site: string | undefined,
): GradeSourceRow[] {
  return authorities.flatMap((authority) =>
    authority.history.years.flatMap((year) => sourceRows(authority, year, site)),
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
export function authorityRows(
  authorities: readonly AuthorityHistory[],
  site: string | undefined,
): AuthorityRow[] {
  return authorities.map(({ register, letters }) => ({
    authority: register.name,
    slug: register.slug,
    dfe_la_code: register.dfeCode,
    ons_code: register.onsCode,
    region: register.region,
    letters: letters.map((letter) => letter.data.year).join(' '),
    url: publicAddress(authorityUrl(register.slug), site),
  }));
}

/** RFC 4180 through csv-stringify: a header line, then one line per row, CRLF line ends, quoted only where needed. */
export function toCsv<T extends object>(columns: readonly (keyof T)[], rows: readonly T[]): string {
  return stringify(rows as unknown as Record<string, unknown>[], {
    header: true,
    columns: columns.map(String),
    record_delimiter: 'windows',
    // A line break inside a field is quoted too, as RFC 4180 asks (by default only the record delimiter is).
    quoted_match: /[\r\n]/,
  });
}

export interface ImprovementRow {
  slug: string;
  authority: string;
  year: number;
  position: number;
  passage_id: string;
  url: string;
  heading: string;
  text: string;
}

/** Each column of improvements.csv. */
export const IMPROVEMENT_COLUMNS: Record<keyof ImprovementRow, string> = {
  slug: "The authority's identifier in this archive.",
  authority: "The authority's short name.",
  year: 'The year of the letter.',
  position: "The item's place under its heading: 1 for the first bullet.",
  passage_id: "The bullet's id on its letter page; with slug and year, the row's key.",
  url: "The bullet on its letter page: the letter page's address and #passage_id.",
  heading: 'The heading the item sits under, as the letter prints it.',
  text: "The item's words, as the letter prints them.",
};

export interface ImprovementThemeRow {
  slug: string;
  year: number;
  passage_id: string;
  theme: string;
}

/** Each column of improvement-themes.csv. */
export const IMPROVEMENT_THEME_COLUMNS: Record<keyof ImprovementThemeRow, string> = {
  slug: 'The authority, as in improvements.csv.',
  year: 'The year of the letter, as in improvements.csv.',
  passage_id: 'The item, as in improvements.csv.',
  theme:
    'A theme the item belongs to (the id of a theme of the taxonomy, or "other" when it matches none); an item in several themes has a row for each.',
};

/** The part of an improvement item the data files need. */
interface ItemLike {
  letter: Letter;
  position: number;
  passageId: string;
  heading: string;
  text: string;
  themes: string[];
}

export function improvementRows(items: readonly ItemLike[], site: string | undefined): ImprovementRow[] {
  return items.map((item) => ({
    slug: authoritySlug(item.letter.data.authority),
    authority: item.letter.data.authority,
    year: item.letter.data.year,
    position: item.position,
    passage_id: item.passageId,
    url: `${publicAddress(letterUrl(item.letter.data), site)}#${item.passageId}`,
    heading: item.heading,
    text: item.text,
  }));
}

export function improvementThemeRows(items: readonly ItemLike[]): ImprovementThemeRow[] {
  return items.flatMap((item) =>
    item.themes.map((theme) => ({
      slug: authoritySlug(item.letter.data.authority),
      year: item.letter.data.year,
      passage_id: item.passageId,
      theme,
    })),
  );
}
