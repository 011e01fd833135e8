/**
 * Problems are records (file, line or page, field, message), turned into one line only at
 * the edges. The importer tells a problem the build finds in the letter it would write
 * against the input it reads, by the record's fields, never by parsing a line back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fieldRoot, formatProblem } from '../../src/lib/archive/problems.ts';
import { planImport } from '../../src/lib/import/import-letters.ts';
import { parseLetterText } from '../../src/lib/import/text/letter-text.ts';
import { readArchive } from '../../src/lib/site/archive-files.ts';
import { archiveWithout } from './letters.ts';

const LETTERS = 'tests/fixtures/letters';

describe('formatProblem gives the one line a maintainer reads', () => {
  test.each([
    [{ file: 'a.csv', line: 4, field: 'grade', message: 'must be 1 to 4' }, 'a.csv:4: grade: must be 1 to 4'],
    [{ file: 'n.json', entry: '2010', field: 'grades.3', message: 'is 0' }, 'n.json: 2010: grades.3: is 0'],
    [{ file: 'n.json', message: 'not valid JSON' }, 'n.json: not valid JSON'],
    // A PDF's page and line are in its message: "letter.pdf:14" would send an editor to a line a PDF has not.
    [
      { file: 'l.pdf', page: 2, line: 14, field: 'pdf', message: 'at page 2, line 14' },
      'l.pdf: pdf: at page 2, line 14',
    ],
  ])('%o', (problem, line) => {
    expect(formatProblem(problem)).toBe(line);
  });

  test.each([
    ['previous.grade', 'previous'],
    ['authority, year', 'authority'],
    ['grade', 'grade'],
    [undefined, undefined],
  ])('the root of the field %s is %s', (field, root) => {
    expect(fieldRoot(field)).toBe(root);
  });
});

describe('the importer places a problem the build finds by its fields', () => {
  const archive = readArchive(LETTERS);
  const source = readFileSync('tests/fixtures/sources/fernleigh/2010.txt', 'utf8');
  // Any name the register lacks: the build's check names the letter's file and its field.
  const names = ['Fernligh City Council', 'Zzyzx Borough Council', 'Fernleigh, City of (Council)'];

  test.each(names)(
    'an authority the register lacks (%s) is told at the input line it was read from',
    (name) => {
      const text = source.replaceAll('Fernleigh City Council', name);
      const lines = parseLetterText(text, { lettersDir: LETTERS }).lines;
      const plan = planImport([{ path: 'in.txt', bytes: new TextEncoder().encode(text) }], {
        existing: () => undefined,
        lettersDir: LETTERS,
        added: '2030-01-31',
        archive: archiveWithout(archive, 'fernleigh'),
      });
      expect(plan.writes).toEqual([]);
      expect(plan.errors).toHaveLength(1);
      expect(plan.errors[0]).toMatchObject({ file: 'in.txt', line: lines.authority, field: 'authority' });
      expect(plan.errors[0]!.message).toContain(`"${name}" is not a known authority`);
    },
  );
});
