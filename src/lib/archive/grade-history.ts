/**
 * An authority's grade in each assessment year, and how it moved. A year's grade is
 * known from that year's letter, from a later letter that states it (`previous`), or
 * from Ofsted's announcement as reported (with its sources), in that order of evidence.
 * An outcome withheld from the announcement is not a grade; otherwise the grade is not
 * known, and the history says so rather than guess. (A letter and a later statement never
 * disagree here: the archive's checks refuse such letters.)
 */
import type { Authority, Letter } from './letters.ts';
import { plural } from './plural.ts';
import { gradeWords, type Grade } from './grades.ts';
import type { RegisteredAuthority } from './register.ts';
import { WITHHELD, type ReportedGrade, type ReportSource } from './reported-grades.ts';
import { ASSESSMENT_YEARS, type AssessmentYear } from './years.ts';

/**
 * `sources` on a letter's or a stated grade are reports that agree with it (the build
 * refuses any that disagree); on a reported grade or a withheld outcome, its evidence.
 */
export type YearGrade<L extends Letter = Letter> =
  | { year: AssessmentYear; basis: 'letter'; grade: Grade; letter: L; sources: ReportSource[] }
  | {
      year: AssessmentYear;
      basis: 'stated';
      grade: Grade;
      evidence: string;
      statedIn: L;
      sources: ReportSource[];
    }
  | { year: AssessmentYear; basis: 'reported'; grade: Grade; sources: [ReportSource, ...ReportSource[]] }
  | { year: AssessmentYear; basis: 'withheld'; sources: [ReportSource, ...ReportSource[]] }
  | { year: AssessmentYear; basis: 'none' };

export type KnownGrade<L extends Letter = Letter> = Extract<YearGrade<L>, { grade: Grade }>;

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

/** An authority of the register with its letters and its grade history. */
export interface AuthorityHistory<L extends Letter = Letter> extends Authority<L> {
  /** The register's row: short name, codes and region. */
  register: RegisteredAuthority;
  history: GradeHistory<L>;
}

export function isKnown<L extends Letter>(year: YearGrade<L>): year is KnownGrade<L> {
  return 'grade' in year;
}

export function direction(from: Grade, to: Grade): Direction {
  return to > from ? 'improved' : to < from ? 'declined' : 'unchanged';
}

/**
 * The history of one authority, from its letters (any order) and the grades reported
 * for it (already checked against the letters when the archive was loaded).
 */
export function gradeHistory<L extends Letter>(
  letters: readonly L[],
  reported: readonly Pick<ReportedGrade, 'year' | 'grade' | 'source'>[] = [],
): GradeHistory<L> {
  const years = ASSESSMENT_YEARS.map((year): YearGrade<L> => {
    const reports = reported.filter((r) => r.year === year);
    const sources = reports.map((r) => r.source);
    const letter = letters.find((l) => l.data.year === year);
    const stating = letters.find((l) => l.data.previous?.year === year);
    const stated = stating?.data.previous;
    if (letter) return { year, basis: 'letter', grade: letter.data.grade, letter, sources };
    if (stating && stated) {
      return {
        year,
        basis: 'stated',
        grade: stated.grade,
        evidence: stated.evidence,
        statedIn: stating,
        sources,
      };
    }
    const [first, ...more] = sources;
    const grade = reports[0]?.grade;
    if (!first || grade === undefined) return { year, basis: 'none' };
    if (grade === WITHHELD) return { year, basis: 'withheld', sources: [first, ...more] };
    return { year, basis: 'reported', grade, sources: [first, ...more] };
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

/** Every two years whose grades are both known, earlier first: what a compare page can show. */
export function knownPairs<L extends Letter>(history: GradeHistory<L>): GradeChange<L>[] {
  const known = history.years.filter(isKnown);
  return known.flatMap((from, i) =>
    known.slice(i + 1).map((to) => ({ from, to, direction: direction(from.grade, to.grade) })),
  );
}

/**
 * Whether the archive holds both years' letters, so a compare page can set them side by
 * side: only such pairs have a compare page, and only they are offered one.
 */
export function bothLetters(pair: { from: YearGrade; to: YearGrade }): boolean {
  return pair.from.basis === 'letter' && pair.to.basis === 'letter';
}

/** Every two years whose letters the archive holds, earlier first: the compare pages. */
export function letterPairs<L extends Letter>(history: GradeHistory<L>): GradeChange<L>[] {
  return knownPairs(history).filter(bothLetters);
}

/**
 * How the two grades of a pair are known, saying the evidence once: "from both letters",
 * "both reported", or each year's words when they differ ("2009 reported in 1 source;
 * 2010 from the letter").
 */
export function describePairBasis(pair: { from: YearGrade; to: YearGrade }): string {
  const { from, to } = pair;
  if (bothLetters(pair)) return 'both from their letters';
  if (from.basis === 'reported' && to.basis === 'reported') return 'both reported';
  return `${from.year} ${describeBasis(from)}; ${to.year} ${describeBasis(to)}`;
}

/** "Unchanged: performs adequately in 2010 and 2011"; "Improved from performs adequately to performs well". */
export function describeChange(change: Pick<GradeChange, 'from' | 'to' | 'direction'>): string {
  const { from, to } = change;
  if (change.direction === 'unchanged')
    return `Unchanged: ${gradeWords(to.grade)} in ${from.year} and ${to.year}`;
  const verb = change.direction === 'improved' ? 'Improved' : 'Declined';
  return `${verb} from ${gradeWords(from.grade)} to ${gradeWords(to.grade)}`;
}

/**
 * How a year's grade is known, in the words every page uses: "from the letter", "stated
 * in the 2011 letter", "reported in 2 sources", "outcome withheld from Ofsted's 2010
 * announcement" or "not known". A source's title is not quoted here: a report that
 * names many councils may be titled after another one; the sources are listed, linked,
 * where a page shows the evidence.
 */
export function describeBasis(year: YearGrade): string {
  switch (year.basis) {
    case 'letter':
      return 'from the letter';
    case 'stated':
      return `stated in the ${year.statedIn.data.year} letter`;
    case 'reported':
      return `reported in ${plural(year.sources.length, 'source')}`;
    case 'withheld':
      return `outcome withheld from Ofsted's ${year.year} announcement`;
    case 'none':
      return 'not known';
  }
}
