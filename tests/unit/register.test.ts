import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readArchiveData, archiveDataFile } from '../../src/lib/site/archive-files.ts';
import { readRegister, registerOf } from '../../src/lib/archive/register.ts';
import {
  readReportedGrades,
  registerProblems,
  type LetterGrades,
} from '../../src/lib/archive/reported-grades.ts';
import { FIXTURE_LETTERS } from './letters.ts';
import { formatProblem } from '../../src/lib/archive/problems.ts';

const HEADER = 'authority,dfe_la_code,ons_code,region,note';
const REGISTER = `${HEADER}
Leeds,383,E08000035,Yorkshire and the Humber,
Cambridgeshire,873,E10000003,East of England,
Northamptonshire,928,E10000021,East Midlands,"recoded, after 2021"
`;
const register = registerOf(readRegister(REGISTER, 'x/authorities.csv').records);
const REPORTED_HEADER = 'authority,year,grade,source_url,source_title';

describe('the register of authorities', () => {
  test('a register file: one authority a row, found by any name with its slug', () => {
    const data = readArchiveData(FIXTURE_LETTERS);
    expect(data.problems).toEqual([]);
    const rows = readFileSync(data.registerFile, 'utf8').trim().split('\n').length - 1;
    expect(data.authorities).toHaveLength(rows);
    expect(data.register.find('Brackenmoor County Council')?.name).toBe('Brackenmoor');
    expect(data.register.find("Marsh and St Anne's Borough Council")?.name).toBe("Marsh & St Anne's");
  });

  test('a quoted note with commas is one field', () => {
    expect(register.find('Northamptonshire')).toEqual({
      name: 'Northamptonshire',
      slug: 'northamptonshire',
      dfeCode: 928,
      onsCode: 'E10000021',
      region: 'East Midlands',
      note: 'recoded, after 2021',
    });
  });

  test('bad rows fail with file:line: field: message', () => {
    const bad = `${HEADER}
Leeds,38,E08000035,Yorkshire,
,383,X1,London,
Leeds City Council,384,E08000036,Yorkshire and the Humber,
`;
    expect(readRegister(bad, 'content/authorities.csv').problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/authorities.csv:2: dfe_la_code: must be a three-digit DfE local authority number",
        "content/authorities.csv:2: region: must be one of the English regions: North East, North West, Yorkshire and the Humber, East Midlands, West Midlands, East of England, London, South East, South West",
        "content/authorities.csv:3: authority: must not be empty",
        "content/authorities.csv:3: ons_code: must be an ONS GSS code such as E10000021",
      ]
    `);
    const twice = `${REGISTER}Leeds City Council,383,E08000099,Yorkshire and the Humber,\n`;
    expect(readRegister(twice, 'content/authorities.csv').problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/authorities.csv:5: authority: "Leeds City Council" (slug leeds) is already on line 2",
        "content/authorities.csv:5: dfe_la_code: 383 is already on line 2",
      ]
    `);
  });

  test('a wrong header or a ragged row names the line', () => {
    expect(readRegister('authority,code\nLeeds,383\n', 'a.csv').problems.map(formatProblem)).toEqual([
      'a.csv:1: header: must be "authority,dfe_la_code,ons_code,region,note", not "authority,code"',
    ]);
    expect(readRegister(`${HEADER}\nLeeds,383\n`, 'a.csv').problems.map(formatProblem)[0]).toMatch(
      /^a\.csv:2: Invalid Record Length/,
    );
  });

  test('the data files sit in the letters folder’s parent', () => {
    expect(archiveDataFile('authorities.csv', 'content/letters')).toBe('content/authorities.csv');
    expect(archiveDataFile('reported-grades.csv', 'tests/fixtures/letters/')).toBe(
      'tests/fixtures/reported-grades.csv',
    );
    expect(() => readArchiveData('/nowhere/letters')).toThrow(
      '/nowhere/authorities.csv: missing: the register of authorities must sit beside the letters folder, in its parent folder',
    );
  });
});

