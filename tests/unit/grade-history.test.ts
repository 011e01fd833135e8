import { describe, expect, test } from 'vitest';
import type { Letter } from '../../src/lib/archive/letters.ts';
import type { Grade } from '../../src/lib/archive/grades.ts';
import {
  bothLetters,
  describeBasis,
  describeChange,
  describePairBasis,
  gradeHistory,
  isKnown,
  knownPairs,
  letterPairs,
} from '../../src/lib/archive/grade-history.ts';
import type { LetterData } from '../../src/lib/archive/letter-schema.ts';
import type { AssessmentYear } from '../../src/lib/archive/years.ts';
import { FERNLEIGH_2010, HOLLOWMERE_2011, fixtureAuthorities, frontmatter } from './letters.ts';

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
  gradeHistory(letters).years.map((y) => `${y.year}: ${'grade' in y ? y.grade : '-'} (${describeBasis(y)})`);

describe('the grade in each year', () => {
  test('comes from that year’s letter, a later letter’s statement, or is not known', () => {
    expect(summary([letter(2011, 2, 2)])).toEqual([
      '2009: - (not known)',
      '2010: 2 (stated in the 2011 letter)',
      '2011: 2 (from the letter)',
    ]);
  });

  test('prefers the letter where a later letter agrees with it', () => {
    expect(summary([letter(2010, 3), letter(2011, 3, 3)])[1]).toBe('2010: 3 (from the letter)');
  });

  test('a letter file stating the year before: 2010 stated by Hollowmere 2011, with its words', () => {
    const hollowmere = { id: 'hollowmere/2011', data: frontmatter(HOLLOWMERE_2011) as LetterData };
    const history = gradeHistory([hollowmere]);
    expect(history.years[1]).toMatchObject({
      basis: 'stated',
      grade: 4,
      evidence: hollowmere.data.previous!.evidence,
    });
    expect(history.changes.map(describeChange)).toEqual(['Unchanged: performs excellently in 2010 and 2011']);
  });

  test('Fernleigh 2010: 2009 stated by the letter, unchanged at performs well', () => {
    const fernleigh = { id: 'fernleigh/2010', data: frontmatter(FERNLEIGH_2010) as LetterData };
    expect(gradeHistory([fernleigh]).changes.map(describeChange)).toEqual([
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

describe('merged with the grades reported from Ofsted’s announcements', () => {
  const source = (title: string) => ({ url: `https://news.example/${title.length}`, title });
  const report = (year: AssessmentYear, grade: Grade | 'withheld', title: string) => ({
    year,
    grade,
    source: source(title),
  });

  test('a reported grade fills a year without a letter, with every source; a withheld outcome is not a grade', () => {
    const history = gradeHistory(
      [letter(2011, 2)],
      [
        report(2009, 1, 'Nine rated poor'),
        report(2009, 1, 'Poor, says the press'),
        report(2010, 'withheld', 'Six withheld'),
      ],
    );
    expect(history.years.map(describeBasis)).toEqual([
      'reported in 2 sources',
      "outcome withheld from Ofsted's 2010 announcement",
      'from the letter',
    ]);
    expect(history.years[0]).toMatchObject({ basis: 'reported', grade: 1 });
    expect(history.years[0]!.basis === 'reported' && history.years[0]!.sources).toHaveLength(2);
    expect(history.years.filter(isKnown).map((y) => y.year)).toEqual([2009, 2011]);
    expect(history.changes).toEqual([]);
  });

  test('a letter or a later letter’s statement comes first; agreeing reports are kept beside it', () => {
    const history = gradeHistory(
      [letter(2011, 2, 2)],
      [report(2010, 2, 'Adequate'), report(2011, 2, 'Still adequate')],
    );
    expect(history.years.map((y) => y.basis)).toEqual(['none', 'stated', 'letter']);
    expect(history.years[1]).toMatchObject({ sources: [source('Adequate')] });
    expect(history.years[2]).toMatchObject({ sources: [source('Still adequate')] });
  });

  test('changes read across reported grades too', () => {
    const history = gradeHistory([], [report(2009, 1, 'Poor'), report(2010, 1, 'Poor again')]);
    expect(history.changes.map(describeChange)).toEqual(['Unchanged: performs poorly in 2009 and 2010']);
  });
});

test('Ashcombe, from the fixture archive’s files: reported in 2009 and 2010, no letter', () => {
  const ashcombe = fixtureAuthorities().find((a) => a.slug === 'ashcombe')!;
  expect(ashcombe.letters).toEqual([]);
  expect(ashcombe.history.years.map((y) => `${y.year} ${'grade' in y ? y.grade : '-'} ${y.basis}`)).toEqual([
    '2009 4 reported',
    '2010 1 reported',
    '2011 - none',
  ]);
  expect(ashcombe.history.changes.map(describeChange)).toEqual([
    'Declined from performs excellently to performs poorly',
  ]);
});

test('compare pairs: every two years whose grades are known, from any evidence, earlier first', () => {
  const history = gradeHistory(
    [letter(2011, 2)],
    [{ year: 2009, grade: 1, source: { url: 'https://news.example/a', title: 'Poor' } }],
  );
  expect(knownPairs(history).map((p) => `${p.from.year}-${p.to.year} ${p.direction}`)).toEqual([
    '2009-2011 improved',
  ]);
  expect(
    knownPairs(gradeHistory([letter(2009, 3), letter(2010, 3), letter(2011, 4)])).map(
      (p) => `${p.from.year}-${p.to.year}`,
    ),
  ).toEqual(['2009-2010', '2009-2011', '2010-2011']);
});

test('compare pages: only two years whose letters the archive holds both', () => {
  const history = gradeHistory(
    [letter(2010, 2), letter(2011, 3)],
    [{ year: 2009, grade: 1, source: { url: 'https://news.example/a', title: 'Poor' } }],
  );
  expect(knownPairs(history).map((p) => `${p.from.year}-${p.to.year}`)).toEqual([
    '2009-2010',
    '2009-2011',
    '2010-2011',
  ]);
  expect(letterPairs(history).map((p) => `${p.from.year}-${p.to.year}`)).toEqual(['2010-2011']);
  expect(knownPairs(history).map(bothLetters)).toEqual([false, false, true]);
  // The evidence is said once for the pair.
  expect(knownPairs(history).map(describePairBasis)).toEqual([
    '2009 reported in 1 source; 2010 from the letter',
    '2009 reported in 1 source; 2011 from the letter',
    'both from their letters',
  ]);
  const reported = gradeHistory(
    [],
    [
      { year: 2009, grade: 4, source: { url: 'https://news.example/a', title: 'Top' } },
      { year: 2010, grade: 1, source: { url: 'https://news.example/b', title: 'Poor' } },
    ],
  );
  expect(letterPairs(reported)).toEqual([]);
  expect(describePairBasis(knownPairs(reported)[0]!)).toBe('both reported');
});
