import { expect, test } from 'vitest';
import { lowercaseOperatorNote } from '../../src/lib/search/operator-words.ts';

test('a lower-case "or" between words is said to be a word, with how to ask for either', () => {
  expect(lowercaseOperatorNote('fostering or adoption')).toBe(
    ' “or” was searched as a word; for either word, type OR.',
  );
  expect(lowercaseOperatorNote('care not leavers')).toBe(
    ' “not” was searched as a word; to leave a word out, type NOT or put - before it.',
  );
  expect(lowercaseOperatorNote('not bullying or housing')).toBe(
    ' “or” was searched as a word; for either word, type OR. “not” was searched as a word; to leave a word out, type NOT or put - before it.',
  );
});

test('upper case, a quoted phrase, or "or" at either end needs no note', () => {
  expect(lowercaseOperatorNote('fostering OR adoption')).toBe('');
  expect(lowercaseOperatorNote('"more or less" care')).toBe('');
  expect(lowercaseOperatorNote('or care')).toBe('');
  expect(lowercaseOperatorNote('care or')).toBe('');
  expect(lowercaseOperatorNote('whether not')).toBe('');
  expect(lowercaseOperatorNote('')).toBe('');
});
