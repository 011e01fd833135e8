/**
 * The open data's tables whose numbers pandas and R must read as whole numbers: every
 * integer column here has a value in every row (an empty cell makes pandas read a column
 * as float). So the grade as a number has a table of its own, one row per authority-year
 * whose grade is known, beside grades.csv (which says every outcome in words); Ofsted's
 * national totals are one row per year and grade; the statistical neighbours one row per
 * authority and rank.
 */
import type { AuthorityHistory } from '../archive/grade-history.ts';
import { isKnown } from '../archive/grade-history.ts';
import { GRADES, gradeLabel } from '../archive/grades.ts';
import type { NationalTotals } from '../archive/national-totals.ts';
import type { Neighbour } from '../archive/neighbour-standing.ts';
import { evidenceOf, type Evidence } from './open-data.ts';

export interface KnownGradeRow {
  slug: string;
  year: number;
  grade: number;
  grade_words: string;
  evidence: Evidence;
}

/** Each column of known-grades.csv. */
export const KNOWN_GRADE_COLUMNS: Record<keyof KnownGradeRow, string> = {
  slug: 'The authority, as in grades.csv: with year, the row of grades.csv this grade is for.',
  year: 'The assessment year.',
  grade:
    'The grade as a number: 4 performs excellently, 3 well, 2 adequately, 1 poorly. Not the school scale, where 1 is best.',
  grade_words: 'The grade in words, as the letters write it.',
  evidence: 'How the grade is known: "letter", "stated" or "reported", as in grades.csv.',
};

/** One row per authority and year whose grade is known: never a withheld outcome, never an empty grade. */
export function knownGradeRows(authorities: readonly AuthorityHistory[]): KnownGradeRow[] {
  return authorities.flatMap((authority) =>
    authority.history.years.filter(isKnown).map((year) => ({
      slug: authority.slug,
      year: year.year,
      grade: year.grade,
      grade_words: gradeLabel(year.grade),
      evidence: evidenceOf(year),
    })),
  );
}

export interface NationalTotalRow {
  year: number;
  grade: number;
  grade_words: string;
  authorities: number;
  assessed: number;
  not_published: number;
  source: string;
}

/** Each column of national-totals.csv. */
export const NATIONAL_TOTAL_COLUMNS: Record<keyof NationalTotalRow, string> = {
  year: 'The assessment year.',
  grade: 'The grade as a number, 4 performs excellently to 1 performs poorly.',
  grade_words: 'The grade in words.',
  authorities: 'How many authorities Ofsted announced at this grade that year.',
  assessed: 'How many authorities Ofsted assessed that year, in all (the same on each of the year’s rows).',
  not_published:
    'How many of those had their outcome withheld from that year’s announcement (the same on each of the year’s rows).',
  source: 'Where Ofsted’s figures were published, as the archive records it.',
};

/** Ofsted's announced totals, grade × year, highest grade first. */
export function nationalTotalRows(national: ReadonlyMap<number, NationalTotals>): NationalTotalRow[] {
  return [...national.values()]
    .sort((a, b) => a.year - b.year)
    .flatMap((totals) =>
      [...GRADES]
        .sort((a, b) => b - a)
        .map((grade) => ({
          year: totals.year,
          grade,
          grade_words: gradeLabel(grade),
          authorities: totals.grades[grade],
          assessed: totals.authorities,
          not_published: totals.notPublished,
          source: totals.source,
        })),
    );
}

export interface NeighbourRow {
  slug: string;
  authority: string;
  dfe_la_code: number;
  rank: number;
  neighbour: string;
  neighbour_slug: string;
  neighbour_dfe_la_code: number;
  closeness: string;
  neighbour_assessed_2009_2011: 'yes' | 'no';
}

/** Each column of statistical-neighbours.csv. */
export const NEIGHBOUR_COLUMNS_DATA: Record<keyof NeighbourRow, string> = {
  slug: 'The authority, as in authorities.csv: with rank, the row’s key.',
  authority: "The authority's short name.",
  dfe_la_code: 'Its DfE local authority number in force 2009 to 2011.',
  rank: 'The neighbour’s place in the list: 1 (closest) to 10.',
  neighbour: 'The neighbour, named as in authorities.csv where it is one of the authorities assessed.',
  neighbour_slug:
    'The neighbour’s identifier in authorities.csv, to join its grades; empty for an authority created after 2011.',
  neighbour_dfe_la_code: 'The neighbour’s DfE local authority number.',
  closeness: 'The source’s band: Extremely Close, Very Close, Close, Somewhat close or Not Close.',
  neighbour_assessed_2009_2011:
    '"no" where the neighbour is an authority created after 2011 (so never assessed and not in authorities.csv); otherwise "yes".',
};

/** Every authority's neighbours, A–Z by authority, closest first. */
export function neighbourRows(
  authorities: readonly AuthorityHistory[],
  neighbours: ReadonlyMap<string, readonly Neighbour[]>,
): NeighbourRow[] {
  return authorities.flatMap((authority) =>
    (neighbours.get(authority.slug) ?? []).map((n) => ({
      slug: authority.slug,
      authority: authority.name,
      dfe_la_code: authority.register.dfeCode,
      rank: n.rank,
      neighbour: n.name,
      neighbour_slug: n.authority?.slug ?? '',
      neighbour_dfe_la_code: n.dfeCode,
      closeness: n.closeness,
      neighbour_assessed_2009_2011: n.authority ? 'yes' : 'no',
    })),
  );
}
