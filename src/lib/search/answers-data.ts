/**
 * The facts behind the search page's answer cards (search-answers.ts), made from the
 * archive at build time: every authority of the register with its page, letters and grade
 * history in one line, and each grade's count of authorities known at it, by year.
 */
import type { Archive } from '../archive/build-archive.ts';
import { describeBasis, isKnown, type YearGrade } from '../archive/grade-history.ts';
import { GRADE_SCALE, gradeWithNumber } from '../archive/grades.ts';
import type { Letter } from '../archive/letters.ts';
import { YEAR_GROUPS } from '../archive/year-summary.ts';
import { authorityUrl, yearGroupUrl } from '../site/routes.ts';
import type { AnswersData, GradeYearAnswer } from './search-answers.ts';

/**
 * A year's grade and how it is known, in the words every page uses (`describeBasis`, the one
 * owner of them): "2010: Performs well (3 of 4), stated in the 2011 letter"; "2009:
 * Performs poorly (1 of 4), reported in 2 sources"; "2010: outcome withheld from Ofsted's
 * 2010 announcement".
 */
export function yearGradeText(year: YearGrade): string {
  if (!isKnown(year)) return `${year.year}: ${describeBasis(year)}`;
  return `${year.year}: ${gradeWithNumber(year.grade)}, ${describeBasis(year)}`;
}

export function answersData<L extends Letter>(archive: Archive<L>): AnswersData {
  return {
    authorities: archive.authorities.map((authority) => [
      authority.name,
      authorityUrl(authority.slug),
      authority.letters.length,
      authority.history.years.map(yearGradeText).join('; '),
    ]),
    grades: GRADE_SCALE.map((step) => ({
      grade: step.grade,
      label: step.label,
      years: archive.years.map((summary): GradeYearAnswer => {
        const group = summary.groups.find((g) => g.key === step.grade);
        const slug = YEAR_GROUPS.find((g) => g.key === step.grade)!.slug;
        return [
          summary.year,
          group?.rows.length ?? 0,
          archive.national.get(summary.year)?.grades[step.grade] ?? 0,
          yearGroupUrl(summary.year, slug),
        ];
      }),
    })),
  };
}
