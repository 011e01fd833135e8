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
import { NORTHAMPTONSHIRE, realAuthorities } from './letters.ts';

// Built under a sub-path: addresses carry the build's base.
const SITE = 'https://example.org/archive/';
beforeAll(() => vi.stubEnv('BASE_URL', '/archive/'));
afterAll(() => vi.unstubAllEnvs());
const authorities = realAuthorities();
const letters = authorities.flatMap((a) => a.letters);

describe('grades data', () => {
  test('one row per authority-year known or withheld, with its evidence, codes and region', () => {
    const rows = gradeRows(authorities, SITE);
    const line = (slug: string, year: number) => {
      const r = rows.find((row) => row.slug === slug && row.year === year)!;
      return `${r.grade} ${r.evidence} ${r.dfe_la_code} ${r.ons_code} ${r.region}`;
    };
    expect(line('cambridgeshire', 2009)).toBe('3 stated 873 E10000003 East of England');
    expect(line('northamptonshire', 2011)).toBe('2 letter 928 E10000021 East Midlands');
    expect(line('leeds', 2010)).toBe('1 reported 383 E08000035 Yorkshire and the Humber');
    expect(line('haringey', 2010)).toBe(' withheld 309 E09000014 London');
    expect(rows.filter((r) => r.evidence !== 'withheld')).toHaveLength(64);
    expect(rows.find((r) => r.slug === 'cambridgeshire' && r.year === 2009)).toMatchObject({
      quote: "Children's services in Cambridgeshire County Council continue to perform well.",
      source: 'https://example.org/archive/authorities/cambridgeshire/2010/',
      source_title: "Cambridgeshire County Council: children's services assessment 2010",
      letter_date: '2010-12-09',
    });
    const leeds2010 = rows.find((r) => r.slug === 'leeds' && r.year === 2010)!;
    expect(leeds2010.source.split(' ')).toHaveLength(5);
    expect(leeds2010.source_title.split(' | ')).toHaveLength(5);
  });

  test('authorities.csv: every authority of the register, with the years of its letters', () => {
    const rows = authorityRows(authorities, SITE);
    expect(rows).toHaveLength(152);
    expect(rows.find((r) => r.slug === 'northamptonshire')).toEqual({
      authority: 'Northamptonshire',
      slug: 'northamptonshire',
      dfe_la_code: 928,
      ons_code: 'E10000021',
      region: 'East Midlands',
      letters: '2011',
      url: 'https://example.org/archive/authorities/northamptonshire/',
    });
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
  const body = readFileSync(NORTHAMPTONSHIRE, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const text = letterPlainText(letters[1]!, body);
  expect(text).toContain('Aviation House\n125 Kingsway');
  expect(text).toContain('\nStrengths\n');
  expect(text).toContain('special educational needs attaining five A* to C grade GCSEs');
  expect(text).toContain('2\tPerforms adequately\tAn organisation that meets only minimum requirements');
  // The signature is a picture, not words: no description of it, no placeholder.
  expect(text).not.toMatch(/handwritten signature|\[signature\]/i);
  expect(text).toContain('Yours sincerely\nJuliet Winstanley\n');
  expect(text).not.toMatch(/\\\*|^#|^- |\| - \|/m);
  expect(text.endsWith("Juliet Winstanley\nDivisional Manager, Children's Services Assessment")).toBe(true);
});

test('a citation names the authority, title, Ofsted, date and address', () => {
  expect(citation(letters[0]!.data, SITE)).toBe(
    'Ofsted, "Cambridgeshire County Council: children\'s services assessment 2010", letter to Cambridgeshire County Council, 9 December 2010. Assessment Letters archive, https://example.org/archive/authorities/cambridgeshire/2010/',
  );
});
