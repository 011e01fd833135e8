/**
 * An authority among its statistical neighbours: each neighbour with its grade history
 * (or marked as created after 2011, with none), and, for each assessment year, how many of
 * the neighbours whose grade that year is known from a letter were graded higher, the same
 * or lower. Grades known only from reports are counted apart, never placed against: the
 * reports named mostly the extremes. Every count says what it counts of.
 */
import type { Letter } from './letters.ts';
import {
  describeBasis,
  isKnown,
  type AuthorityHistory,
  type KnownGrade,
  type YearGrade,
} from './grade-history.ts';
import { gradeWords } from './grades.ts';
import { plural } from './plural.ts';
import type { StatisticalNeighbour } from './statistical-neighbours.ts';
import type { AssessmentYear } from './years.ts';

export interface Neighbour<L extends Letter = Letter> {
  rank: number;
  closeness: StatisticalNeighbour['closeness'];
  /** As the source names it. */
  name: string;
  dfeCode: number;
  /** The register's authority with its history; none for an authority created after 2011. */
  authority?: AuthorityHistory<L>;
}

/** Each authority's neighbours, closest first, by the authority's slug. */
export function neighboursBySlug<L extends Letter>(
  rows: readonly StatisticalNeighbour[],
  authorities: readonly AuthorityHistory<L>[],
): Map<string, Neighbour<L>[]> {
  const bySlug = new Map(authorities.map((authority) => [authority.slug, authority]));
  const lists = new Map<string, Neighbour<L>[]>();
  for (const row of [...rows].sort((a, b) => a.rank - b.rank)) {
    const authority = row.assessed ? bySlug.get(row.neighbourSlug) : undefined;
    const list = lists.get(row.slug) ?? [];
    list.push({
      rank: row.rank,
      closeness: row.closeness,
      name: row.neighbour,
      dfeCode: row.neighbourDfeCode,
      ...(authority ? { authority } : {}),
    });
    lists.set(row.slug, list);
  }
  return lists;
}

export interface Standing {
  year: AssessmentYear;
  /** The authority's own grade that year. */
  own: YearGrade;
  /** Neighbours whose grade that year is known from a letter (their own or a later one). */
  known: number;
  higher: number;
  same: number;
  lower: number;
  /**
   * Neighbours whose grade that year is known only from reports: left out of the counts,
   * because the reports named mostly the authorities at the extremes, so counting them
   * would place an authority against the poorest and best rather than its neighbours.
   */
  reportedOnly: number;
  /** Neighbours in the list: the denominator every sentence names. */
  of: number;
}

/** A grade known from a letter: the year's own, or stated in the next year's. */
function fromALetter(year: YearGrade | undefined): year is KnownGrade {
  return year !== undefined && (year.basis === 'letter' || year.basis === 'stated');
}

/** Where the authority stands among its neighbours in each year, by grades known from letters. */
export function standings(history: AuthorityHistory, neighbours: readonly Neighbour[]): Standing[] {
  return history.history.years.map((own) => {
    const theirs = neighbours.map((neighbour) =>
      neighbour.authority?.history.years.find((y) => y.year === own.year),
    );
    const grades = theirs.filter(fromALetter).map((year) => year.grade);
    const mine = isKnown(own) ? own.grade : undefined;
    const count = (test: (grade: number, mine: number) => boolean) =>
      mine === undefined ? 0 : grades.filter((grade) => test(grade, mine)).length;
    return {
      year: own.year,
      own,
      known: grades.length,
      higher: count((grade, m) => grade > m),
      same: count((grade, m) => grade === m),
      lower: count((grade, m) => grade < m),
      reportedOnly: theirs.filter((year) => year?.basis === 'reported').length,
      of: neighbours.length,
    };
  });
}

/**
 * The standing in words, every count naming what it counts and how the grades are known:
 * "2010: of its 10 neighbours, 6 have a 2010 grade known from a letter: 2 were graded
 * higher than Leeds (performs well, from the letter), 3 the same and 1 lower. 2 more have
 * grades known only from reports, not counted." (The page says once why not.)
 */
export function describeStanding(standing: Standing, name: string): string {
  const { year, known, of, own } = standing;
  const knownPart = `of its ${plural(of, 'neighbour')}, ${known === 1 ? '1 has' : `${known} have`} a ${year} grade known from a letter`;
  const left =
    standing.reportedOnly === 0
      ? ''
      : ` ${standing.reportedOnly === 1 ? '1 more has a grade known only from reports, not counted' : `${standing.reportedOnly} more have grades known only from reports, not counted`}.`;
  if (!isKnown(own))
    return `${year}: ${knownPart}; ${name}'s own ${year} grade is not known, so it cannot be placed among them.`;
  if (known === 0) return `${year}: ${knownPart}, so ${name} cannot be placed among them.${left}`;
  const mine = `${name} (${gradeWords(own.grade)}, ${describeBasis(own)})`;
  return `${year}: ${knownPart}: ${standing.higher} graded higher than ${mine}, ${standing.same} the same and ${standing.lower} lower.${left}`;
}
