import { describe, expect, test } from 'vitest';
import {
  GRADE_SCALE,
  SCALE_WORDS,
  gradeWords,
  gradeWordsWithNumber,
  GRADES,
  gradeFromLabel,
  gradeLabel,
  gradeWithNumber,
  isGrade,
} from '../../src/lib/archive/grades.ts';

describe('the four-point scale', () => {
  test('runs from 4, performs excellently, down to 1, performs poorly', () => {
    expect(GRADE_SCALE.map((s) => `${s.grade} ${s.label}`)).toEqual([
      '4 Performs excellently',
      '3 Performs well',
      '2 Performs adequately',
      '1 Performs poorly',
    ]);
    expect(GRADES).toEqual([4, 3, 2, 1]);
  });

  test('gives each grade its words, and the words back their grade', () => {
    expect(gradeLabel(1)).toBe('Performs poorly');
    expect(gradeWithNumber(3)).toBe('Performs well (3 of 4)');
    expect(gradeFromLabel('performs ADEQUATELY ')).toBe(2);
    expect(gradeFromLabel('Outstanding')).toBeUndefined();
  });

  test('knows only whole numbers 1 to 4 as grades', () => {
    expect([1, 2, 3, 4].every(isGrade)).toBe(true);
    expect([0, 5, 2.5, '3', null].some(isGrade)).toBe(false);
  });
});

test('mid-sentence, a grade keeps its words, lower case, and its place on the scale', () => {
  for (const step of GRADE_SCALE) {
    expect(gradeWords(step.grade)).toBe(step.label.toLowerCase());
    expect(gradeWordsWithNumber(step.grade)).toBe(`${step.label.toLowerCase()} (${step.grade} of 4)`);
    expect(SCALE_WORDS).toContain(`${step.grade} (${step.label.toLowerCase()})`);
  }
  expect(SCALE_WORDS.startsWith('4 (performs excellently), 3 (performs well)')).toBe(true);
});
