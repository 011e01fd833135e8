import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readArchiveData, archiveDataFile } from '../../src/lib/import/archive-files.ts';
import { readRegister, registerOf } from '../../src/lib/archive/register.ts';
import { readReportedGrades, registerProblems } from '../../src/lib/archive/reported-grades.ts';
import { CAMBRIDGESHIRE, NORTHAMPTONSHIRE, frontmatter } from './letters.ts';
import type { LetterData } from '../../src/lib/archive/letter-schema.ts';

const HEADER = 'authority,dfe_la_code,ons_code,region,note';
const REGISTER = `${HEADER}
Leeds,383,E08000035,Yorkshire and the Humber,
Cambridgeshire,873,E10000003,East of England,
Northamptonshire,928,E10000021,East Midlands,"recoded, after 2021"
`;
const register = registerOf(readRegister(REGISTER, 'x/authorities.csv').records);
const REPORTED_HEADER = 'authority,year,grade,source_url,source_title';

describe('the register of authorities', () => {
  test('the real register has 152 authorities, each slug, DfE and ONS code once', () => {
    const data = readArchiveData('content/letters');
    expect(data.problems).toEqual([]);
    expect(data.authorities).toHaveLength(152);
    expect(data.register.find('Northamptonshire County Council')?.name).toBe('Northamptonshire');
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
    expect(readRegister(bad, 'content/authorities.csv').problems).toMatchInlineSnapshot(`
      [
        "content/authorities.csv:2: dfe_la_code: must be a three-digit DfE local authority number",
        "content/authorities.csv:2: region: must be one of the English regions: North East, North West, Yorkshire and the Humber, East Midlands, West Midlands, East of England, London, South East, South West",
        "content/authorities.csv:3: authority: must not be empty",
        "content/authorities.csv:3: ons_code: must be an ONS GSS code such as E10000021",
      ]
    `);
    const twice = `${REGISTER}Leeds City Council,383,E08000099,Yorkshire and the Humber,\n`;
    expect(readRegister(twice, 'content/authorities.csv').problems).toMatchInlineSnapshot(`
      [
        "content/authorities.csv:5: authority: "Leeds City Council" (slug leeds) is already on line 2",
        "content/authorities.csv:5: dfe_la_code: 383 is already on line 2",
      ]
    `);
  });

  test('a wrong header or a ragged row names the line', () => {
    expect(readRegister('authority,code\nLeeds,383\n', 'a.csv').problems).toEqual([
      'a.csv:1: header: must be "authority,dfe_la_code,ons_code,region,note", not "authority,code"',
    ]);
    expect(readRegister(`${HEADER}\nLeeds,383\n`, 'a.csv').problems[0]).toMatch(
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
  test('the real file: 193 rows, 78 authority-years, every authority in the register, none disagreeing', () => {
    const data = readArchiveData('content/letters');
    expect(data.reported).toHaveLength(193);
    expect(new Set(data.reported.map((r) => `${r.data.slug} ${r.data.year}`)).size).toBe(78);
  });

  test('bad rows fail with file:line: field: message, an unknown authority with a suggestion', () => {
    const csv = `${REPORTED_HEADER}
Leeds,2012,5,ftp://x.example/a,Title
Leds,2010,1,https://x.example/a,Twelve rated poor
Leeds,2010,1,https://x.example/b,
`;
    expect(readReportedGrades(csv, 'content/reported-grades.csv', register).problems).toMatchInlineSnapshot(`
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
    expect(readReportedGrades(csv, 'r.csv', register).problems).toMatchInlineSnapshot(`
      [
        "r.csv:3: grade: reports the outcome withheld for Leeds 2010, but line 2 reports grade 1 (performs poorly)",
        "r.csv:4: source_url: Leeds 2010 from this source is already on line 2",
      ]
    `);
  });
});

describe('letters against the register and the reported grades', () => {
  const letters = [CAMBRIDGESHIRE, NORTHAMPTONSHIRE].map((filePath) => ({
    filePath,
    data: frontmatter(filePath) as LetterData,
  }));
  const reported = (rows: string) =>
    readReportedGrades(`${REPORTED_HEADER}\n${rows}`, 'content/reported-grades.csv', register).records;

  test('the committed letters agree with the real register and reported grades', () => {
    const data = readArchiveData('content/letters');
    expect(registerProblems(letters, data.register, data.reported, data.reportedFile)).toEqual([]);
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
    expect(registerProblems([stray, far], register, [], 'r.csv')).toMatchInlineSnapshot(`
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
    expect(registerProblems(letters, register, rows, 'content/reported-grades.csv')).toMatchInlineSnapshot(`
      [
        "content/letters/cambridgeshire/2010.mdx: grade: the letter gives 2010 grade 3 (performs well), but content/reported-grades.csv:2 reports grade 1 (performs poorly) ("Twelve rated poor")",
        "content/letters/northamptonshire/2011.mdx: previous.grade: the letter states 2010 grade 2 (performs adequately), but content/reported-grades.csv:3 reports grade 4 (performs excellently) ("Excellent ratings double")",
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
