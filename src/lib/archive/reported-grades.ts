/**
 * Grades reported from Ofsted's annual announcements, one row per source in the archive's
 * reported-grades.csv: the evidence for a grade where the archive has no letter yet. A
 * row's authority must be in the register, and no row may disagree with another row, with
 * a letter's grade, or with a grade a later letter states.
 */
import { z } from 'astro/zod';
import { readCsv, type CsvRecord } from './csv-file.ts';
import { SCALE_WORDS, gradeWordsWithNumber, type Grade } from './grades.ts';
import type { LetterData } from './letter-schema.ts';
import type { Register } from './register.ts';
import { authoritySlug } from './slug.ts';
import { ASSESSMENT_YEARS, type AssessmentYear } from './years.ts';
import type { Problem } from './problems.ts';

export const REPORTED_COLUMNS = ['authority', 'year', 'grade', 'source_url', 'source_title'] as const;

/** An outcome Ofsted assessed but did not publish with that year's announcement: not a grade. */
export const WITHHELD = 'withheld';

/** How the site writes a withheld outcome: in words, never as a grade. */
export const WITHHELD_LABEL = 'Outcome withheld';

const text = z.string().trim().min(1, { error: 'must not be empty' });

/** One row of reported-grades.csv, as written, and the record it gives. */
export const reportedRowSchema = z
  .strictObject({
    /** The authority, as the register names it. */
    authority: text,
    /** The assessment year the grade is for. */
    year: z.enum(ASSESSMENT_YEARS.map(String) as [string, ...string[]], {
      error: `must be an assessment year: ${ASSESSMENT_YEARS.join(', ')}`,
    }),
    /** The grade, 1 to 4, or "withheld" where the outcome was not published that year. */
    grade: z.enum(['1', '2', '3', '4', WITHHELD], {
      error: `must be a grade on the four-point scale, ${SCALE_WORDS}, or "${WITHHELD}"`,
    }),
    /** Where it was reported. */
    source_url: z.url({ protocol: /^https?$/, error: 'must be a web address starting http:// or https://' }),
    /** That page's title. */
    source_title: text,
  })
  .transform((row) => ({
    authority: row.authority,
    slug: authoritySlug(row.authority),
    year: Number(row.year) as AssessmentYear,
    grade: (row.grade === WITHHELD ? WITHHELD : Number(row.grade)) as Grade | typeof WITHHELD,
    source: { url: row.source_url, title: row.source_title },
  }));

export type ReportedGrade = z.output<typeof reportedRowSchema>;
/** A page that reported a grade. */
export type ReportSource = ReportedGrade['source'];

const words = (grade: Grade | typeof WITHHELD) =>
  grade === WITHHELD ? 'the outcome withheld' : gradeWordsWithNumber(grade);

/**
 * Reads reported-grades.csv: every row checked, its authority in the register, no source
 * listed twice for one authority and year, and no two rows disagreeing.
 */
export function readReportedGrades(csv: string, file: string, register: Register) {
  const read = readCsv(csv, file, REPORTED_COLUMNS, reportedRowSchema);
  const first = new Map<string, CsvRecord<ReportedGrade>>();
  const seenSource = new Map<string, number>();
  for (const record of read.records) {
    const { line, data } = record;
    if (!register.find(data.authority)) {
      read.problems.push({ file, line, ...register.unknown(data.authority) });
      continue;
    }
    const key = `${data.slug} ${data.year}`;
    const sourceKey = `${key} ${data.source.url}`;
    const sameSource = seenSource.get(sourceKey);
    if (sameSource) {
      read.problems.push({
        file,
        line,
        field: 'source_url',
        message: `${data.authority} ${data.year} from this source is already on line ${sameSource}`,
      });
    } else seenSource.set(sourceKey, line);
    const earlier = first.get(key);
    if (!earlier) first.set(key, record);
    else if (earlier.data.grade !== data.grade) {
      read.problems.push({
        file,
        line,
        field: 'grade',
        message: `reports ${words(data.grade)} for ${data.authority} ${data.year}, but line ${earlier.line} reports ${words(earlier.data.grade)}`,
      });
    }
  }
  return read;
}

/** The part of a letter the cross-checks read. */
export interface LetterGrades {
  filePath: string;
  data: Pick<LetterData, 'authority' | 'year' | 'grade' | 'previous'>;
}

/**
 * Letters against the register and the reported grades: an authority not in the register,
 * and a reported grade that disagrees with the letter's grade or with the grade a later
 * letter states, each name the letter's file and field (and the row's file and line).
 */
export function registerProblems(
  letters: readonly LetterGrades[],
  register: Register,
  reported: readonly CsvRecord<ReportedGrade>[],
  reportedFile: string,
): Problem[] {
  const problems: Problem[] = [];
  const check = (letter: LetterGrades, field: string, year: number, grade: Grade, says: string) => {
    const slug = authoritySlug(letter.data.authority);
    const row = reported.find(
      (r) => r.data.slug === slug && r.data.year === year && r.data.grade !== WITHHELD,
    );
    if (row && row.data.grade !== grade) {
      problems.push({
        file: letter.filePath,
        field,
        message: `the letter ${says} ${words(grade)} for ${year}, but ${reportedFile}:${row.line} reports ${words(row.data.grade)} ("${row.data.source.title}")`,
      });
    }
  };
  for (const letter of letters) {
    if (!register.find(letter.data.authority)) {
      problems.push({ file: letter.filePath, ...register.unknown(letter.data.authority) });
      continue;
    }
    check(letter, 'grade', letter.data.year, letter.data.grade, 'gives');
    const previous = letter.data.previous;
    if (previous) check(letter, 'previous.grade', previous.year, previous.grade, 'states');
  }
  return problems;
}
