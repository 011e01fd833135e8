/**
 * What is known of one assessment year: every authority of the register with its grade
 * that year and how it is known, the year before, the authorities grouped by grade (each
 * group a list of its own), and the letters held against those Ofsted published.
 */
import type { Letter } from './letters.ts';
import { GRADE_SCALE, type Grade } from './grades.ts';
import {
  describeBasis,
  direction,
  isKnown,
  type AuthorityHistory,
  type Direction,
  type YearGrade,
} from './grade-history.ts';
import type { NationalTotals } from './national-totals.ts';
import { WITHHELD_LABEL } from './reported-grades.ts';
import type { AssessmentYear } from './years.ts';
import type { Problem } from './problems.ts';

export interface YearRow<L extends Letter = Letter> {
  authority: AuthorityHistory<L>;
  grade: YearGrade<L>;
  /** The year before, where there is one (none for 2009). */
  previous?: YearGrade<L>;
  /** Against the year before, where both are known. */
  change?: Direction;
}

/** The lists a year's authorities fall into: one per grade, then withheld, then not known. */
export type GroupKey = Grade | 'withheld' | 'none';

export interface YearGroup<L extends Letter = Letter> {
  key: GroupKey;
  /** The group's list page below its year page: performs-poorly, withheld, not-known. */
  slug: string;
  /** "Performs poorly"; "Outcome withheld"; "Not known". */
  label: string;
  rows: YearRow<L>[];
}

export interface YearSummary<L extends Letter = Letter> {
  year: AssessmentYear;
  /** Every authority, A–Z. */
  rows: YearRow<L>[];
  /** The same rows by what is known: each grade, highest first, withheld, not known. */
  groups: YearGroup<L>[];
  /** Letters for this year in the archive. */
  letters: number;
}

/** Every group a year can have, highest grade first, each with its list's slug and label. */
export const YEAR_GROUPS: ReadonlyArray<Omit<YearGroup, 'rows'>> = [
  ...GRADE_SCALE.map((step) => ({
    key: step.grade,
    slug: step.label.toLowerCase().replace(/ /g, '-'),
    label: step.label,
  })),
  { key: 'withheld', slug: 'withheld', label: WITHHELD_LABEL },
  { key: 'none', slug: 'not-known', label: 'Not known' },
];

function groupKey(grade: YearGrade): GroupKey {
  if (isKnown(grade)) return grade.grade;
  return grade.basis === 'withheld' ? 'withheld' : 'none';
}

export function yearSummary<L extends Letter>(
  year: AssessmentYear,
  authorities: readonly AuthorityHistory<L>[],
): YearSummary<L> {
  const rows = authorities.map((authority): YearRow<L> => {
    const years = authority.history.years;
    const at = years.findIndex((y) => y.year === year);
    const grade = years[at]!;
    const previous = at > 0 ? years[at - 1] : undefined;
    return {
      authority,
      grade,
      ...(previous ? { previous } : {}),
      ...(previous && isKnown(previous) && isKnown(grade)
        ? { change: direction(previous.grade, grade.grade) }
        : {}),
    };
  });
  return {
    year,
    rows,
    groups: YEAR_GROUPS.map((group) => ({
      ...group,
      rows: rows.filter((r) => groupKey(r.grade) === group.key),
    })),
    letters: rows.filter((r) => r.grade.basis === 'letter').length,
  };
}

/**
 * A group's heading, saying what its count counts: the register's authorities whose grade
 * the archive knows, never Ofsted's national total. "2010: performs well, known for 3 of the
 * 152 authorities"; "2010: outcome withheld for 6 of the 152 authorities"; "2010: grade not
 * known for 140 of the 152 authorities".
 */
export function groupHeading(
  year: number,
  group: Pick<YearGroup, 'key' | 'label' | 'rows'>,
  of: number,
): string {
  const count = `${group.rows.length} of the ${of} ${of === 1 ? 'authority' : 'authorities'}`;
  if (group.key === 'none') return `${year}: grade not known for ${count}`;
  if (group.key === 'withheld') return `${year}: ${group.label.toLowerCase()} for ${count}`;
  return `${year}: ${group.label.toLowerCase()}, known for ${count}`;
}

