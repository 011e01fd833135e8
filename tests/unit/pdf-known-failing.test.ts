/**
 * The list of layouts the reader does not read yet (tests/unit/pdf-known-failing.json) only
 * shrinks: `npm run bench:pdf -- --known-failing` takes out what now reads, rewrites what
 * fails another way, and names a layout that read before and fails now as a regression
 * instead of listing it (unless --add).
 */
import { expect, test } from 'vitest';
import { KNOWN_FAILING, knownFailingAfter } from '../../scripts/pdf-known-failing.ts';
import { PRODUCER_NAMES } from '../../scripts/pdf-producers.ts';

const before = { 'a.txt#1': 'MDX line 3: expected "x", read "y"', 'a.txt#2': 'refused' };
const outcomes = new Map<string, string | undefined>([
  ['a.txt#1', undefined],
  ['a.txt#2', 'MDX line 4: expected "p", read "q"'],
  ['a.txt#3', undefined],
  ['a.txt#4', 'MDX line 5: expected "m", read "n"'],
]);

test('a listed layout that now reads goes; one that fails another way takes its new failure', () => {
  expect(knownFailingAfter(before, outcomes)).toEqual({
    list: { 'a.txt#2': 'MDX line 4: expected "p", read "q"' },
    regressions: ['a.txt#4: MDX line 5: expected "m", read "n"'],
  });
});

test('with --add, a layout failing for the first time is listed too', () => {
  expect(knownFailingAfter(before, outcomes, true).list).toEqual({
    'a.txt#2': 'MDX line 4: expected "p", read "q"',
    'a.txt#4': 'MDX line 5: expected "m", read "n"',
  });
});

test('the list names only producers, each layout with how it fails', () => {
  for (const [producer, entries] of Object.entries(KNOWN_FAILING)) {
    expect(PRODUCER_NAMES).toContain(producer);
    for (const [key, failure] of Object.entries(entries)) {
      expect(key).toMatch(/^tests\/fixtures\/.+\.txt#\d+$/);
      expect(failure).not.toBe('');
    }
  }
  // The pdfkit generator's layouts are all read, or refused where nothing printed decides
  // (a page break, a line-end hyphen): none may be listed as read wrong.
  for (const failure of Object.values(KNOWN_FAILING.pdfkit ?? {})) expect(failure).toMatch(/^refused: /);
});
