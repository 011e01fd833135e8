/**
 * An authority's grade in each assessment year, and how it moved. A year's grade is
 * known from that year's letter, or from a later letter that states it (`previous`);
 * otherwise it is not known, and the history says so rather than guess. (A letter and a
 * later statement never disagree here: the archive's checks refuse such letters.)
 */
import type { Authority, Letter } from './archive.ts';
import { gradeLabel, type Grade } from './grades.ts';
import { ASSESSMENT_YEARS, type AssessmentYear } from './years.ts';

export type YearGrade<L extends Letter = Letter> =
  | { year: AssessmentYear; basis: 'letter'; grade: Grade; letter: L }
  | { year: AssessmentYear; basis: 'stated'; grade: Grade; evidence: string; statedIn: L }
  | { year: AssessmentYear; basis: 'none' };

export type KnownGrade<L extends Letter = Letter> = Exclude<YearGrade<L>, { basis: 'none' }>;

export type Direction = 'improved' | 'unchanged' | 'declined';

export interface GradeChange<L extends Letter = Letter> {
  from: KnownGrade<L>;
  to: KnownGrade<L>;
  direction: Direction;
}

export interface GradeHistory<L extends Letter = Letter> {
  /** One entry per assessment year, oldest first. */
  years: YearGrade<L>[];
  /** Between each two consecutive years whose grades are both known. */
  changes: GradeChange<L>[];
  /** The most recent known grade. */
  latest?: KnownGrade<L>;
}

/** An authority with its letters and the grade history read from them. */
export interface AuthorityHistory<L extends Letter = Letter> extends Authority<L> {
  history: GradeHistory<L>;
}

export function isKnown<L extends Letter>(year: YearGrade<L>): year is KnownGrade<L> {
  return year.basis !== 'none';
}

export function direction(from: Grade, to: Grade): Direction {
  return to > from ? 'improved' : to < from ? 'declined' : 'unchanged';
}

/** The history of one authority, from its letters (any order). */
export function gradeHistory<L extends Letter>(letters: readonly L[]): GradeHistory<L> {
  const years = ASSESSMENT_YEARS.map((year): YearGrade<L> => {
    const letter = letters.find((l) => l.data.year === year);
    const stating = letters.find((l) => l.data.previous?.year === year);
    const stated = stating?.data.previous;
    if (letter) return { year, basis: 'letter', grade: letter.data.grade, letter };
    if (stating && stated) {
      return { year, basis: 'stated', grade: stated.grade, evidence: stated.evidence, statedIn: stating };
    }
    return { year, basis: 'none' };
  });

  const changes: GradeChange<L>[] = [];
  for (const [i, to] of years.entries()) {
    const from = years[i - 1];
    if (from && isKnown(from) && isKnown(to))
      changes.push({ from, to, direction: direction(from.grade, to.grade) });
  }
  const latest = years.filter(isKnown).at(-1);
  return { years, changes, ...(latest ? { latest } : {}) };
}

const words = (grade: Grade) => gradeLabel(grade).toLowerCase();

/** "Unchanged: performs adequately in 2010 and 2011"; "Improved from performs adequately to performs well". */
export function describeChange(change: Pick<GradeChange, 'from' | 'to' | 'direction'>): string {
  const { from, to } = change;
  if (change.direction === 'unchanged') return `Unchanged: ${words(to.grade)} in ${from.year} and ${to.year}`;
  const verb = change.direction === 'improved' ? 'Improved' : 'Declined';
  return `${verb} from ${words(from.grade)} to ${words(to.grade)}`;
}

/** "letter", "stated in the 2011 letter" or "no letter in the archive". */
export function describeBasis(year: YearGrade): string {
  if (year.basis === 'letter') return 'letter';
  if (year.basis === 'stated') return `stated in the ${year.statedIn.data.year} letter`;
  return 'no letter in the archive';
}
