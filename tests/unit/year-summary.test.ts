import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { nationalTotalsSchema, totalsAddUp } from '../../src/lib/archive/national-totals.ts';
import { totalOf } from '../../src/lib/archive/grades.ts';
import {
  coverage,
  describeCoverage,
  nationalTotalProblems,
  yearSummary,
} from '../../src/lib/archive/year-summary.ts';
import { realArchive, realAuthorities } from './letters.ts';

describe("Ofsted's national totals", () => {
  const totals = JSON.parse(readFileSync('content/national-totals.json', 'utf8')) as unknown[];

  test.each(totals.map((t) => [(t as { year: number }).year, t]))(
    '%i passes the schema and adds up to 152',
    (_, t) => {
      const parsed = nationalTotalsSchema.parse(t);
      expect(parsed.authorities).toBe(152);
      expect(totalOf(parsed.grades) + parsed.notPublished).toBe(152);
    },
  );

  test('a year whose counts do not add up is rejected', () => {
    const bad = { ...(totals[0] as object), grades: { 4: 10, 3: 93, 2: 40, 1: 8 } };
    expect(totalsAddUp(bad as never)).toBe(false);
    expect(nationalTotalsSchema.safeParse(bad).error?.issues[0]?.message).toMatchInlineSnapshot(
      `"grades: the counts by grade and those not published must add up to authorities"`,
    );
  });
});

test('each year lists all 152 authorities, grouped by what is known of their grade', () => {
  const authorities = realAuthorities();
  const y2010 = yearSummary(2010, authorities);
  expect(y2010.rows).toHaveLength(152);
  const row = (slug: string) => y2010.rows.find((r) => r.authority.slug === slug)!;
  const line = (slug: string) => {
    const r = row(slug);
    return `${r.grade.basis} ${'grade' in r.grade ? r.grade.grade : '-'} ${r.previous?.basis ?? '-'} ${r.change ?? '-'}`;
  };
  expect(line('cambridgeshire')).toBe('letter 3 stated unchanged');
  expect(line('northamptonshire')).toBe('stated 2 none -');
  expect(line('leeds')).toBe('reported 1 reported unchanged');
  expect(line('haringey')).toBe('withheld - reported -');
  const group = (slug: string) =>
    y2010.groups.find((g) => g.slug === slug)!.rows.map((r) => r.authority.slug);
  expect(group('performs-poorly')).toHaveLength(12);
  expect(group('withheld')).toEqual([
    'cheshire-west-and-chester',
    'cornwall',
    'haringey',
    'suffolk',
    'warrington',
    'west-sussex',
  ]);
  expect(y2010.groups.map((g) => g.slug)).toEqual([
    'performs-excellently',
    'performs-well',
    'performs-adequately',
    'performs-poorly',
    'withheld',
    'not-known',
  ]);
  expect(y2010.groups.reduce((sum, g) => sum + g.rows.length, 0)).toBe(152);
  expect(y2010.letters).toBe(1);
});

test('coverage counts letters held, letters published and grades known, never a withheld outcome', () => {
  const { years, national } = realArchive();
  const all = coverage(years, national);
  expect(all).toEqual({ letters: 2, published: 445, known: 76 });
  expect(describeCoverage(all)).toBe(
    'the archive holds 2 of the 445 letters Ofsted published; grades are known for 76 of those 445 authority-years.',
  );
  expect(years.map((y) => coverage([y], national).published)).toEqual([152, 146, 147]);
});

describe("counts against Ofsted's national totals", () => {
  test('the real archive knows no more of any grade, or of withheld outcomes, than Ofsted counted', () => {
    const { years, national } = realArchive();
    expect(nationalTotalProblems(years, national, 'national-totals.json')).toEqual([]);
  });

  test('one more than the national total is refused, naming the year, the grade and every authority counted', () => {
    const { years, national } = realArchive();
    // 2010 has all twelve of its poorly rated authorities reported: one fewer in the total is one too many known.
    const fewer = new Map(national);
    const y2010 = national.get(2010)!;
    fewer.set(2010, { ...y2010, grades: { ...y2010.grades, 1: 11 }, notPublished: 5 });
    const problems = nationalTotalProblems(years, fewer, 'national-totals.json');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^national-totals\.json: 2010: grades\.1: Ofsted's national total for "performs poorly" is 11, but the archive knows 12: .*Leeds \(reported in \d sources?\)/,
    );
    expect(problems[1]).toMatch(
      /^national-totals\.json: 2010: notPublished: Ofsted's national total for "outcome withheld" is 5, but the archive knows 6: .*Haringey \(outcome withheld/,
    );
  });
});
