import { describe, expect, test } from 'vitest';
import { archiveProblems, letterFileProblems, type LetterFile } from '../../src/lib/archive/letter-checks.ts';
import { FERNLEIGH_2010, HOLLOWMERE_2011, frontmatter } from './letters.ts';
import { formatProblem } from '../../src/lib/archive/problems.ts';

const file = (filePath: string, from = FERNLEIGH_2010): LetterFile => ({
  filePath,
  data: frontmatter(from) as LetterFile['data'],
});

describe("a letter's place agrees with its frontmatter", () => {
  test('letters where they belong pass', () => {
    expect(archiveProblems([file(FERNLEIGH_2010), file(HOLLOWMERE_2011, HOLLOWMERE_2011)])).toEqual([]);
  });

  test('a folder that is not the authority slug is rejected', () => {
    expect(letterFileProblems(file('tests/fixtures/letters/fern/2010.mdx')).map(formatProblem))
      .toMatchInlineSnapshot(`
      [
        "tests/fixtures/letters/fern/2010.mdx: authority: "Fernleigh City Council" has the slug "fernleigh", so the letter belongs in the folder "fernleigh/", not "fern/"",
      ]
    `);
  });

  test('a file name that is not the year is rejected', () => {
    expect(letterFileProblems(file('tests/fixtures/letters/fernleigh/2011.mdx')).map(formatProblem))
      .toMatchInlineSnapshot(`
      [
        "tests/fixtures/letters/fernleigh/2011.mdx: year: the letter says 2010, so the file must be named 2010.mdx, not 2011.mdx",
      ]
    `);
  });
});

test('a second letter for the same authority and year is rejected', () => {
  const first = file(FERNLEIGH_2010);
  const second = file('elsewhere/letters/fernleigh/2010.mdx');
  second.data = {
    ...second.data,
    authority: 'Fernleigh Council',
    source: { path: 'elsewhere/sources/fernleigh/2010.txt' },
  };
  expect(archiveProblems([first, second]).map(formatProblem)).toMatchInlineSnapshot(`
    [
      "elsewhere/letters/fernleigh/2010.mdx: authority, year: a second letter for Fernleigh Council 2010; the first is tests/fixtures/letters/fernleigh/2010.mdx. One letter per authority and year.",
    ]
  `);
});

test('a later letter that states a different grade for a year than that year’s letter is rejected', () => {
  const letter2010 = file(FERNLEIGH_2010);
  const letter2011 = file('tests/fixtures/letters/fernleigh/2011.mdx');
  letter2011.data = {
    ...letter2011.data,
    year: 2011,
    source: { path: 'tests/fixtures/sources/fernleigh/2011.txt' },
    previous: { year: 2010, grade: 2, evidence: 'Children’s services perform adequately, as in 2010.' },
  };
  expect(archiveProblems([letter2010, letter2011]).map(formatProblem)).toMatchInlineSnapshot(`
    [
      "tests/fixtures/letters/fernleigh/2011.mdx: previous.grade: states performs adequately (2 of 4) for 2010 ("Children’s services perform adequately, as in 2010."), but tests/fixtures/letters/fernleigh/2010.mdx gives performs well (3 of 4)",
    ]
  `);
  letter2011.data.previous = { ...letter2011.data.previous!, grade: 3 };
  expect(archiveProblems([letter2010, letter2011])).toEqual([]);
});
