import { describe, expect, test } from 'vitest';
import {
  findMarks,
  impliedPhrase,
  markTerms,
  phraseFirst,
  stepOrder,
  wordsOf,
} from '../../src/lib/search/search-phrases.ts';

/** The marked text of each match, for reading the tests. */
const marked = (text: string, query: string) =>
  findMarks(text, markTerms(query)).map((m) => [text.slice(m.start, m.end), m.kind]);

describe('marks cover whole words, as search matches them', () => {
  test('"care" is not marked inside "carers" or "childcare"', () => {
    expect(marked('Childcare, carers and care.', 'care')).toEqual([['care', 'word']]);
  });

  test('a word is marked in the forms search finds (same stem)', () => {
    expect(marked('It improved; improvement will improve.', 'improve')).toEqual([
      ['improved', 'word'],
      ['improvement', 'word'],
      ['improve', 'word'],
    ]);
  });

  test('case and curly quotes do not matter', () => {
    expect(marked('The Children’s services', "children's")).toEqual([['Children’s', 'word']]);
  });

  test('every mark starts and ends at a word boundary, whatever the text', () => {
    const text = 'Care-leavers, carer’s care; careful cares. Take care of care leavers!';
    for (const query of ['care', 'care leavers', '"care leavers"', 'leavers care', 'c', 'are']) {
      for (const { start, end } of findMarks(text, markTerms(query))) {
        expect(/[\p{L}\p{N}]/u.test(text[start - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(text[end] ?? ' ')).toBe(
          false,
        );
      }
    }
  });

  test('hostile queries are plain words; no word, no mark', () => {
    expect(marked('a <script> b', '"</mark><script>')).toEqual([]);
    expect(marked('mark script', '"</mark><script>')).toEqual([['mark script', 'phrase']]);
    expect(marked('a (b) * c.', '( * .')).toEqual([]);
    expect(marked('x', '.*')).toEqual([]);
  });
});

describe('phrases first', () => {
  test('an unquoted query of several words spells a phrase; one word or quotes do not', () => {
    expect(impliedPhrase('care leavers')).toBe('care leavers');
    expect(impliedPhrase('  care   leavers ')).toBe('care leavers');
    expect(impliedPhrase('care')).toBeUndefined();
    expect(impliedPhrase('"care leavers" plan')).toBeUndefined();
  });

  test('the phrase is marked whole, its words alone elsewhere, never twice', () => {
    const text = 'Care leavers; care for leavers, and care leavers again.';
    expect(marked(text, 'care leavers')).toEqual([
      ['Care leavers', 'phrase'],
      ['care', 'word'],
      ['leavers', 'word'],
      ['care leavers', 'phrase'],
    ]);
  });

  test('a quoted phrase is marked whole only; words outside the quotes alone', () => {
    const text = 'Care leavers in Cambridgeshire; care elsewhere.';
    expect(marked(text, '"care leavers" Cambridgeshire')).toEqual([
      ['Care leavers', 'phrase'],
      ['Cambridgeshire', 'word'],
    ]);
  });

  test('a phrase runs across punctuation and line breaks, not across other words', () => {
    expect(marked('care\nleavers', '"care leavers"')).toEqual([['care\nleavers', 'phrase']]);
    expect(marked('care of leavers', '"care leavers"')).toEqual([]);
  });

  test('stepping goes through every phrase, then every word, each in text order', () => {
    const marks = findMarks('care; care leavers; leavers; care leavers', markTerms('care leavers'));
    expect(stepOrder(marks).map((m) => [m.start, m.kind])).toEqual([
      [6, 'phrase'],
      [29, 'phrase'],
      [0, 'word'],
      [20, 'word'],
    ]);
  });

  test('results holding the phrase come first, each group in the order it was', () => {
    const holds = new Set(['b', 'd']);
    expect(phraseFirst(['a', 'b', 'c', 'd'], (r) => holds.has(r))).toEqual(['b', 'd', 'a', 'c']);
    expect(phraseFirst(['a', 'c'], (r) => holds.has(r))).toEqual(['a', 'c']);
  });
});

test('words of a text keep their places', () => {
  const text = 'One, two—three';
  expect(wordsOf(text).map((w) => text.slice(w.start, w.end))).toEqual(['One', 'two', 'three']);
});