/** Letters Ofsted published for a year: every authority assessed, less those not published. */
export function lettersPublished(totals: Pick<NationalTotals, 'authorities' | 'notPublished'>): number {
  return totals.authorities - totals.notPublished;
}

export interface Coverage {
  /** Letters the archive holds. */
  letters: number;
  /** Letters Ofsted published: a count of letters, not of authorities. */
  published: number;
  /** Authority-years whose grade is known, by any evidence (never a withheld outcome). */
  known: number;
  /** Authorities of the register, each counted once a year. */
  authorities: number;
  /** The years counted, oldest first. */
  years: AssessmentYear[];
}

/** How much of what Ofsted published the archive holds, for some years or all of them. */
export function coverage(
  summaries: readonly YearSummary[],
  national: ReadonlyMap<number, NationalTotals>,
): Coverage {
  let letters = 0;
  let published = 0;
  let known = 0;
  for (const summary of summaries) {
    const totals = national.get(summary.year);
    if (!totals) throw new Error(`No national totals for ${summary.year}: add them to national-totals.json`);
    letters += summary.letters;
    published += lettersPublished(totals);
    known += summary.rows.filter((row) => isKnown(row.grade)).length;
  }
  const authorities = summaries[0]?.rows.length ?? 0;
  return { letters, published, known, authorities, years: summaries.map((s) => s.year) };
}

/**
 * Two counts with two denominators, each saying what it counts so they never read as one:
 * letters against the letters Ofsted published (none for a withheld outcome), and grades
 * against the register's authorities in each year. "the archive holds 2 of the 445 letters
 * Ofsted published; grades are known for 64 of the 456 authority-years (152 authorities × 3
 * years)"; for one year, "… of the 146 letters Ofsted published for 2010; grades are known
 * for 8 of the 152 authorities in 2010."
 */
export function describeCoverage({ letters, published, known, authorities, years }: Coverage): string {
  const [only] = years;
  if (years.length === 1 && only !== undefined)
    return `the archive holds ${letters} of the ${published} letters Ofsted published for ${only}; grades are known for ${known} of the ${authorities} authorities in ${only}.`;
  const authorityYears = authorities * years.length;
  return `the archive holds ${letters} of the ${published} letters Ofsted published; grades are known for ${known} of the ${authorityYears} authority-years (${authorities} authorities × ${years.length} years).`;
}

/**
 * Counts that cannot be: more authorities known at a grade in a year, or withheld, than
 * Ofsted's national total says there were. Each names the year, the grade and every
 * authority counted with its evidence, so a misread letter or a wrong reported row is
 * found before the site says something impossible. [] when every count fits.
 */
export function nationalTotalProblems(
  summaries: readonly YearSummary[],
  national: ReadonlyMap<number, NationalTotals>,
  file: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const summary of summaries) {
    const totals = national.get(summary.year);
    if (!totals) continue;
    for (const group of summary.groups) {
      if (group.key === 'none') continue;
      const [field, most] =
        group.key === 'withheld'
          ? ['notPublished', totals.notPublished]
          : [`grades.${group.key}`, totals.grades[group.key]];
      if (group.rows.length <= most) continue;
      const counted = group.rows.map((row) => `${row.authority.name} (${describeBasis(row.grade)})`);
      problems.push({
        file,
        entry: String(summary.year),
        field,
        message: `Ofsted's national total for "${group.label.toLowerCase()}" is ${most}, but the archive knows ${group.rows.length}: ${counted.join(', ')}`,
      });
    }
  }
  return problems;
}

/** How many of the authorities Ofsted announced at one grade the archive knows by name, in each year. */
export function namedAtGrade(
  summaries: readonly YearSummary[],
  national: ReadonlyMap<number, NationalTotals>,
  grade: Grade,
): Array<{ year: AssessmentYear; known: number; announced: number }> {
  return summaries.flatMap((summary) => {
    const totals = national.get(summary.year);
    const group = summary.groups.find((g) => g.key === grade);
    return totals && group
      ? [{ year: summary.year, known: group.rows.length, announced: totals.grades[grade] }]
      : [];
  });
}
