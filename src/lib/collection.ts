/**
 * The only place the collections are read. Every page shares one sorted, grouped and
 * summarised result instead of querying, sorting or grouping again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { lettersByAuthority, sortLetters } from './archive.ts';
import { gradeHistory, type AuthorityHistory } from './grade-history.ts';
import { totalOf } from './grades.ts';
import type { NationalTotals } from './national-totals.ts';
import { yearSummary, type YearSummary } from './year-summary.ts';
import { ASSESSMENT_YEARS } from './years.ts';

export type LetterEntry = CollectionEntry<'letters'>;

export interface Archive {
  /** A–Z by authority, then oldest first. */
  letters: LetterEntry[];
  /** A–Z, each with its letters and grade history. */
  authorities: AuthorityHistory<LetterEntry>[];
  /** One per assessment year, oldest first. */
  years: YearSummary<LetterEntry>[];
  /** The assessment years the archive holds at least one letter for, oldest first. */
  yearsWithLetters: number[];
  /** Ofsted's national totals, by year. */
  national: Map<number, NationalTotals>;
}

let archive: Promise<Archive> | undefined;

async function readArchive(): Promise<Archive> {
  const [entries, totals] = await Promise.all([getCollection('letters'), getCollection('nationalTotals')]);
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
    national: new Map(totals.map((entry) => [entry.data.year, entry.data])),
  };
}

export function loadArchive(): Promise<Archive> {
  archive ??= readArchive();
  return archive;
}
