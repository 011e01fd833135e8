import { describe, expect, test } from 'vitest';
import { archiveProblems, letterFileProblems, type LetterFile } from '../../src/lib/letter-checks.ts';
import { CAMBRIDGESHIRE, NORTHAMPTONSHIRE, frontmatter } from './letters.ts';

const file = (filePath: string, from = CAMBRIDGESHIRE): LetterFile => ({
  filePath,
  data: frontmatter(from) as LetterFile['data'],
});

describe("a letter's place agrees with its frontmatter", () => {
  test('the committed letters are where they belong', () => {
    expect(archiveProblems([file(CAMBRIDGESHIRE), file(NORTHAMPTONSHIRE, NORTHAMPTONSHIRE)])).toEqual([]);
  });

  test('a folder that is not the authority slug is rejected', () => {
    expect(letterFileProblems(file('content/letters/cambs/2010.mdx'))).toMatchInlineSnapshot(`
      [
        "content/letters/cambs/2010.mdx: authority: "Cambridgeshire County Council" has the slug "cambridgeshire", so the letter belongs in the folder "cambridgeshire/", not "cambs/"",
      ]
    `);
  });

  test('a file name that is not the year is rejected', () => {
    expect(letterFileProblems(file('content/letters/cambridgeshire/2011.mdx'))).toMatchInlineSnapshot(`
      [
        "content/letters/cambridgeshire/2011.mdx: year: the letter says 2010, so the file must be named 2010.mdx, not 2011.mdx",
      ]
    `);
  });
});

test('a second letter for the same authority and year is rejected', () => {
  const first = file(CAMBRIDGESHIRE);
  const second = file('tests/fixtures/letters/cambridgeshire/2010.mdx');
  second.data = {
    authority: 'Cambridgeshire Council',
    year: 2010,
    source: { path: 'tests/fixtures/sources/cambridgeshire/2010.txt' },
  };
  expect(archiveProblems([first, second])).toMatchInlineSnapshot(`
    [
      "tests/fixtures/letters/cambridgeshire/2010.mdx: authority, year: a second letter for Cambridgeshire Council 2010; the first is content/letters/cambridgeshire/2010.mdx. One letter per authority and year.",
    ]
  `);
});
