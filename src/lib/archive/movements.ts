/**
 * How grades moved from one assessment year to the next, for the authorities whose grade
 * is known in both: a from × to matrix (each cell the authorities in it, so a count can
 * always name what it counted) and the same authorities by direction. Only what the
 * archive knows is counted; how much that is ("known for N of 152") goes with every figure.
 */
import type { Letter } from './letters.ts';
import { GRADES, type Grade } from './grades.ts';
import type { NationalTotals } from './national-totals.ts';
import {
  describeBasis,
  direction,
  isKnown,
  type AuthorityHistory,
  type Direction,
  type KnownGrade,
} from './grade-history.ts';
import { ASSESSMENT_YEARS, type AssessmentYear } from './years.ts';
import type { Problem } from './problems.ts';

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

/** An announced count of authorities that moved one way between two years, with its source. */
export interface AnnouncedMovement {
  from: number;
  to: number;
  improved: number;
  declined: number;
  source: string;
}

/** The movements Ofsted announced, from the national totals: 2011 against 2010 (25 improved, 7 declined). */
export function announcedMovements(national: ReadonlyMap<number, NationalTotals>): AnnouncedMovement[] {
  return [...national.values()].flatMap((totals) =>
    totals.movement
      ? [
          {
            from: totals.movement.against,
            to: totals.year,
            improved: totals.movement.improved,
            declined: totals.movement.declined,
            source: totals.source,
          },
        ]
      : [],
  );
}

/** The announced movement between two years, if Ofsted announced one. */
export function announcedBetween(
  national: ReadonlyMap<number, NationalTotals>,
  from: number,
  to: number,
): AnnouncedMovement | undefined {
  return announcedMovements(national).find((a) => a.from === from && a.to === to);
}

/**
 * Ofsted's announced movement beside the archive's counts, in a reader's words: "Ofsted
 * announced that, of all 152 authorities, 25 improved and 7 declined between 2010 and 2011
 * (source: …). The counts here are the part of those the archive knows by name, so they can
 * be smaller than Ofsted's but never larger." (movementProblems refuses an archive that
 * would count more.)
 */
export function announcedMovementText(announced: AnnouncedMovement, authorities: number): string {
  const { from, to, improved, declined, source } = announced;
  return `Ofsted announced that, of all ${authorities} authorities, ${improved} improved and ${declined} declined between ${from} and ${to} (source: ${source}). The counts here are the part of those the archive knows by name, so they can be smaller than Ofsted's but never larger.`;
}

/**
 * Counts that cannot be: more authorities known to have improved, or declined, between two
 * years than Ofsted's announcement says did. Each names the year, the field and every
 * authority counted with how both its grades are known, as nationalTotalProblems does for
 * the grades. [] when every count fits.
 */
export function movementProblems<L extends Letter>(
  authorities: readonly AuthorityHistory<L>[],
  national: ReadonlyMap<number, NationalTotals>,
  file: string,
): Problem[] {
  return announcedMovements(national).flatMap((announced) => {
    const moved = movement(authorities, announced.from as AssessmentYear, announced.to as AssessmentYear);
    return (['improved', 'declined'] as const).flatMap((way) => {
      const entries = moved.entries.filter((entry) => entry.direction === way);
      if (entries.length <= announced[way]) return [];
      const counted = entries.map(
        (e) =>
          `${e.authority.name} (${e.from.year} ${describeBasis(e.from)}; ${e.to.year} ${describeBasis(e.to)})`,
      );
      return [
        {
          file,
          entry: String(announced.to),
          field: `movement.${way}`,
          message: `Ofsted's announcement says ${announced[way]} authorities ${way} against ${announced.from}, but the archive knows ${entries.length}: ${counted.join(', ')}`,
        },
      ];
    });
  });
}