describe('reported grades', () => {
  test('a reported-grades file: one record a row, several sources for one authority-year kept apart', () => {
    const data = readArchiveData(FIXTURE_LETTERS);
    expect(data.reported).toHaveLength(8);
    expect(new Set(data.reported.map((r) => `${r.data.slug} ${r.data.year}`)).size).toBe(7);
    expect(data.reported.filter((r) => r.data.slug === 'ashcombe' && r.data.year === 2009)).toHaveLength(2);
  });

  test('bad rows fail with file:line: field: message, an unknown authority with a suggestion', () => {
    const csv = `${REPORTED_HEADER}
Leeds,2012,5,ftp://x.example/a,Title
Leds,2010,1,https://x.example/a,Twelve rated poor
Leeds,2010,1,https://x.example/b,
`;
    expect(readReportedGrades(csv, 'content/reported-grades.csv', register).problems.map(formatProblem))
      .toMatchInlineSnapshot(`
      [
        "content/reported-grades.csv:2: year: must be an assessment year: 2009, 2010, 2011",
        "content/reported-grades.csv:2: grade: must be a grade on the four-point scale, 4 (performs excellently), 3 (performs well), 2 (performs adequately), 1 (performs poorly), or "withheld"",
        "content/reported-grades.csv:2: source_url: must be a web address starting http:// or https://",
        "content/reported-grades.csv:4: source_title: must not be empty",
        "content/reported-grades.csv:3: authority: "Leds" is not a known authority (did you mean "Leeds"?)",
      ]
    `);
  });

  test('two rows for one authority and year that disagree, or repeat a source, fail naming both lines', () => {
    const csv = `${REPORTED_HEADER}
Leeds,2010,1,https://x.example/a,Twelve rated poor
Leeds,2010,withheld,https://x.example/b,Six withheld
Leeds,2010,1,https://x.example/a,Twelve rated poor again
`;
    expect(readReportedGrades(csv, 'r.csv', register).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "r.csv:3: grade: reports the outcome withheld for Leeds 2010, but line 2 reports performs poorly (1 of 4)",
        "r.csv:4: source_url: Leeds 2010 from this source is already on line 2",
      ]
    `);
  });
});

describe('letters against the register and the reported grades', () => {
  const letters: LetterGrades[] = [
    {
      filePath: 'content/letters/cambridgeshire/2010.mdx',
      data: {
        authority: 'Cambridgeshire County Council',
        year: 2010,
        grade: 3,
        previous: { year: 2009, grade: 3, evidence: 'Performs well, as in 2009.' },
      },
    },
    {
      filePath: 'content/letters/northamptonshire/2011.mdx',
      data: {
        authority: 'Northamptonshire County Council',
        year: 2011,
        grade: 2,
        previous: { year: 2010, grade: 2, evidence: 'Performs adequately, as in 2010.' },
      },
    },
  ];
  const reported = (rows: string) =>
    readReportedGrades(`${REPORTED_HEADER}\n${rows}`, 'content/reported-grades.csv', register).records;

  test('letters that agree with the register and the reported grades pass', () => {
    const rows = reported(
      'Northamptonshire,2010,2,https://x.example/b,Adequate\nLeeds,2010,1,https://x.example/a,Poor\n',
    );
    expect(registerProblems(letters, register, rows, 'r.csv')).toEqual([]);
  });

  test('an unknown authority in a letter fails, with the nearest name', () => {
    const stray = {
      filePath: 'content/letters/leedz/2010.mdx',
      data: { ...letters[0]!.data, authority: 'Leedz City Council' },
    };
    const far = {
      filePath: 'content/letters/atlantis/2010.mdx',
      data: { ...letters[0]!.data, authority: 'Atlantis' },
    };
    expect(registerProblems([stray, far], register, [], 'r.csv').map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/letters/leedz/2010.mdx: authority: "Leedz City Council" is not a known authority (did you mean "Leeds"?)",
        "content/letters/atlantis/2010.mdx: authority: "Atlantis" is not a known authority",
      ]
    `);
  });

  test("a reported grade that disagrees with a letter's grade, or with the grade a later letter states, fails naming both", () => {
    const rows = reported(
      'Cambridgeshire,2010,1,https://x.example/a,Twelve rated poor\nNorthamptonshire,2010,4,https://x.example/b,Excellent ratings double\nNorthamptonshire,2011,2,https://x.example/c,Agrees\n',
    );
    expect(registerProblems(letters, register, rows, 'content/reported-grades.csv').map(formatProblem))
      .toMatchInlineSnapshot(`
      [
        "content/letters/cambridgeshire/2010.mdx: grade: the letter gives performs well (3 of 4) for 2010, but content/reported-grades.csv:2 reports performs poorly (1 of 4) ("Twelve rated poor")",
        "content/letters/northamptonshire/2011.mdx: previous.grade: the letter states performs adequately (2 of 4) for 2010, but content/reported-grades.csv:3 reports performs excellently (4 of 4) ("Excellent ratings double")",
      ]
    `);
  });

  test('an outcome withheld from the announcement does not disagree with a letter', () => {
    const rows = reported('Cambridgeshire,2010,withheld,https://x.example/a,Six withheld\n');
    expect(registerProblems(letters, register, rows, 'r.csv')).toEqual([]);
  });

  test('the fixture archive’s data files are clean too', () => {
    expect(readArchiveData('tests/fixtures/letters').problems).toEqual([]);
    expect(readFileSync('tests/fixtures/authorities.csv', 'utf8')).toContain('Oakhurst');
  });
});
