import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { citation, citationParts, citationText } from '../../src/lib/site/citation.ts';
import {
  AUTHORITY_COLUMNS,
  GRADE_COLUMNS,
  authorityRows,
  gradeRows,
  gradeSourceRows,
  GRADE_SOURCE_COLUMNS,
  toCsv,
} from '../../src/lib/site/open-data.ts';
import { letterFileBody } from '../../src/lib/archive/frontmatter.ts';
import { letterParagraphs } from '../../src/lib/archive/letter-body.ts';
import { letterDownload, letterPlainText } from '../../src/lib/site/letter-records.ts';
import { FIXTURE_LETTERS, fixtureArchive, fixtureAuthorities } from './letters.ts';

// Built under a sub-path: addresses carry the build's base.
const SITE = 'https://example.org/archive/';
beforeAll(() => vi.stubEnv('BASE_URL', '/archive/'));
afterAll(() => vi.unstubAllEnvs());
const authorities = fixtureAuthorities();
const letters = authorities.flatMap((a) => a.letters);

describe('grades data', () => {
  // The fixture archive: its register, letters and reported grades.
  const fixture = fixtureArchive();

  test('one row per authority of the register and year, known or not, with its evidence, codes and region', () => {
    const rows = gradeRows(fixture.authorities, SITE);
    expect(rows).toHaveLength(fixture.authorities.length * 3);
    expect(new Set(rows.map((r) => `${r.slug} ${r.year}`)).size).toBe(rows.length);
    const line = (slug: string, year: number) => {
      const r = rows.find((row) => row.slug === slug && row.year === year)!;
      return `${r.grade_words}|${r.evidence}|${r.dfe_la_code}|${r.region}|${r.sources}`;
    };
    expect(line('fernleigh', 2010)).toBe('Performs well|letter|904|North West|1');
    expect(line('ashcombe', 2009)).toBe('Performs excellently|reported|901|South West|2');
    expect(line('millbrook', 2010)).toBe('Outcome withheld|withheld|907|London|1');
    expect(line('oakhurst', 2009)).toBe('Not known|not known|908|London|0');
    const stated = rows.find((r) => r.evidence === 'stated')!;
    expect(stated.quote).not.toBe('');
    expect(stated.letter_url).toMatch(/^https:\/\/example\.org\/archive\/authorities\/[a-z-]+\/\d{4}\/$/);
    expect(Object.keys(GRADE_COLUMNS)).toEqual(Object.keys(rows[0]!));
  });

  test('grade-sources: one row per source, keyed to a grades row, as many as the row counts', () => {
    const rows = gradeRows(fixture.authorities, SITE);
    const sources = gradeSourceRows(fixture.authorities, SITE);
    for (const row of rows)
      expect(sources.filter((s) => s.slug === row.slug && s.year === row.year)).toHaveLength(row.sources);
    expect(sources.filter((s) => s.slug === 'ashcombe' && s.year === 2009).map((s) => s.url)).toEqual([
      'https://news.example/2009/excellent-ten',
      'https://gazette.example/ashcombe-excellent',
    ]);
    // A letter's row names the letter's page; no cell holds two values.
    expect(sources.find((s) => s.slug === 'fernleigh' && s.year === 2010)).toMatchObject({
      evidence: 'letter',
      url: 'https://example.org/archive/authorities/fernleigh/2010/',
    });
    for (const s of sources) expect(s.url).not.toMatch(/\s/);
    expect(Object.keys(GRADE_SOURCE_COLUMNS)).toEqual(Object.keys(sources[0]!));
  });

  test('without the site address, addresses stay relative to the site', () => {
    const rows = gradeRows(fixture.authorities, undefined);
    expect(rows.find((r) => r.slug === 'fernleigh' && r.year === 2010)!.letter_url).toBe(
      '/archive/authorities/fernleigh/2010/',
    );
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

test("a letter's downloads carry its numbered paragraphs and the date as the letter prints it", () => {
  const hollowmere = letters.find((l) => l.id === 'hollowmere/2011')!;
  const body = letterFileBody(readFileSync(`${FIXTURE_LETTERS}/hollowmere/2011.mdx`, 'utf8'));
  const paragraphs = letterParagraphs(body);
  expect(paragraphs.length).toBeGreaterThan(3);
  expect(paragraphs.map((p) => p.n)).toEqual(paragraphs.map((_, i) => i + 1));
  const json = letterDownload(hollowmere, body, SITE);
  expect(json.date).toBe('2011-12-24');
  expect(json.date_written).toBe('24 December 2011');
  expect(json.paragraphs[2]).toEqual({
    n: 3,
    url: 'https://example.org/archive/authorities/hollowmere/2011/#para-3',
    part: paragraphs[2]!.part,
    text: paragraphs[2]!.text,
  });
  const text = letterPlainText(hollowmere, body, true);
  expect(text).toMatch(/(^|\n)24 December 2011\n/);
  expect(text).not.toContain('2011-12-24');
  // Each numbered paragraph's line begins with its number; nothing else does.
  for (const p of paragraphs) expect(text).toContain(`\n[${p.n}] ${p.text}\n`);
  expect(text.match(/^\[\d+\] /gm)).toHaveLength(paragraphs.length);
  expect(letterPlainText(hollowmere, body)).not.toMatch(/^\[\d+\] /m);
});

test('a citation names the authority, title, Ofsted, date and address', () => {
  const hollowmere = letters.find((l) => l.id === 'hollowmere/2011')!;
  expect(citation(hollowmere.data, SITE)).toBe(
    `Ofsted, "Hollowmere Metropolitan Borough Council: children's services assessment 2011", letter to Hollowmere Metropolitan Borough Council, 24 December 2011. Assessment Letters archive, https://example.org/archive/authorities/hollowmere/2011/`,
  );
});

test('a numbered paragraph is cited by its number after the date and addressed by it; another passage by its id', () => {
  const hollowmere = letters.find((l) => l.id === 'hollowmere/2011')!;
  const work = `Ofsted, "Hollowmere Metropolitan Borough Council: children's services assessment 2011", letter to Hollowmere Metropolitan Borough Council, 24 December 2011`;
  const address = 'https://example.org/archive/authorities/hollowmere/2011/';
  expect(citation(hollowmere.data, SITE, { paragraph: 12 })).toBe(
    `${work}, para 12. Assessment Letters archive, ${address}#para-12`,
  );
  expect(citation(hollowmere.data, SITE, { id: 'strengths' })).toBe(
    `${work}. Assessment Letters archive, ${address}#strengths`,
  );
  // The halves the page carries give the same citation, passage or none.
  const parts = citationParts(hollowmere.data, SITE);
  expect(citationText(parts, { paragraph: 3 })).toBe(citation(hollowmere.data, SITE, { paragraph: 3 }));
  expect(citationText(parts)).toBe(citation(hollowmere.data, SITE));
});

test('without the site address, a citation gives the address within the site and says so', () => {
  const hollowmere = letters.find((l) => l.id === 'hollowmere/2011')!;
  expect(citation(hollowmere.data, undefined)).toBe(
    `Ofsted, "Hollowmere Metropolitan Borough Council: children's services assessment 2011", letter to Hollowmere Metropolitan Borough Council, 24 December 2011. Assessment Letters archive, /archive/authorities/hollowmere/2011/`,
  );
});
