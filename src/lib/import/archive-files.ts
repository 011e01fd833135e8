/**
 * An archive's files read without Astro. Its data files are read from the letters
 * folder's parent: content/letters → content/authorities.csv, content/reported-grades.csv
 * and content/national-totals.json; a fixture or scratch archive X/letters →
 * X/authorities.csv. So LETTERS_DIR stays the one switch between archives.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { frontmatterData } from '../archive/frontmatter.ts';
import { letterSchema, type LetterData } from '../archive/letter-schema.ts';
import { registerOf, readRegister } from '../archive/register.ts';
import { readReportedGrades } from '../archive/reported-grades.ts';
import { lettersDirectory } from '../site/site-config.ts';

/** A data file of the archive whose letters are in `lettersDir`. */
export function archiveDataFile(
  name: 'authorities.csv' | 'reported-grades.csv' | 'national-totals.json',
  lettersDir = lettersDirectory(),
) {
  return posix.join(posix.dirname(lettersDir.replace(/\/+$/, '')), name);
}

function readFile(file: string, what: string): string {
  if (!existsSync(file))
    throw new Error(`${file}: missing: ${what} must sit beside the letters folder, in its parent folder`);
  return readFileSync(file, 'utf8');
}

/** The register and the reported grades, each row checked; `problems` lists every bad row. */
export function readArchiveData(lettersDir = lettersDirectory()) {
  const registerFile = archiveDataFile('authorities.csv', lettersDir);
  const reportedFile = archiveDataFile('reported-grades.csv', lettersDir);
  const authorities = readRegister(readFile(registerFile, 'the register of authorities'), registerFile);
  const register = registerOf(authorities.records);
  const reported = readReportedGrades(
    readFile(reportedFile, 'the grades reported from Ofsted’s announcements'),
    reportedFile,
    register,
  );
  return {
    registerFile,
    reportedFile,
    authorities: authorities.records,
    register,
    reported: reported.records,
    problems: [...authorities.problems, ...reported.problems],
  };
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
 * whatever the archive holds.
 */
export function archiveLetters(lettersDir = lettersDirectory()): ArchiveLetter[] {
  return readdirSync(lettersDir, { recursive: true })
    .map(String)
    .filter((name) => /^[^/]+\/\d{4}\.mdx$/.test(name))
    .sort()
    .map((name) => {
      const file = join(lettersDir, name);
      const data = letterSchema.parse(frontmatterData(readFileSync(file, 'utf8'), file));
      const slug = name.split('/')[0]!;
      return { path: `/authorities/${slug}/${data.year}/`, slug, source: data.source.path, data };
    });
}
