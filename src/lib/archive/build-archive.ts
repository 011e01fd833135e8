/**
 * The whole archive as the pages see it, from its letters, the register of authorities,
 * the grades reported from Ofsted's announcements, Ofsted's national totals and DfE's
 * statistical neighbours: every
 * authority with its letters and merged grade history, and a summary of each year.
 * Pure, so the tests build exactly what the site builds; collection.ts feeds it once.
 */
import type { Letter } from './letters.ts';
import { authorityRecords } from './authority-records.ts';
import type { AuthorityHistory } from './grade-history.ts';
import type { NationalTotals } from './national-totals.ts';
import type { Register } from './register.ts';
import { neighboursBySlug, type Neighbour } from './neighbour-standing.ts';
import type { ReportedGrade } from './reported-grades.ts';
import type { StatisticalNeighbour } from './statistical-neighbours.ts';
import { yearSummary, type YearSummary } from './year-summary.ts';
import { ASSESSMENT_YEARS } from './years.ts';

export interface Archive<L extends Letter = Letter> {
  /** A–Z by authority, then oldest first. */
  letters: L[];
  /** Every authority of the register, A–Z, each with its letters and grade history. */
  authorities: AuthorityHistory<L>[];
  /** One per assessment year, oldest first. */
  years: YearSummary<L>[];
  /** The assessment years the archive holds at least one letter for, oldest first. */
  yearsWithLetters: number[];
  /** Ofsted's national totals, by year. */
  national: Map<number, NationalTotals>;
  /** Each authority's statistical neighbours, closest first, by its slug (none listed: none). */
  neighbours: Map<string, Neighbour<L>[]>;
}

/** The register and the grades reported for its authorities. */
export interface ArchiveData {
  register: Register;
  reported: readonly ReportedGrade[];
  /** DfE's statistical neighbours, where the archive has them. */
  neighbours?: readonly StatisticalNeighbour[];
}

export function buildArchive<L extends Letter>(
  entries: readonly L[],
  totals: readonly NationalTotals[],
  { register, reported, neighbours = [] }: ArchiveData,
): Archive<L> {
  const authorities = authorityRecords(register, entries, reported);
  const years = ASSESSMENT_YEARS.map((year) => yearSummary(year, authorities));
  return {
    letters: authorities.flatMap((authority) => authority.letters),
    authorities,
    years,
    yearsWithLetters: years.filter((summary) => summary.letters > 0).map((summary) => summary.year),
    national: new Map(totals.map((entry) => [entry.year, entry])),
    neighbours: neighboursBySlug(neighbours, authorities),
  };
}
