import { expect, test } from 'vitest';
import {
  paragraphCited,
  paragraphId,
  paragraphLabel,
  paragraphNumber,
} from '../../src/lib/archive/paragraphs.ts';

test("a paragraph's number gives its id, its name and its words in a citation", () => {
  expect(paragraphId(12)).toBe('para-12');
  expect(paragraphLabel(12)).toBe('Paragraph 12');
  expect(paragraphCited(12)).toBe('para 12');
});

test('the number is read back from a paragraph id, and from nothing else', () => {
  expect(paragraphNumber(paragraphId(7))).toBe(7);
  expect(paragraphNumber('para-120')).toBe(120);
  for (const id of ['p-3bf74624', 'para-0', 'para-', 'para-1x', 'strengths', '']) {
    expect(paragraphNumber(id), id).toBeUndefined();
  }
});
