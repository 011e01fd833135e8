/**
 * An authority among its statistical neighbours: each neighbour with its grade history
 * (or marked as created after 2011, with none), and, for each assessment year, how many of
 * the neighbours whose grade that year is known were graded higher, the same or lower.
 * Only what the archive knows is counted, and every count says what it counts of.
 */
import type { Letter } from './letters.ts';
import { isKnown, type AuthorityHistory, type YearGrade } from './grade-history.ts';
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
  /** Neighbours assessed that year whose grade is known. */
  known: number;
  higher: number;
  same: number;
  lower: number;
  /** Neighbours in the list: the denominator every sentence names. */
  of: number;
}

/** Where the authority stands among its neighbours in each year. */
export function standings(history: AuthorityHistory, neighbours: readonly Neighbour[]): Standing[] {
  return history.history.years.map((own) => {
    const grades = neighbours.flatMap((neighbour) => {
      const year = neighbour.authority?.history.years.find((y) => y.year === own.year);
      return year && isKnown(year) ? [year.grade] : [];
    });
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
      of: neighbours.length,
    };
  });
}

/**
 * The standing in words, every count naming what it counts: "2011: of its 10 neighbours,
 * 6 have a known 2011 grade: 2 were graded higher, 3 the same and 1 lower."
 */
export function describeStanding(standing: Standing, name: string): string {
  const { year, known, of } = standing;
  const knownPart = `of its ${plural(of, 'neighbour')}, ${known === 1 ? '1 has' : `${known} have`} a known ${year} grade`;
  if (!isKnown(standing.own))
    return `${year}: ${knownPart}; ${name}'s own ${year} grade is not known, so it cannot be placed among them.`;
  if (known === 0) return `${year}: ${knownPart}, so ${name} cannot be placed among them.`;
  return `${year}: ${knownPart}: ${standing.higher} graded higher than ${name}, ${standing.same} the same and ${standing.lower} lower.`;
}
