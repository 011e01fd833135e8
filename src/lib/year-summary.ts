/**
 * What the archive knows of one assessment year: each authority with a known grade
 * that year, the year before it, and the counts by grade beside Ofsted's national totals.
 */
import type { Letter } from './archive.ts';
import type { GradeCounts } from './grades.ts';
import {
  direction,
  type AuthorityHistory,
  type Direction,
  type KnownGrade,
  type YearGrade,
} from './grade-history.ts';
import type { AssessmentYear } from './years.ts';

export interface YearRow<L extends Letter = Letter> {
  authority: AuthorityHistory<L>;
  grade: KnownGrade<L>;
  /** The year before, where there is one (none for 2009). */
  previous?: YearGrade<L>;
  /** Against the year before, where both are known. */
  change?: Direction;
}

export interface YearSummary<L extends Letter = Letter> {
  year: AssessmentYear;
  rows: YearRow<L>[];
  /** Letters in the archive for this year, by grade. */
  letters: GradeCounts;
  /** Grades for this year known only from a later letter, by grade. */
  stated: GradeCounts;
}

const zeroes = (): GradeCounts => ({ 4: 0, 3: 0, 2: 0, 1: 0 });

export function yearSummary<L extends Letter>(
  year: AssessmentYear,
  authorities: readonly AuthorityHistory<L>[],
): YearSummary<L> {
  const summary: YearSummary<L> = { year, rows: [], letters: zeroes(), stated: zeroes() };
  for (const authority of authorities) {
    const years = authority.history.years;
    const at = years.findIndex((y) => y.year === year);
    const grade = years[at];
    if (!grade || grade.basis === 'none') continue;
    const previous = at > 0 ? years[at - 1] : undefined;
    summary.rows.push({
      authority,
      grade,
      ...(previous ? { previous } : {}),
      ...(previous && previous.basis !== 'none' ? { change: direction(previous.grade, grade.grade) } : {}),
    });
    (grade.basis === 'letter' ? summary.letters : summary.stated)[grade.grade] += 1;
  }
  return summary;
}
