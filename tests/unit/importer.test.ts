import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { archiveFolders } from '../../src/lib/archive/archive-folders.ts';
import { frontmatterData } from '../../src/lib/archive/frontmatter.ts';
import { planImport } from '../../src/lib/import/import-letters.ts';
import type { ImportInput } from '../../src/lib/import/import-input.ts';
import { letterAdded } from '../../src/lib/import/mdx/letter-mdx.ts';
import { DATA_FILES, FOLDERS, scratchProject } from './scratch-project.ts';
import { formatProblem } from '../../src/lib/archive/problems.ts';

/** Two published letters, copied from the archive into a small archive of their own with their register rows. */
const PUBLISHED = 'tests/fixtures/published';
const LETTERS = `${PUBLISHED}/letters`;
const SOURCES = [
  `${PUBLISHED}/sources/cambridgeshire/2010.txt`,
  `${PUBLISHED}/sources/northamptonshire/2011.txt`,
];
const CAMBRIDGESHIRE = readFileSync(SOURCES[0]!, 'utf8');

const fromProject = (path: string) => (existsSync(path) ? readFileSync(path) : undefined);
/** The date a new letter records as joining the archive, in these tests. */
const TODAY = '2030-01-31';
/** The date the seed letters record, so a fresh import of them matches the committed files. */
const SEED_ADDED = letterAdded(readFileSync(`${LETTERS}/northamptonshire/2011.mdx`, 'utf8'))!;
const nothingYet = () => undefined;
const input = (path: string, text: string | Uint8Array): ImportInput => ({
  path,
  bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
});

/** Every published text in an archive: <sources>/<slug>/<year>.txt */
const sourcesIn = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => `${dir}/${name}`)
    .sort();

describe('the fixture letters are exactly what the importer writes', () => {
  test.each([
    ...[LETTERS, 'tests/fixtures/letters'].flatMap((lettersDir) =>
      sourcesIn(archiveFolders(lettersDir).sources).map((source) => [source, lettersDir]),
    ),
  ])('%s', (source, lettersDir) => {
    // Where the original came from is the letter's record, not the text's: re-read the
    // text with the provenance the letter holds (a PDF's SHA-256 is not its text's).
    const inSources = source.slice(archiveFolders(lettersDir).sources.length);
    const letterFile = `${lettersDir}${inSources.replace(/\.txt$/, '.mdx')}`;
    const frontmatter = frontmatterData(readFileSync(letterFile, 'utf8')) as {
      source: { url?: string; retrieved?: string; sha256: string };
    };
    const { url, retrieved, sha256 } = frontmatter.source;
    const origin = { ...(url ? { url } : {}), ...(retrieved ? { retrieved } : {}) };
    const plan = planImport([{ ...input(source, readFileSync(source)), origin, sha256 }], {
      existing: fromProject,
      lettersDir,
      added: TODAY,
    });
    expect(plan.errors).toEqual([]);
    const letter = plan.writes.find((w) => w.path.startsWith(lettersDir))!;
    expect(letter.content).toBe(readFileSync(letter.path, 'utf8'));
    expect(plan.writes.map((w) => w.status)).toEqual(['unchanged', 'unchanged']);
  });
});

/** The errors the importer reports for one letter text, as it prints them. */
const errorsFor = (text: string | Uint8Array) =>
  planImport([input('letter.txt', text)], {
    existing: nothingYet,
    lettersDir: LETTERS,
    added: TODAY,
  }).errors.map(formatProblem);

