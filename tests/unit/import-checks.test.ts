/**
 * The importer refuses what the build refuses, first, through the same function
 * (archiveCheck) and in the same words, before writing anything; --drafts; a refused
 * re-import says what differs. On copies of the fixture archive, never content/.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { archiveCheck } from '../../src/lib/archive/archive-checks.ts';
import { archiveFolders } from '../../src/lib/archive/archive-folders.ts';
import { readNationalTotals } from '../../src/lib/archive/national-totals.ts';
import { readArchive } from '../../src/lib/site/archive-files.ts';
import { planImport } from '../../src/lib/import/import-letters.ts';
import { letterPdf } from '../../scripts/letter-pdf.ts';
import { formatProblem } from '../../src/lib/archive/problems.ts';
import { archiveWithout } from './letters.ts';

const FIXTURES = 'tests/fixtures';
const LETTERS = `${FIXTURES}/letters`;
const FERNLEIGH_2010 = readFileSync(`${FIXTURES}/sources/fernleigh/2010.txt`, 'utf8');
/** Fernleigh's 2010 letter with its authority misspelt throughout: not in the register. */
const MISSPELT = FERNLEIGH_2010.replaceAll('Fernleigh City Council', 'Fernligh City Council');
/** The words the build gives for it (tests/e2e/build/build-failures.e2e.ts holds the build to them). */
const UNKNOWN = 'authority: "Fernligh City Council" is not a known authority (did you mean "Fernleigh"?)';

/** A scratch project holding a copy of the fixture archive at its usual place. */
function fixtureProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'import-checks-'));
  for (const name of ['letters', 'sources', 'authorities.csv', 'reported-grades.csv', 'national-totals.json'])
    cpSync(join(FIXTURES, name), join(root, FIXTURES, name), { recursive: true });
  return root;
}

/** Every file under a folder, with its bytes: what must not change when an import is refused. */
const snapshotOf = (root: string) =>
  Object.fromEntries(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((file) => [file, readFileSync(file, 'utf8')]),
  );

const runImport = (root: string, ...args: string[]) =>
  spawnSync(
    process.execPath,
    ['scripts/import.ts', '--root', root, '--letters-dir', LETTERS, '--added', '2030-01-31', ...args],
    { encoding: 'utf8', env: { ...process.env, CI: '1' } },
  );

describe('archiveCheck: the one check of the whole archive', () => {
  test('the fixture archive passes', () => {
    const archive = readArchive(LETTERS);
    expect([...archive.problems, ...archive.letterProblems]).toEqual([]);
    expect(archiveCheck(archive.contents)).toEqual([]);
  });

  test('an authority not in the register, with "did you mean"', () => {
    const { contents } = readArchive(LETTERS);
    const letter = contents.letters.find((l) => l.filePath.endsWith('fernleigh/2010.mdx'))!;
    const problems = archiveCheck({
      ...contents,
      letters: [
        ...contents.letters.filter((l) => l !== letter),
        { ...letter, data: { ...letter.data, authority: 'Fernligh City Council' } },
      ],
    });
    expect(problems.map(formatProblem)).toContain(`${letter.filePath}: ${UNKNOWN}`);
  });

  test('more authorities known at a grade than Ofsted counted: every one named with its evidence', () => {
    const { contents } = readArchive(LETTERS);
    const known = (year: number, grade: number) =>
      contents.letters.filter((l) => l.data.year === year && l.data.grade === grade).length;
    const totals = contents.totals.map((t) =>
      t.year === 2011
        ? {
            ...t,
            grades: { ...t.grades, 3: known(2011, 3) - 1, 2: t.grades[2] + t.grades[3] - known(2011, 3) + 1 },
          }
        : t,
    );
    const problems = archiveCheck({ ...contents, totals }).map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(
        `^${contents.totalsFile}: 2011: grades\\.3: Ofsted's national total for "performs well" is ${known(2011, 3) - 1}, but the archive knows \\d+: .*Brackenmoor \\(from the letter\\)`,
      ),
    );
  });

  test('a reported grade that disagrees with a letter names both', () => {
    const { contents } = readArchive(LETTERS);
    const reported = contents.reported.map((r) =>
      r.data.slug === 'brackenmoor' && r.data.year === 2011
        ? { ...r, data: { ...r.data, grade: 1 as const } }
        : r,
    );
    expect(
      archiveCheck({ ...contents, reported })
        .map(formatProblem)
        .join('\n'),
    ).toMatch(
      /brackenmoor\/2011\.mdx: grade: the letter gives performs well \(3 of 4\) for 2011, but .*reported-grades\.csv:\d+ reports performs poorly \(1 of 4\)/,
    );
  });
});

