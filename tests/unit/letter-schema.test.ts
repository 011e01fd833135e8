import { describe, expect, test } from 'vitest';
import { issueProblems, letterSchema, type LetterInput } from '../../src/lib/archive/letter-schema.ts';
import { FERNLEIGH_2010, HOLLOWMERE_2011, frontmatter } from './letters.ts';

/** The problems the schema finds, one "field: message" line each. */
function problems(data: unknown): string[] {
  const result = letterSchema.safeParse(data);
  return result.success
    ? []
    : issueProblems(result.error).map(({ field, message }) => `${field}: ${message}`);
}

const valid = (): LetterInput => structuredClone(frontmatter(FERNLEIGH_2010));

describe('letter files as the importer writes them', () => {
  test.each([FERNLEIGH_2010, HOLLOWMERE_2011])('%s passes the schema', (path) => {
    expect(problems(frontmatter(path))).toEqual([]);
  });

  test('state the previous year as the letters themselves do', () => {
    expect(frontmatter(HOLLOWMERE_2011).previous).toMatchObject({ year: 2010, grade: 4 });
    expect(frontmatter(FERNLEIGH_2010).previous).toMatchObject({ year: 2009, grade: 3 });
  });
});

describe('the schema rejects, naming the field', () => {
  test('a grade of 5', () => {
    expect(problems({ ...valid(), grade: 5 })).toMatchInlineSnapshot(`
      [
        "grade: must be a whole number on the four-point scale: 4 (performs excellently), 3 (performs well), 2 (performs adequately), 1 (performs poorly)",
      ]
    `);
  });

  test('a grade written as the string "3"', () => {
    expect(problems({ ...valid(), grade: '3' })).toMatchInlineSnapshot(`
      [
        "grade: must be a whole number on the four-point scale: 4 (performs excellently), 3 (performs well), 2 (performs adequately), 1 (performs poorly)",
      ]
    `);
  });

  test('a missing signatory', () => {
    const { signatory: _, ...data } = valid();
    expect(problems(data)).toMatchInlineSnapshot(`
      [
        "signatory: is required",
      ]
    `);
  });

  test('the year 2015', () => {
    expect(problems({ ...valid(), year: 2015, date: '2015-12-01' })).toMatchInlineSnapshot(`
      [
        "year: must be an assessment year: 2009, 2010, 2011",
      ]
    `);
  });

  test('a previous year that is not the year before', () => {
    const data = valid();
    expect(problems({ ...data, previous: { ...data.previous!, year: 2011 } })).toMatchInlineSnapshot(`
      [
        "previous.year: must be the year before the letter's year (2009), not 2011",
      ]
    `);
  });

  test('a date before the assessment year', () => {
    expect(problems({ ...valid(), date: '2009-12-09' })).toMatchInlineSnapshot(`
      [
        "date: 2009-12-09 is before the assessment year 2010",
      ]
    `);
  });

  test('a date that is not a calendar date', () => {
    expect(problems({ ...valid(), date: '2010-02-30' })).toMatchInlineSnapshot(`
      [
        "date: must be a calendar date written YYYY-MM-DD",
      ]
    `);
  });

  test('a field it does not know', () => {
    expect(problems({ ...valid(), grde: 3 })).toMatchInlineSnapshot(`
      [
        "(frontmatter): Unrecognized key: "grde"",
      ]
    `);
  });
});

test('an unquoted YAML date (read as a Date) keeps its day', () => {
  const result = letterSchema.parse({ ...valid(), date: new Date('2010-12-09T00:00:00Z') });
  expect(result.date).toBe('2010-12-09');
});
