import { describe, expect, test } from 'vitest';
import { archiveProblems, letterFileProblems, type LetterFile } from '../../src/lib/archive/letter-checks.ts';
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
    ...second.data,
    authority: 'Cambridgeshire Council',
    source: { path: 'tests/fixtures/sources/cambridgeshire/2010.txt' },
  };
  expect(archiveProblems([first, second])).toMatchInlineSnapshot(`
    [
      "tests/fixtures/letters/cambridgeshire/2010.mdx: authority, year: a second letter for Cambridgeshire Council 2010; the first is content/letters/cambridgeshire/2010.mdx. One letter per authority and year.",
    ]
  `);
});

test('a later letter that states a different grade for a year than that year’s letter is rejected', () => {
  const letter2010 = file(CAMBRIDGESHIRE);
  const letter2011 = file('content/letters/cambridgeshire/2011.mdx');
  letter2011.data = {
    ...letter2011.data,
    year: 2011,
    source: { path: 'content/sources/cambridgeshire/2011.txt' },
    previous: { year: 2010, grade: 2, evidence: 'Children’s services perform adequately, as in 2010.' },
  };
  expect(archiveProblems([letter2010, letter2011])).toMatchInlineSnapshot(`
    [
      "content/letters/cambridgeshire/2011.mdx: previous.grade: states performs adequately (2 of 4) for 2010 ("Children’s services perform adequately, as in 2010."), but content/letters/cambridgeshire/2010.mdx gives performs well (3 of 4)",
    ]
  `);
  letter2011.data.previous = { ...letter2011.data.previous!, grade: 3 };
  expect(archiveProblems([letter2010, letter2011])).toEqual([]);
});