describe('bad input stops with file:line, the field and what is wrong', () => {
  test('grade words that disagree with the number', () => {
    expect(errorsFor(CAMBRIDGESHIRE.replace('Performs well (3)', 'Performs well (2)')))
      .toMatchInlineSnapshot(`
      [
        "letter.txt:31: grade: the words "Performs well" mean 3, but the number says 2 (Performs adequately)",
      ]
    `);
  });

  test('no grade line', () => {
    expect(errorsFor(CAMBRIDGESHIRE.replace(/Children's services assessment\tPerforms well \(3\)\n.*\n/, '')))
      .toMatchInlineSnapshot(`
      [
        "letter.txt:1: grade: no "Children's services assessment … Performs well (3)" line",
      ]
    `);
  });

  test('a grade outside 1 to 4', () => {
    expect(errorsFor(CAMBRIDGESHIRE.replace('Performs well (3)', 'Performs well (5)')))
      .toMatchInlineSnapshot(`
      [
        "letter.txt:31: grade: 5 is not on the four-point scale (1 to 4)",
      ]
    `);
  });

  test('no date', () => {
    expect(errorsFor(CAMBRIDGESHIRE.replace('9 December 2010\n', ''))).toMatchInlineSnapshot(`
      [
        "letter.txt:11: date: no date before the salutation (expected e.g. "9 December 2010")",
      ]
    `);
  });

  test('a date that cannot be read', () => {
    expect(errorsFor(CAMBRIDGESHIRE.replace('9 December 2010', '31 Decembre 2010'))).toMatchInlineSnapshot(`
      [
        "letter.txt:3: date: "31 Decembre 2010" is not a date that can be read (expected e.g. "9 December 2010")",
      ]
    `);
    expect(errorsFor(CAMBRIDGESHIRE.replace('9 December 2010', '30 February 2010'))).toMatchInlineSnapshot(`
      [
        "letter.txt:3: date: "30 February 2010" is not a date that can be read (expected e.g. "9 December 2010")",
      ]
    `);
  });

  test('no "<Authority> children\'s services assessment <year>" line', () => {
    expect(
      errorsFor(
        CAMBRIDGESHIRE.replace("Cambridgeshire County Council children's services assessment 2010\n", ''),
      ),
    ).toMatchInlineSnapshot(`
      [
        "letter.txt:1: authority, year: no "<Authority> children's services assessment <year>" line",
      ]
    `);
  });

  test('a year outside 2009 to 2011', () => {
    expect(
      errorsFor(
        CAMBRIDGESHIRE.replace("children's services assessment 2010", "children's services assessment 2015"),
      ),
    ).toMatchInlineSnapshot(`
      [
        "letter.txt:29: year: 2015 is not an assessment year (2009, 2010, 2011)",
      ]
    `);
  });

  test('an empty file', () => {
    expect(errorsFor('  \n\n')).toMatchInlineSnapshot(`
      [
        "letter.txt:1: text: the file is empty",
      ]
    `);
  });

  test('a binary file', () => {
    expect(errorsFor(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff]))).toMatchInlineSnapshot(`
      [
        "letter.txt:1: text: not a text file (it holds binary data)",
      ]
    `);
  });

  test('a letter that already exists with other content, unless forced', () => {
    const changed = CAMBRIDGESHIRE.replace('Dear Mr Loades', 'Dear Mr Loades,');
    const options = { existing: fromProject, lettersDir: LETTERS, added: TODAY };
    expect(planImport([input('new.txt', changed)], options).errors.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "new.txt:29: authority, year: tests/fixtures/published/letters/cambridgeshire/2010.mdx and tests/fixtures/published/sources/cambridgeshire/2010.txt already exist with other content (the text differs at line 12: "Dear Mr Loades" before, "Dear Mr Loades," now); use --force to replace them",
      ]
    `);
    const forced = planImport([input('new.txt', changed)], { ...options, force: true });
    expect(forced.errors).toEqual([]);
    expect(forced.writes.map((w) => `${w.status} ${w.path}`)).toEqual([
      `replaced ${LETTERS}/cambridgeshire/2010.mdx`,
      `replaced ${PUBLISHED}/sources/cambridgeshire/2010.txt`,
    ]);
  });

  test('a new letter records the day it joins the archive, and keeps it when imported again', () => {
    const first = planImport([input('new.txt', CAMBRIDGESHIRE)], { existing: nothingYet, added: TODAY });
    const letter = first.writes[0]!;
    expect(letter.content).toContain(`\nadded: ${TODAY}\n`);
    const again = planImport([input('new.txt', CAMBRIDGESHIRE)], {
      existing: (path) =>
        path === letter.path ? new TextEncoder().encode(letter.content as string) : undefined,
      added: '2031-05-05',
    });
    expect(again.writes.map((w) => `${w.status} ${w.path}`)[0]).toBe(`unchanged ${letter.path}`);
  });

  test('two inputs in one batch for the same authority and year: none is written', () => {
    const plan = planImport([input('a.txt', CAMBRIDGESHIRE), input('b.txt', CAMBRIDGESHIRE)], {
      existing: nothingYet,
      added: TODAY,
    });
    expect(plan.errors.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "a.txt:29: authority, year: Cambridgeshire County Council 2010 is also in b.txt; import one letter per authority and year",
        "b.txt:29: authority, year: Cambridgeshire County Council 2010 is also in a.txt; import one letter per authority and year",
      ]
    `);
    expect(plan.writes).toEqual([]);
  });
});

