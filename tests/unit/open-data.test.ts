import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { citation } from '../../src/lib/site/citation.ts';
import {
  AUTHORITY_COLUMNS,
  GRADE_COLUMNS,
  authorityRows,
  gradeRows,
  letterPlainText,
  toCsv,
  type GradeRow,
} from '../../src/lib/site/open-data.ts';
import { letterFileBody } from '../../src/lib/archive/frontmatter.ts';
import { FIXTURE_LETTERS, fixtureAuthorities } from './letters.ts';

// Built under a sub-path: addresses carry the build's base.
const SITE = 'https://example.org/archive/';
beforeAll(() => vi.stubEnv('BASE_URL', '/archive/'));
afterAll(() => vi.unstubAllEnvs());
const authorities = fixtureAuthorities();
const letters = authorities.flatMap((a) => a.letters);

describe('grades data', () => {
  test('one row per authority-year known or withheld, with its evidence, codes and region', () => {
    const rows = gradeRows(authorities, SITE);
    const line = (slug: string, year: number) => {
      const r = rows.find((row) => row.slug === slug && row.year === year)!;
      return `${r.grade} ${r.evidence} ${r.dfe_la_code} ${r.ons_code} ${r.region}`;
    };
    expect(line('fernleigh', 2009)).toBe('3 stated 904 E08000904 North West');
    expect(line('hollowmere', 2011)).toBe('4 letter 905 E08000905 North West');
    expect(line('ashcombe', 2010)).toBe('1 reported 901 E06000901 South West');
    expect(line('millbrook', 2010)).toBe(' withheld 907 E09000907 London');
    // Every year known (18 in the fixture archive, see year-summary.test.ts) and the one withheld.
    expect(rows.filter((r) => r.evidence !== 'withheld')).toHaveLength(18);
    expect(rows.filter((r) => r.evidence === 'withheld')).toHaveLength(1);
    expect(rows.find((r) => r.slug === 'fernleigh' && r.year === 2009)).toMatchObject({
      quote: "Children's services in Fernleigh City Council continue to perform well.",
      source: 'https://example.org/archive/authorities/fernleigh/2010/',
      source_title: "Fernleigh City Council: children's services assessment 2010",
    });
    const ashcombe2009 = rows.find((r) => r.slug === 'ashcombe' && r.year === 2009)!;
    expect(ashcombe2009.source.split(' ')).toHaveLength(2);
    expect(ashcombe2009.source_title.split(' | ')).toHaveLength(2);
  });

  test('authorities.csv: every authority of the register, with the years of its letters', () => {
    const rows = authorityRows(authorities, SITE);
    expect(rows.map((r) => r.slug)).toEqual(authorities.map((a) => a.slug));
    expect(rows.find((r) => r.slug === 'fernleigh')).toEqual({
      authority: 'Fernleigh',
      slug: 'fernleigh',
      dfe_la_code: 904,
      ons_code: 'E08000904',
      region: 'North West',
      letters: '2010 2011',
      url: 'https://example.org/archive/authorities/fernleigh/',
    });
    expect(rows.find((r) => r.slug === 'oakhurst')?.letters).toBe('');
    expect(Object.keys(AUTHORITY_COLUMNS)).toEqual(Object.keys(rows[0]!));
  });

  test('CSV quotes what needs quoting and ends lines with CRLF', () => {
    const rows = [
      { a: 'plain', b: 'has, comma' },
      { a: 'has "quote"', b: 'two\nlines' },
    ];
    expect(toCsv(['a', 'b'], rows)).toBe('a,b\r\nplain,"has, comma"\r\n"has ""quote""","two\nlines"\r\n');
    const row: GradeRow = gradeRows(authorities, SITE)[0]!;
    expect(Object.keys(GRADE_COLUMNS)).toEqual(Object.keys(row));
  });
});

test("a letter's plain text has its words without Markdown", () => {
  const fernleigh = letters.find((l) => l.id === 'fernleigh/2011')!;
  const body = letterFileBody(readFileSync(`${FIXTURE_LETTERS}/fernleigh/2011.mdx`, 'utf8'));
  const text = letterPlainText(fernleigh, body);
  expect(text).toContain('Fernleigh City Council\nCivic Centre\nFernleigh XX1 1XX');
  expect(text).toContain('\nStrengths\n');
  expect(text).toContain('There is good access to emotional and mental health services');
  expect(text).toContain('2\tPerforms adequately\tAn organisation that meets only minimum requirements');
  // The signature is a picture, not words: no description of it, no placeholder.
  expect(text).not.toMatch(/handwritten signature|\[signature\]/i);
  expect(text).toContain('Yours sincerely\nSam Sample\n');
  expect(text).not.toMatch(/\\\*|^#|^- |\| - \|/m);
  expect(text.endsWith("Sam Sample\nDivisional Manager, Children's Services Assessment")).toBe(true);
});

test('a citation names the authority, title, Ofsted, date and address', () => {
  const hollowmere = letters.find((l) => l.id === 'hollowmere/2011')!;
  expect(citation(hollowmere.data, SITE)).toBe(
    `Ofsted, "Hollowmere Metropolitan Borough Council: children's services assessment 2011", letter to Hollowmere Metropolitan Borough Council, 24 December 2011. Assessment Letters archive, https://example.org/archive/authorities/hollowmere/2011/`,
  );
});
