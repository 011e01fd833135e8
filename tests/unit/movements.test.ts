import { describe, expect, test } from 'vitest';
import { GRADES } from '../../src/lib/archive/grades.ts';
import { describeBasis, isKnown } from '../../src/lib/archive/grade-history.ts';
import {
  announcedBetween,
  announcedMovements,
  announcedMovementText,
  cellId,
  cellsGoing,
  directionCounts,
  movement,
  movementProblems,
  YEAR_PAIRS,
} from '../../src/lib/archive/movements.ts';
import { fixtureArchive } from './letters.ts';
import { formatProblem } from '../../src/lib/archive/problems.ts';

const { authorities } = fixtureArchive();

test('the pairs of years are 2009→2010 and 2010→2011', () => {
  expect(YEAR_PAIRS).toEqual([
    [2009, 2010],
    [2010, 2011],
  ]);
});

test.each(YEAR_PAIRS)(
  '%i→%i: every authority known in both years is in exactly the cell of its two grades',
  (from, to) => {
    const m = movement(authorities, from, to);
    const gradeIn = (a: (typeof authorities)[number], year: number) => {
      const y = a.history.years.find((g) => g.year === year)!;
      return isKnown(y) ? y.grade : undefined;
    };
    const both = authorities.filter((a) => gradeIn(a, from) && gradeIn(a, to));
    expect(m.entries.map((e) => e.authority.slug)).toEqual(both.map((a) => a.slug));
    expect(m.authorities).toBe(authorities.length);
    // 4 × 4 cells, highest grade first, every entry in one cell.
    expect(m.matrix.map((row) => row.map((c) => `${c.from}${c.to}`))).toEqual(
      [4, 3, 2, 1].map((f) => [4, 3, 2, 1].map((t) => `${f}${t}`)),
    );
    for (const f of GRADES)
      for (const t of GRADES) {
        const cell = m.matrix.flat().find((c) => c.from === f && c.to === t)!;
        expect(cell.entries.map((e) => e.authority.slug)).toEqual(
          both.filter((a) => gradeIn(a, from) === f && gradeIn(a, to) === t).map((a) => a.slug),
        );
      }
    const counts = directionCounts(m);
    expect(counts.improved + counts.unchanged + counts.declined).toBe(both.length);
    expect(cellsGoing(m, 'improved').every((c) => c.to > c.from && c.entries.length > 0)).toBe(true);
    expect(cellsGoing(m, 'declined').every((c) => c.to < c.from)).toBe(true);
  },
);

test('the fixture archive, 2009→2010: every way, from every kind of evidence', () => {
  const m = movement(authorities, 2009, 2010);
  expect(directionCounts(m)).toEqual({ improved: 1, unchanged: 1, declined: 2 });
  const cells = m.matrix.flat().filter((c) => c.entries.length > 0);
  expect(
    cells.map(
      (c) =>
        `${c.from}→${c.to}: ${c.entries.map((e) => `${e.authority.slug} (${e.from.basis}, ${e.to.basis})`).join(', ')}`,
    ),
  ).toEqual([
    '4→1: ashcombe (reported, reported)',
    '3→3: fernleigh (stated, letter)',
    '3→2: eastwold (letter, letter)',
    '1→2: kestleigh (letter, letter)',
  ]);
});

test('a region counts only its own authorities', () => {
  const region = authorities[0]!.register.region;
  const here = authorities.filter((a) => a.register.region === region);
  const m = movement(here, 2010, 2011);
  expect(m.authorities).toBe(here.length);
  expect(m.entries.every((e) => e.authority.register.region === region)).toBe(true);
});

test("a cell's anchor names its grades", () => {
  expect(cellId({ from: 3, to: 1 })).toBe('from-3-to-1');
  expect(cellId({ from: 1, to: 2 }, 'm2010-')).toBe('m2010-from-1-to-2');
});

describe('the announced movements', () => {
  const national = new Map(fixtureArchive().national);
  const m = movement(authorities, 2010, 2011);
  const counts = directionCounts(m);

  test('the 2011 announcement (25 improved, 7 declined against 2010) is read from the national totals', () => {
    expect(announcedMovements(national)).toEqual([
      { from: 2010, to: 2011, improved: 25, declined: 7, source: national.get(2011)!.source },
    ]);
    expect(movementProblems(authorities, national, 'n.json')).toEqual([]);
  });

  test("the announced counts are said beside the archive's in a reader's words, with the source", () => {
    const announced = announcedBetween(national, 2010, 2011)!;
    expect(announcedBetween(national, 2009, 2010)).toBeUndefined();
    expect(announcedMovementText(announced, 152)).toBe(
      `Ofsted announced that, of all 152 authorities, 25 improved and 7 declined between 2010 and 2011 (source: ${national.get(2011)!.source}). The counts here are the part of those the archive knows by name, so they can be smaller than Ofsted's but never larger.`,
    );
  });

  test('more authorities known to have moved one way than announced fails, naming each with its evidence', () => {
    const at = national.get(2011)!;
    const tight = new Map(national).set(2011, {
      ...at,
      movement: { against: 2010, improved: counts.improved - 1, declined: counts.declined },
    });
    const improved = m.entries.filter((e) => e.direction === 'improved');
    expect(improved.length).toBeGreaterThan(0);
    const [problem] = movementProblems(authorities, tight, 'n.json').map(formatProblem);
    expect(problem).toBe(
      `n.json: 2011: movement.improved: Ofsted's announcement says ${counts.improved - 1} authorities improved against 2010, but the archive knows ${counts.improved}: ${improved
        .map((e) => `${e.authority.name} (2010 ${describeBasis(e.from)}; 2011 ${describeBasis(e.to)})`)
        .join(', ')}`,
    );
    expect(movementProblems(authorities, tight, 'n.json')).toHaveLength(1);
  });
});
