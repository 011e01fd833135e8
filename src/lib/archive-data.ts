/**
 * The archive's data files, read from the letters folder's parent: content/letters →
 * content/authorities.csv and content/reported-grades.csv; a fixture or scratch archive
 * X/letters → X/authorities.csv. So LETTERS_DIR stays the one switch between archives.
 */
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { registerOf, readRegister } from './register.ts';
import { readReportedGrades } from './reported-grades.ts';
import { lettersDirectory } from './site-config.ts';

/** A data file of the archive whose letters are in `lettersDir`. */
export function archiveDataFile(
  name: 'authorities.csv' | 'reported-grades.csv',
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
