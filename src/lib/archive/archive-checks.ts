/**
 * Every check that needs the whole archive at once: each letter's file and folder, any
 * authority and year held twice, a letter's statement of the year before against that
 * year's letter, every letter's authority in the register (with "did you mean …"), the
 * reported grades against the letters, and the counts (of each grade, and of authorities
 * that improved or declined) against Ofsted's national totals and announced movements.
 * One function, run by the content loader on every build and by the importer on the
 * archive as it would be after an import, so the importer refuses what the build would,
 * first and in the same words.
 */
import { buildArchive } from './build-archive.ts';
import type { CsvRecord } from './csv-file.ts';
import { archiveProblems } from './letter-checks.ts';
import type { LetterData } from './letter-schema.ts';
import type { NationalTotals } from './national-totals.ts';
import type { Register } from './register.ts';
import { registerProblems, type ReportedGrade } from './reported-grades.ts';
import { movementProblems } from './movements.ts';
import { nationalTotalProblems } from './year-summary.ts';
import { formatProblem, type Problem } from './problems.ts';

/** A letter as the checks see it: its file (relative to the project) and its checked frontmatter. */
export interface ArchiveLetterFile {
  filePath: string;
  data: LetterData;
}

/** An archive's letters and data files, each already read and checked on its own. */
export interface ArchiveContents {
  letters: readonly ArchiveLetterFile[];
  register: Register;
  reported: readonly CsvRecord<ReportedGrade>[];
  reportedFile: string;
  totals: readonly NationalTotals[];
  totalsFile: string;
}

/** The heading the build fails with, above the problems, one a line. */
export const ARCHIVE_CHECKS_FAILED = 'The archive failed its checks';

/**
 * Every problem across the archive's files, each naming the file and field;
 * [] when the archive holds together. The counts are checked against the national totals
 * only once every letter is in place: a letter refused for its own sake is not counted.
 */
export function archiveCheck(archive: ArchiveContents): Problem[] {
  const letterProblems = [
    ...archiveProblems(archive.letters),
    ...registerProblems(archive.letters, archive.register, archive.reported, archive.reportedFile),
  ];
  if (letterProblems.length) return letterProblems;
  const { years, national, authorities } = buildArchive(
    archive.letters.map((letter) => ({ id: letter.filePath, data: letter.data })),
    archive.totals,
    { register: archive.register, reported: archive.reported.map((record) => record.data) },
  );
  return [
    ...nationalTotalProblems(years, national, archive.totalsFile),
    ...movementProblems(authorities, national, archive.totalsFile),
  ];
}

/** Throws the build's error when there are problems: `what` failed, then one problem a line. */
export function failOnProblems(problems: readonly Problem[], what = ARCHIVE_CHECKS_FAILED): void {
  if (problems.length) throw new Error(`${what}:\n${problems.map(formatProblem).join('\n')}`);
}
