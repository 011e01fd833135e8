/**
 * An archive's files read without Astro: its letters, its register, the grades reported
 * from Ofsted's announcements and Ofsted's national totals, each read and checked here
 * and nowhere else (the content loader reads the data files through this module too).
 * Where they are comes from archiveFolders: the data files in the letters folder's
 * parent, so LETTERS_DIR stays the one switch between archives.
 *
 * It lives with the build because the build is what reads an archive: the content loader,
 * and the import and grow-archive commands and the tests, which check letters as the
 * build would. The importer's library (src/lib/import) never needs it: it plans writes
 * from what it is given.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { failOnProblems, type ArchiveContents, type ArchiveLetterFile } from '../archive/archive-checks.ts';
import { archiveFolders, lettersDirectory, type ArchiveDataFileName } from '../archive/archive-folders.ts';
import { splitFrontmatter } from '../archive/frontmatter.ts';
import { issueProblems, letterSchema, type LetterData } from '../archive/letter-schema.ts';
import { readNationalTotals } from '../archive/national-totals.ts';
import { registerOf, readRegister } from '../archive/register.ts';
import { readReportedGrades } from '../archive/reported-grades.ts';
import { NEIGHBOUR_COLUMNS, readStatisticalNeighbours } from '../archive/statistical-neighbours.ts';
import type { Problem } from '../archive/problems.ts';

/** An empty statistical-neighbours.csv: what an archive without one reads as. */
const NEIGHBOUR_HEADER = `${NEIGHBOUR_COLUMNS.join(',')}\n`;

/** A data file of the archive whose letters are in `lettersDir`. */
export function archiveDataFile(name: ArchiveDataFileName, lettersDir = lettersDirectory()) {
  return archiveFolders(lettersDir).dataFile(name);
}

const WHAT: Record<ArchiveDataFileName, string> = {
  'authorities.csv': 'the register of authorities',
  'reported-grades.csv': 'the grades reported from Ofsted’s announcements',
  'national-totals.json': 'Ofsted’s national totals',
  'statistical-neighbours.csv': 'DfE’s statistical neighbours',
};

/** Thrown for a data file that is not there: the message is one line, naming it. */
export class MissingArchiveFile extends Error {}

/**
 * The register, the reported grades, the national totals and the statistical neighbours,
 * each row checked; `problems` lists every bad row. Paths are named as given (relative to
 * the project); `root` is the project folder they are read from. A file that is missing
 * throws MissingArchiveFile, naming it, except the statistical neighbours: an archive
 * without them (a scratch or benchmark archive) shows none.
 */
export function readArchiveData(lettersDir = lettersDirectory(), root = '.') {
  const read = (name: ArchiveDataFileName, optional = false) => {
    const file = archiveDataFile(name, lettersDir);
    if (optional && !existsSync(resolve(root, file))) return { file, text: NEIGHBOUR_HEADER };
    if (!existsSync(resolve(root, file)))
      throw new MissingArchiveFile(
        `${file}: missing: ${WHAT[name]} must sit beside the letters folder, in its parent folder`,
      );
    return { file, text: readFileSync(resolve(root, file), 'utf8') };
  };
  const registerFile = read('authorities.csv');
  const reportedFile = read('reported-grades.csv');
  const totalsFile = read('national-totals.json');
  const neighboursFile = read('statistical-neighbours.csv', true);
  const authorities = readRegister(registerFile.text, registerFile.file);
  const register = registerOf(authorities.records);
  const reported = readReportedGrades(reportedFile.text, reportedFile.file, register);
  const totals = readNationalTotals(totalsFile.text, totalsFile.file);
  const neighbours = readStatisticalNeighbours(neighboursFile.text, neighboursFile.file, register);
  return {
    registerFile: registerFile.file,
    reportedFile: reportedFile.file,
    totalsFile: totalsFile.file,
    authorities: authorities.records,
    register,
    reported: reported.records,
    totals: totals.records,
    neighbours: neighbours.records,
    problems: [...authorities.problems, ...reported.problems, ...totals.problems, ...neighbours.problems],
  };
}

export type ArchiveData = ReturnType<typeof readArchiveData>;

/**
 * Every letter file of an archive (<letters>/<slug>/<year>.mdx), A to Z by slug, then by
 * year, its frontmatter checked by the letters' schema; `problems` lists each file that
 * fails, naming the field, as the build does.
 */
export function readLetterFiles(lettersDir = lettersDirectory(), root = '.') {
  const { letters } = archiveFolders(lettersDir);
  const read = { letters: [] as ArchiveLetterFile[], problems: [] as Problem[] };
  if (!existsSync(resolve(root, letters))) return read;
  const names = readdirSync(resolve(root, letters), { recursive: true })
    .map((name) => String(name).replaceAll('\\', '/'))
    .filter((name) => /^[^/]+\/[^/]+\.mdx$/.test(name))
    .sort();
  for (const name of names) {
    const filePath = `${letters}/${name}`;
    const frontmatter = splitFrontmatter(readFileSync(resolve(root, filePath), 'utf8'))?.frontmatter;
    let yaml: unknown;
    try {
      yaml = frontmatter === undefined ? undefined : parseYaml(frontmatter);
    } catch (error) {
      const message = `not valid YAML (${(error as Error).message.split('\n')[0]})`;
      read.problems.push({ file: filePath, field: 'frontmatter', message });
      continue;
    }
    if (yaml === undefined) {
      const message = 'none (a letter starts with its frontmatter between --- lines)';
      read.problems.push({ file: filePath, field: 'frontmatter', message });
      continue;
    }
    const checked = letterSchema.safeParse(yaml);
    if (checked.success) read.letters.push({ filePath, data: checked.data });
    else read.problems.push(...issueProblems(checked.error).map((issue) => ({ file: filePath, ...issue })));
  }
  return read;
}

/**
 * The whole archive as the checks read it: letters and data files, with every problem
 * found reading them (a bad row; a letter whose frontmatter fails the schema). What the
 * importer checks an import against.
 */
export function readArchive(lettersDir = lettersDirectory(), root = '.') {
  const data = readArchiveData(lettersDir, root);
  const letters = readLetterFiles(lettersDir, root);
  const contents: ArchiveContents = {
    letters: letters.letters,
    register: data.register,
    reported: data.reported,
    reportedFile: data.reportedFile,
    totals: data.totals.map((record) => record.data),
    totalsFile: data.totalsFile,
  };
  /** `problems`: the data files' (nothing sound to check letters against); `letterProblems`: letters' own. */
  return { contents, data, problems: data.problems, letterProblems: letters.problems };
}

export interface ArchiveLetter {
  /** The letter page: /authorities/<slug>/<year>/ */
  path: string;
  slug: string;
  /** Its published text, as the frontmatter names it. */
  source: string;
  data: LetterData;
}

/**
 * Every letter of the archive the site was built from (LETTERS_DIR, or content/letters),
 * A to Z by slug, then by year, read without Astro: for scripts, and for tests that hold
 * whatever the archive holds. Throws on a letter that fails its schema.
 */
export function archiveLetters(lettersDir = lettersDirectory()): ArchiveLetter[] {
  const read = readLetterFiles(lettersDir);
  failOnProblems(read.problems, 'Letters failed their checks');
  return read.letters.map(({ filePath, data }) => {
    const slug = filePath.split('/').at(-2)!;
    return { path: `/authorities/${slug}/${data.year}/`, slug, source: data.source.path, data };
  });
}