describe('the sibling folders are named in one place', () => {
  test('sources beside letters, data files in their parent, whatever the letters folder is called', () => {
    expect(archiveFolders('content/letters/')).toMatchObject({
      letters: 'content/letters',
      sources: 'content/sources',
      parent: 'content',
    });
    expect(archiveFolders('x/archive-2010').sources).toBe('x/sources');
    expect(archiveFolders('letters').dataFile('authorities.csv')).toBe('authorities.csv');
    expect(() => archiveFolders('x/sources')).toThrow(/cannot be named "sources"/);
  });
});

describe('the importer refuses what the build refuses, before writing anything', { timeout: 120_000 }, () => {
  test('planImport: a letter that would break the national totals is refused in the build’s words', () => {
    const archive = readArchive(LETTERS);
    const tight = archive.contents.totals.map((t) =>
      t.year === 2010 ? { ...t, grades: { ...t.grades, 3: 0, 2: t.grades[2] + t.grades[3] } } : t,
    );
    const plan = planImport([{ path: 'in.txt', bytes: new TextEncoder().encode(FERNLEIGH_2010) }], {
      existing: () => undefined,
      lettersDir: LETTERS,
      added: '2030-01-31',
      // The archive without Fernleigh's letters (its 2011 letter states 2010's grade).
      archive: archiveWithout(archive, 'fernleigh', { totals: tight }),
    });
    expect(plan.writes).toEqual([]);
    expect(plan.files[0]!.status).toBe('refused');
    expect(plan.errors.map(formatProblem).join('\n')).toContain(
      `${archive.contents.totalsFile}: 2010: grades.3: Ofsted's national total for "performs well" is 0, but the archive knows 1: Fernleigh (from the letter)`,
    );
  });

  test.each([
    ['', []],
    ['(--dry-run)', ['--dry-run']],
  ])('an unknown authority: exit status 1, the build’s message, nothing written %s', (_, flags) => {
    const root = fixtureProject();
    const input = join(root, 'fernligh.txt');
    writeFileSync(input, MISSPELT);
    const before = snapshotOf(root);
    const result = runImport(root, ...flags, input);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${input}:${MISSPELT.split('\n').indexOf("Fernligh City Council children's services assessment 2010") + 1}: ${UNKNOWN}`,
    );
    expect(result.stdout).not.toMatch(/would write|^write /m);
    expect(snapshotOf(root)).toEqual(before);
  });

  test('--drafts writes the text read from a refused PDF; corrected, it imports as a text', async () => {
    const root = fixtureProject();
    const pdf = join(root, 'inbox', 'fernleigh-2010.pdf');
    mkdirSync(join(root, 'inbox'));
    writeFileSync(pdf, await letterPdf(MISSPELT));
    rmLetter(root, 'fernleigh/2010');
    const drafts = join(root, 'drafts');
    const refused = runImport(root, '--drafts', drafts, pdf);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(UNKNOWN);
    const draft = join(drafts, 'fernleigh-2010.txt');
    expect(readFileSync(draft, 'utf8')).toContain(
      "Fernligh City Council children's services assessment 2010",
    );
    expect(existsSync(join(root, LETTERS, 'fernleigh/2010.mdx'))).toBe(false);
    // Corrected by the maintainer, the draft imports as a text.
    writeFileSync(
      draft,
      readFileSync(draft, 'utf8').replaceAll('Fernligh City Council', 'Fernleigh City Council'),
    );
    const imported = runImport(root, draft);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(readFileSync(join(root, LETTERS, 'fernleigh/2010.mdx'), 'utf8')).toContain('grade: 3\n');
    // A second run with --drafts keeps the maintainer's corrected draft.
    const again = runImport(root, '--drafts', drafts, pdf);
    expect(again.stderr).toContain(`draft: kept ${draft}`);
    expect(readFileSync(draft, 'utf8')).not.toContain('Fernligh');
  });

  test('--drafts inside the archive is refused in one line, before anything is read', () => {
    const root = fixtureProject();
    const before = snapshotOf(root);
    for (const folder of [LETTERS, `${FIXTURES}/sources/new`, FIXTURES]) {
      const result = runImport(
        root,
        '--drafts',
        join(root, folder),
        `${FIXTURES}/sources/fernleigh/2010.txt`,
      );
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^import: --drafts: .* is inside the archive/);
    }
    expect(snapshotOf(root)).toEqual(before);
  });

  test('a refused re-import says what differs: the same text, read from a PDF before, a text now', async () => {
    const root = fixtureProject();
    rmLetter(root, 'fernleigh/2010');
    const pdf = join(root, 'fernleigh.pdf');
    writeFileSync(pdf, await letterPdf(FERNLEIGH_2010));
    expect(runImport(root, pdf).status).toBe(0);
    const text = join(root, 'fernleigh.txt');
    writeFileSync(text, readFileSync(join(root, FIXTURES, 'sources/fernleigh/2010.txt')));
    const result = runImport(root, text);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      '(the text is the same; only the source changed (a PDF before, a text now))',
    );
    // A different text names the first line that differs.
    writeFileSync(text, FERNLEIGH_2010.replace('continue to perform well.', 'continue to perform well!'));
    expect(runImport(root, text).stderr).toMatch(/the text differs at line \d+: ".*" before, ".*" now/);
  });
});

function rmLetter(root: string, letter: string) {
  rmSync(join(root, LETTERS, `${letter}.mdx`));
  rmSync(join(root, FIXTURES, 'sources', `${letter}.txt`));
}

describe('national-totals.json is read and checked in one place', () => {
  const fixture = JSON.parse(readFileSync(`${FIXTURES}/national-totals.json`, 'utf8')) as Array<
    Record<string, unknown> & { year: number; grades: Record<string, number> }
  >;
  test('the fixture file reads whole', () => {
    const read = readNationalTotals(JSON.stringify(fixture), 'n.json');
    expect(read.problems).toEqual([]);
    expect(read.records.map((record) => record.data.year)).toEqual([2009, 2010, 2011]);
  });

  test('each problem is one line naming the file, the year and the field', () => {
    expect(readNationalTotals('{ not json', 'n.json').problems.map(formatProblem)[0]).toMatch(
      /^n\.json: not valid JSON \(/,
    );
    const [y2009, y2010] = fixture;
    const wrong = { ...y2010!, grades: { ...y2010!.grades, 4: y2010!.grades[4]! + 1 } };
    expect(
      readNationalTotals(JSON.stringify([y2009, wrong, y2009]), 'n.json').problems.map(formatProblem),
    ).toEqual([
      'n.json: 2010: grades: the counts by grade and those not published must add up to authorities',
      'n.json: 2009: year: 2009 is listed twice',
    ]);
    expect(readNationalTotals(JSON.stringify([y2009]), 'n.json').problems.map(formatProblem)).toEqual([
      'n.json: 2010: missing: no national totals for 2010',
      'n.json: 2011: missing: no national totals for 2011',
    ]);
  });
});
