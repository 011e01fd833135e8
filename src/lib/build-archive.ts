/**
 * The whole archive as the pages see it, from its letters and Ofsted's national totals:
 * sorted, grouped by authority with each one's grade history, and summarised by year.
 * Pure, so the tests build exactly what the site builds; collection.ts feeds it once.
 */
import { lettersByAuthority, sortLetters, type Letter } from './archive.ts';
import { gradeHistory, type AuthorityHistory } from './grade-history.ts';
import { totalOf } from './grades.ts';
import type { NationalTotals } from './national-totals.ts';
import { yearSummary, type YearSummary } from './year-summary.ts';
import { ASSESSMENT_YEARS } from './years.ts';

export interface Archive<L extends Letter = Letter> {
  /** A–Z by authority, then oldest first. */
  letters: L[];
  /** A–Z, each with its letters and grade history. */
  authorities: AuthorityHistory<L>[];
  /** One per assessment year, oldest first. */
  years: YearSummary<L>[];
  /** The assessment years the archive holds at least one letter for, oldest first. */
  yearsWithLetters: number[];
  /** Ofsted's national totals, by year. */
  national: Map<number, NationalTotals>;
}

export function buildArchive<L extends Letter>(
  entries: readonly L[],
  totals: readonly NationalTotals[] = [],
): Archive<L> {
  const letters = sortLetters(entries);
  const authorities = lettersByAuthority(letters).map((authority) => ({
    ...authority,
    history: gradeHistory(authority.letters),
  }));
  const years = ASSESSMENT_YEARS.map((year) => yearSummary(year, authorities));
  return {
    letters,
    authorities,
    years,
    yearsWithLetters: years.filter((summary) => totalOf(summary.letters) > 0).map((summary) => summary.year),
    national: new Map(totals.map((entry) => [entry.year, entry])),
  };
}
