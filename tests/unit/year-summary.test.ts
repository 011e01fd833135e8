import { describe, expect, test } from 'vitest';
import { nationalTotalsSchema, totalsAddUp } from '../../src/lib/archive/national-totals.ts';
import { totalOf } from '../../src/lib/archive/grades.ts';
import {
  coverage,
  describeCoverage,
  groupHeading,
  nationalTotalProblems,
  yearSummary,
} from '../../src/lib/archive/year-summary.ts';
import { fixtureArchive, fixtureAuthorities, fixtureTotals } from './letters.ts';
import { formatProblem } from '../../src/lib/archive/problems.ts';

describe("Ofsted's national totals", () => {
  const totals = fixtureTotals();

  test.each(totals.map((t) => [t.year, t]))('%i passes the schema and its counts add up', (_, t) => {
    expect(totalOf(t.grades) + t.notPublished).toBe(t.authorities);
  });

  test('a year whose counts do not add up is rejected', () => {
    const bad = { ...totals[0]!, grades: { ...totals[0]!.grades, 3: totals[0]!.grades[3] + 1 } };
    expect(totalsAddUp(bad)).toBe(false);
    expect(nationalTotalsSchema.safeParse(bad).error?.issues[0]?.message).toMatchInlineSnapshot(
      `"grades: the counts by grade and those not published must add up to authorities"`,
    );
  });
});

test('each year lists every authority of the register, grouped by what is known of their grade', () => {
  const authorities = fixtureAuthorities();
  const y2010 = yearSummary(2010, authorities);
  expect(y2010.rows).toHaveLength(authorities.length);
  const row = (slug: string) => y2010.rows.find((r) => r.authority.slug === slug)!;
  const line = (slug: string) => {
    const r = row(slug);
    return `${r.grade.basis} ${'grade' in r.grade ? r.grade.grade : '-'} ${r.previous?.basis ?? '-'} ${r.change ?? '-'}`;
  };
  expect(line('fernleigh')).toBe('letter 3 stated unchanged');
  expect(line('hollowmere')).toBe('stated 4 none -');
  expect(line('ashcombe')).toBe('reported 1 reported declined');
  expect(line('millbrook')).toBe('withheld - none -');
  expect(line('oakhurst')).toBe('none - none -');
  const group = (slug: string) =>
    y2010.groups.find((g) => g.slug === slug)!.rows.map((r) => r.authority.slug);
  expect(group('performs-poorly')).toEqual(['ashcombe', 'wrenfold']);
  expect(group('withheld')).toEqual(['millbrook']);
  expect(y2010.groups.map((g) => g.slug)).toEqual([
    'performs-excellently',
    'performs-well',
    'performs-adequately',
    'performs-poorly',
    'withheld',
    'not-known',
  ]);
  expect(y2010.groups.reduce((sum, g) => sum + g.rows.length, 0)).toBe(authorities.length);
  expect(y2010.letters).toBe(5);
});

test('coverage counts letters held, letters published and grades known, never a withheld outcome', () => {
  const { years, national } = fixtureArchive();
  const all = coverage(years, national);
  // Known: the 15 letters' own years, 3 stated by a later letter (Fernleigh 2009,
  // Hollowmere 2010, Yarrowby 2010) and 3 reported only (Ashcombe 2009 and 2010,
  // Millbrook 2011); the withheld Millbrook 2010 is not a grade, and agreeing reports add
  // no year.
  expect(all).toEqual({ letters: 15, published: 445, known: 21, authorities: 13, years: [2009, 2010, 2011] });
  // Letters are counted against the letters Ofsted published, grades against the
  // register's authority-years: two denominators, each named.
  expect(describeCoverage(all)).toBe(
    'the archive holds 15 of the 445 letters Ofsted published; grades are known for 21 of the 39 authority-years (13 authorities × 3 years).',
  );
  const y2010 = coverage([years[1]!], national);
  expect(describeCoverage(y2010)).toBe(
    'the archive holds 5 of the 146 letters Ofsted published for 2010; grades are known for 8 of the 13 authorities in 2010.',
  );
  expect(years.map((y) => coverage([y], national).published)).toEqual([152, 146, 147]);
});

describe("counts against Ofsted's national totals", () => {
  test('the fixture archive knows no more of any grade, or of withheld outcomes, than Ofsted counted', () => {
    const { years, national } = fixtureArchive();
    expect(nationalTotalProblems(years, national, 'national-totals.json')).toEqual([]);
  });

  test('one more than the national total is refused, naming the year, the grade and every authority counted', () => {
    const { years, national } = fixtureArchive();
    // 2010: Ashcombe reported and Wrenfold's letter performs poorly, Millbrook withheld.
    const fewer = new Map(national);
    const y2010 = national.get(2010)!;
    fewer.set(2010, { ...y2010, grades: { ...y2010.grades, 1: 1 }, notPublished: 0 });
    const problems = nationalTotalProblems(years, fewer, 'national-totals.json').map(formatProblem);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^national-totals\.json: 2010: grades\.1: Ofsted's national total for "performs poorly" is 1, but the archive knows 2: .*Ashcombe \(reported in 1 source\).*Wrenfold/,
    );
    expect(problems[1]).toMatch(
      /^national-totals\.json: 2010: notPublished: Ofsted's national total for "outcome withheld" is 0, but the archive knows 1: .*Millbrook \(outcome withheld/,
    );
  });
});

test("a group's heading says its count is the archive's, out of the register's authorities", () => {
  const y2010 = yearSummary(2010, fixtureAuthorities());
  const of = y2010.rows.length;
  const heading = (slug: string) =>
    groupHeading(
      2010,
      y2010.groups.find((g) => g.slug === slug)!,
      of,
    );
  expect(heading('performs-poorly')).toBe('2010: performs poorly, known for 2 of the 13 authorities');
  expect(heading('withheld')).toBe('2010: outcome withheld for 1 of the 13 authorities');
  expect(heading('not-known')).toBe('2010: grade not known for 4 of the 13 authorities');
});
