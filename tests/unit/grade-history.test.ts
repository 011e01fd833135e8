import { describe, expect, test } from 'vitest';
import type { Letter } from '../../src/lib/archive.ts';
import type { Grade } from '../../src/lib/grades.ts';
import { describeBasis, describeChange, gradeHistory } from '../../src/lib/grade-history.ts';
import type { LetterData } from '../../src/lib/letter-schema.ts';
import type { AssessmentYear } from '../../src/lib/years.ts';
import { CAMBRIDGESHIRE, NORTHAMPTONSHIRE, frontmatter } from './letters.ts';

function letter(year: AssessmentYear, grade: Grade, previous?: Grade): Letter {
  const data = {
    authority: 'Testmoor Council',
    year,
    grade,
    ...(previous ? { previous: { year: year - 1, grade: previous, evidence: `Said in ${year}.` } } : {}),
  } as LetterData;
  return { id: `testmoor/${year}`, data };
}

const summary = (letters: Letter[]) =>
  gradeHistory(letters).years.map(
    (y) => `${y.year}: ${y.basis === 'none' ? '-' : y.grade} (${describeBasis(y)})`,
  );

describe('the grade in each year', () => {
  test('comes from that year’s letter, a later letter’s statement, or is not known', () => {
    expect(summary([letter(2011, 2, 2)])).toEqual([
      '2009: - (no letter in the archive)',
      '2010: 2 (stated in the 2011 letter)',
      '2011: 2 (letter)',
    ]);
  });

  test('prefers the letter where a later letter agrees with it', () => {
    expect(summary([letter(2010, 3), letter(2011, 3, 3)])[1]).toBe('2010: 3 (letter)');
  });

  test('Northamptonshire: 2010 stated by the 2011 letter, unchanged at performs adequately', () => {
    const north = { id: 'northamptonshire/2011', data: frontmatter(NORTHAMPTONSHIRE) as LetterData };
    const history = gradeHistory([north]);
    expect(history.years[1]).toMatchObject({
      basis: 'stated',
      grade: 2,
      evidence: "Children's services in Northamptonshire County Council perform adequately, as in 2010.",
    });
    expect(history.changes.map(describeChange)).toEqual(['Unchanged: performs adequately in 2010 and 2011']);
  });

  test('Cambridgeshire: 2009 stated by the 2010 letter, unchanged at performs well', () => {
    const cambs = { id: 'cambridgeshire/2010', data: frontmatter(CAMBRIDGESHIRE) as LetterData };
    expect(gradeHistory([cambs]).changes.map(describeChange)).toEqual([
      'Unchanged: performs well in 2009 and 2010',
    ]);
  });
});

describe('changes between consecutive known years', () => {
  test('read improved, declined and unchanged in words', () => {
    const history = gradeHistory([letter(2009, 3), letter(2010, 2), letter(2011, 4)]);
    expect(history.changes.map((c) => `${c.direction}: ${describeChange(c)}`)).toEqual([
      'declined: Declined from performs well to performs adequately',
      'improved: Improved from performs adequately to performs excellently',
    ]);
    expect(history.latest).toMatchObject({ year: 2011, grade: 4 });
  });

  test('skip a year that is not known rather than bridge the gap', () => {
    const history = gradeHistory([letter(2009, 1), letter(2011, 2)]);
    expect(history.changes).toEqual([]);
    expect(history.years[1]).toEqual({ year: 2010, basis: 'none' });
    expect(history.latest).toMatchObject({ year: 2011 });
  });

  test('there are none without a letter', () => {
    expect(gradeHistory([])).toEqual({
      years: [
        { year: 2009, basis: 'none' },
        { year: 2010, basis: 'none' },
        { year: 2011, basis: 'none' },
      ],
      changes: [],
    });
  });
});