// Each test starts the command line two or three times: slow on a busy machine, so a longer limit.
describe('npm run import', { timeout: 90_000 }, () => {
  // The published letters as the importer wrote them into their own small archive; here
  // they go to the importer's default archive (FOLDERS) inside a scratch folder.
  const published = (path: string) =>
    readFileSync(`${LETTERS}/${path}`, 'utf8').replace(`${PUBLISHED}/`, `${FOLDERS.parent}/`);
  /** A file of the scratch project's archive: its letters or sources folder, and a path within. */
  const inScratch = (root: string, folder: 'letters' | 'sources', path: string) =>
    join(root, FOLDERS[folder], path);
  const run = (root: string, ...args: string[]) =>
    spawnSync(process.execPath, ['scripts/import.ts', '--root', root, '--added', SEED_ADDED, ...args], {
      encoding: 'utf8',
    });
  const filesUnder = (root: string) =>
    readdirSync(root, { recursive: true })
      .map(String)
      .filter((file) => file !== FOLDERS.parent && !DATA_FILES.includes(file))
      .sort();

  test('writes each letter and its source', () => {
    const root = scratchProject();
    const result = run(root, ...SOURCES);
    expect(result.status).toBe(0);
    expect(readFileSync(inScratch(root, 'letters', 'northamptonshire/2011.mdx'), 'utf8')).toBe(
      published('northamptonshire/2011.mdx'),
    );
    expect(readFileSync(inScratch(root, 'sources', 'cambridgeshire/2010.txt'))).toEqual(
      readFileSync(SOURCES[0]!),
    );
  });

  test('writes nothing at all when any input of a batch is bad', () => {
    const root = scratchProject();
    const bad = join(root, 'bad.txt');
    writeFileSync(bad, CAMBRIDGESHIRE.replace('Performs well (3)', 'Performs well (2)'));
    const result = run(root, SOURCES[1]!, bad);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${bad}:31: grade: the words "Performs well" mean 3, but the number says 2 (Performs adequately)`,
    );
    expect(result.stderr).toContain('Nothing written');
    expect(filesUnder(root)).toEqual(['bad.txt']);
  });

  test('--dry-run prints the letter and writes nothing', () => {
    const root = scratchProject();
    const result = run(root, '--dry-run', SOURCES[0]!);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`would write ${FOLDERS.letters}/cambridgeshire/2010.mdx`);
    expect(result.stdout).toContain('### Key areas for further development');
    expect(filesUnder(root)).toEqual([]);
  });

  test('refuses to replace a changed letter without --force', () => {
    const root = scratchProject();
    expect(run(root, SOURCES[0]!).status).toBe(0);
    const letter = inScratch(root, 'letters', 'cambridgeshire/2010.mdx');
    writeFileSync(letter, 'edited by hand\n');
    const refused = run(root, SOURCES[0]!);
    expect(refused.status).toBe(1);
    expect(readFileSync(letter, 'utf8')).toBe('edited by hand\n');
    expect(run(root, '--force', SOURCES[0]!).status).toBe(0);
    expect(readFileSync(letter, 'utf8')).toBe(published('cambridgeshire/2010.mdx'));
  });

  test('an --added that is not a date is refused before anything is read', () => {
    const result = run(tmpdir(), '--added', '2030-02-30', SOURCES[0]!);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--added: must be a calendar date written YYYY-MM-DD, not 2030-02-30');
  });

  test('with no files, prints how to use it', () => {
    const result = run(tmpdir());
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run import');
  });
});
