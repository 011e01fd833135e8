import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Letter } from '../../src/lib/archive.ts';
import { buildArchive } from '../../src/lib/build-archive.ts';
import { nationalTotalsSchema, totalsAddUp } from '../../src/lib/national-totals.ts';
import type { LetterData } from '../../src/lib/letter-schema.ts';
import { totalOf } from '../../src/lib/grades.ts';
import { yearSummary } from '../../src/lib/year-summary.ts';
import { CAMBRIDGESHIRE, NORTHAMPTONSHIRE, frontmatter } from './letters.ts';

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

test('each year lists the authorities graded in it, with the year before and the change', () => {
  const { authorities, years, yearsWithLetters } = buildArchive(
    [CAMBRIDGESHIRE, NORTHAMPTONSHIRE].map((path): Letter => ({
      id: path,
      data: frontmatter(path) as LetterData,
    })),
  );
  const rows = (year: 2009 | 2010 | 2011) =>
    yearSummary(year, authorities).rows.map(
      (r) =>
        `${r.authority.slug} ${r.grade.grade} ${r.grade.basis} ${r.previous?.basis ?? '-'} ${r.change ?? '-'}`,
    );
  expect(rows(2009)).toEqual(['cambridgeshire 3 stated - -']);
  expect(rows(2010)).toEqual([
    'cambridgeshire 3 letter stated unchanged',
    'northamptonshire 2 stated none -',
  ]);
  expect(rows(2011)).toEqual(['northamptonshire 2 letter stated unchanged']);
  const y2010 = yearSummary(2010, authorities);
  expect(years[1]).toEqual(y2010);
  expect(yearsWithLetters).toEqual([2010, 2011]);
  expect(y2010.letters).toEqual({ 4: 0, 3: 1, 2: 0, 1: 0 });
  expect(y2010.stated).toEqual({ 4: 0, 3: 0, 2: 1, 1: 0 });
});
