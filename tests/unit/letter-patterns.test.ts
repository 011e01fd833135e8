/**
 * The shapes both readers go by, from one module: each reader finds what the other
 * would, so a PDF and its text cannot disagree about a date, a sign-off or a rule.
 */
import { expect, test } from 'vitest';
import {
  DATE_LIKE,
  DATE_LINE,
  isSignOff,
  PAGE_NUMBER,
  RULE_LINE,
  SIGN_OFF_WORDS,
} from '../../src/lib/archive/letter-patterns.ts';

test('every date a reader can read is one both readers take for the date', () => {
  for (const date of ['9 December 2010', '1st March 2011', '23 November, 2009']) {
    expect(DATE_LINE.test(date)).toBe(true);
    expect(DATE_LIKE.test(date)).toBe(true);
  }
  // Shaped like a date but not one the text reader reads: both readers stop there, and
  // the text reader says why.
  expect(DATE_LIKE.test('09/12/2010')).toBe(true);
  expect(DATE_LINE.test('09/12/2010')).toBe(false);
  expect(DATE_LIKE.test('125 Kingsway London')).toBe(false);
});

test('every sign-off the PDF reader finds by its words has the shape the text reader goes by', () => {
  for (const line of ['Yours sincerely', 'Yours faithfully', 'yours  sincerely']) {
    expect(SIGN_OFF_WORDS.test(line)).toBe(true);
    expect(isSignOff(line.replace(/^y/, 'Y'))).toBe(true);
  }
  expect(isSignOff('The council has improved its services.')).toBe(false);
});

test('page numbers and rules are told from words', () => {
  for (const line of ['3', 'Page 3 of 4', '3/4', 'page 12']) expect(PAGE_NUMBER.test(line)).toBe(true);
  expect(PAGE_NUMBER.test('2010')).toBe(false);
  expect(RULE_LINE.test('------------------')).toBe(true);
  expect(RULE_LINE.test('- well-being')).toBe(false);
});
