import { expect, test } from 'vitest';
import { frontmatterData, letterFileBody, splitFrontmatter } from '../../src/lib/archive/frontmatter.ts';

test('a letter file splits into its YAML and its body, whatever its line endings', () => {
  const file = '---\nauthority: Fernleigh City Council\nyear: 2010\n---\n\nDear Ms Example\n\n---\n\nMore.\n';
  expect(splitFrontmatter(file)).toEqual({
    frontmatter: 'authority: Fernleigh City Council\nyear: 2010',
    body: '\nDear Ms Example\n\n---\n\nMore.\n',
  });
  expect(frontmatterData(file.replace(/\n/g, '\r\n'))).toEqual({
    authority: 'Fernleigh City Council',
    year: 2010,
  });
  expect(letterFileBody(file)).toBe('\nDear Ms Example\n\n---\n\nMore.\n');
});

test('a file without frontmatter has none, and says so when it is needed', () => {
  expect(splitFrontmatter('Dear Sir\n---\n')).toBeUndefined();
  expect(letterFileBody('Dear Sir\n')).toBe('Dear Sir\n');
  expect(splitFrontmatter('---\n---\nBody')).toEqual({ frontmatter: '', body: 'Body' });
  expect(() => frontmatterData('Dear Sir\n', 'x.mdx')).toThrow(
    'x.mdx: frontmatter: missing: the file must open with a --- block',
  );
});
