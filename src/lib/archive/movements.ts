/**
 * How grades moved from one assessment year to the next, for the authorities whose grade
 * is known in both: a from × to matrix (each cell the authorities in it, so a count can
 * always name what it counted) and the same authorities by direction. Only what the
 * archive knows is counted; how much that is ("known for N of 152") goes with every figure.
 */
import type { Letter } from './letters.ts';
import { GRADES, type Grade } from './grades.ts';
import {
  direction,
  isKnown,
  type AuthorityHistory,
  type Direction,
  type KnownGrade,
} from './grade-history.ts';
import { ASSESSMENT_YEARS, type AssessmentYear } from './years.ts';

/** Each pair of consecutive assessment years: 2009→2010, 2010→2011. */
export const YEAR_PAIRS: ReadonlyArray<readonly [AssessmentYear, AssessmentYear]> = ASSESSMENT_YEARS.slice(
  1,
).map((to, i) => [ASSESSMENT_YEARS[i]!, to] as const);

export interface MovementEntry<L extends Letter = Letter> {
  authority: AuthorityHistory<L>;
  from: KnownGrade<L>;
  to: KnownGrade<L>;
  direction: Direction;
}

export interface MovementCell<L extends Letter = Letter> {
  from: Grade;
  to: Grade;
  direction: Direction;
  /** The authorities in this cell, A–Z. */
  entries: MovementEntry<L>[];
}

export interface Movement<L extends Letter = Letter> {
  from: AssessmentYear;
  to: AssessmentYear;
  /** Every authority known in both years, A–Z. */
  entries: MovementEntry<L>[];
  /** Rows by the earlier grade, highest first; in each, a cell per later grade, highest first. */
  matrix: MovementCell<L>[][];
  /** How many authorities were looked at: the grades are known for `entries.length` of them. */
  authorities: number;
}

function yearGrade<L extends Letter>(authority: AuthorityHistory<L>, year: AssessmentYear) {
  return authority.history.years.find((y) => y.year === year);
}

const HIGHEST_FIRST = [...GRADES].sort((a, b) => b - a);

/** The movement from one year to another among `authorities` (all of them, or a region's). */
export function movement<L extends Letter>(
  authorities: readonly AuthorityHistory<L>[],
  from: AssessmentYear,
  to: AssessmentYear,
): Movement<L> {
  const entries = authorities.flatMap((authority): MovementEntry<L>[] => {
    const a = yearGrade(authority, from);
    const b = yearGrade(authority, to);
    if (!a || !b || !isKnown(a) || !isKnown(b)) return [];
    return [{ authority, from: a, to: b, direction: direction(a.grade, b.grade) }];
  });
  const matrix = HIGHEST_FIRST.map((f) =>
    HIGHEST_FIRST.map((t) => ({
      from: f,
      to: t,
      direction: direction(f, t),
      entries: entries.filter((e) => e.from.grade === f && e.to.grade === t),
    })),
  );
  return { from, to, entries, matrix, authorities: authorities.length };
}

/** The matrix's cells going one way, in reading order, empty ones left out. */
export function cellsGoing<L extends Letter>(m: Movement<L>, way: Direction): MovementCell<L>[] {
  return m.matrix.flat().filter((cell) => cell.direction === way && cell.entries.length > 0);
}

/** How many authorities moved each way. */
export function directionCounts(m: Movement): Record<Direction, number> {
  const count = (way: Direction) => m.entries.filter((e) => e.direction === way).length;
  return { improved: count('improved'), unchanged: count('unchanged'), declined: count('declined') };
}

/** A cell's anchor on a page that lists its authorities: "from-3-to-1". */
export function cellId(cell: Pick<MovementCell, 'from' | 'to'>, prefix = ''): string {
  return `${prefix}from-${cell.from}-to-${cell.to}`;
}
