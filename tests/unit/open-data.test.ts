import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Letter } from '../../src/lib/archive.ts';
import { buildArchive } from '../../src/lib/build-archive.ts';
import { citation } from '../../src/lib/citation.ts';
import type { LetterData } from '../../src/lib/letter-schema.ts';
import { GRADE_COLUMNS, gradeRows, letterPlainText, toCsv, type GradeRow } from '../../src/lib/open-data.ts';
import { CAMBRIDGESHIRE, NORTHAMPTONSHIRE, frontmatter } from './letters.ts';

// Built under a sub-path: addresses carry the build's base.
const SITE = 'https://example.org/archive/';
beforeAll(() => vi.stubEnv('BASE_URL', '/archive/'));
afterAll(() => vi.unstubAllEnvs());
const { letters, authorities } = buildArchive(
  [CAMBRIDGESHIRE, NORTHAMPTONSHIRE].map((path): Letter => ({
    id: path,
    data: frontmatter(path) as LetterData,
  })),
);

describe('grades data', () => {
  test('holds the four known grades of today’s archive', () => {
    expect(gradeRows(authorities, SITE).map((r) => `${r.slug} ${r.year} ${r.grade} ${r.basis}`)).toEqual([
      'cambridgeshire 2009 3 stated in a later letter',
      'cambridgeshire 2010 3 letter',
      'northamptonshire 2010 2 stated in a later letter',
      'northamptonshire 2011 2 letter',
    ]);
    expect(gradeRows(authorities, SITE)[0]).toMatchObject({
      evidence: "Children's services in Cambridgeshire County Council continue to perform well.",
      letter_url: 'https://example.org/archive/authorities/cambridgeshire/2010/',
      letter_date: '2010-12-09',
    });
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
