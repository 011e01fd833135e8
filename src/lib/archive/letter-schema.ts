/**
 * The one schema of a letter's frontmatter. The content collection validates every
 * letter with it, and the importer validates what it is about to write with the very
 * same schema, so the two can never disagree.
 */
import { z } from 'astro/zod';
import { SCALE_WORDS, isGrade, type Grade } from './grades.ts';
import { ASSESSMENT_YEARS, isAssessmentYear, type AssessmentYear } from './years.ts';
import type { FieldProblem } from './problems.ts';

/** A missing field says so, rather than "expected string, received undefined". */
const orRequired = (message?: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required' : message;

export const gradeSchema = z.custom<Grade>(isGrade, {
  error: orRequired(`must be a whole number on the four-point scale: ${SCALE_WORDS}`),
});

export const yearSchema = z.custom<AssessmentYear>(isAssessmentYear, {
  error: orRequired(`must be an assessment year: ${ASSESSMENT_YEARS.join(', ')}`),
});

const ISO_DATE = z.iso.date();

/** True when `value` is a real calendar date written YYYY-MM-DD (zod's ISO date: 2010-02-30 is not). */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.safeParse(value).success;
}

/** YAML reads an unquoted 2010-12-09 as a Date; keep the day, drop the time zone. */
const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: orRequired() })
    .refine(isIsoDate, { error: 'must be a calendar date written YYYY-MM-DD' }),
);

const line = z.string({ error: orRequired() }).trim().min(1, { error: 'must not be empty' });

/** Where a letter's text comes from, and what is known of the original it was read from. */
export const sourceSchema = z.strictObject(
  {
    /** The published text this letter was made from: content/sources/<slug>/<year>.txt */
    path: z.string().regex(/^(?:[\w.-]+\/)*sources\/[a-z0-9-]+\/\d{4}\.txt$/, {
      error: 'must be content/sources/<authority-slug>/<year>.txt',
    }),
    /** The original's address on the web (Ofsted's PDF), where known. */
    url: z.url({ protocol: /^https?$/, error: 'must be an http or https address' }).optional(),
    /** The day the original was downloaded from `url`, YYYY-MM-DD, where known. */
    retrieved: isoDateSchema.optional(),
    /** SHA-256 of the file imported (the PDF, or the text file), in hex: the exact original. */
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, { error: 'must be 64 lower-case hex digits' })
      .optional(),
  },
  { error: orRequired() },
);

export const letterSchema = z
  .strictObject({
    /** The authority's name as the letter gives it, e.g. "Cambridgeshire County Council". */
    authority: line,
    /** The assessment year; the annual assessment ran in 2009, 2010 and 2011 only. */
    year: yearSchema,
    /** The grade on the four-point scale: 4 performs excellently … 1 performs poorly. */
    grade: gradeSchema,
    /** The date printed on the letter, YYYY-MM-DD. */
    date: isoDateSchema,
    /** The date the letter was added to this archive, YYYY-MM-DD: the importer records it, the feed is dated by it. */
    added: isoDateSchema,
    /** The letterhead's lines (Ofsted's address and contacts), where the letter has them. */
    sender: z.array(line).min(1).optional(),
    /** Who the letter is addressed to. */
    recipient: z.strictObject(
      {
        /** The addressee as written, with title: "Mr Adrian Loades". */
        name: line,
        /** The addressee's post: "Executive Director, Children and Young People's Services". */
        role: line,
        /** The postal address, one line each. */
        address: z.array(line, { error: orRequired() }).min(1, { error: 'needs at least one line' }),
      },
      { error: orRequired() },
    ),
    /** Who signed the letter. */
    signatory: z.strictObject(
      {
        /** The signatory's name: "Juliet Winstanley". */
        name: line,
        /** The signatory's post: "Divisional Manager, Children's Services Assessment". */
        role: line,
        /**
         * The letter is signed by hand: a picture in the original, not words. The page
         * shows a labelled placeholder; search and the open data leave it out.
         */
        signatureImage: z.literal(true).optional(),
      },
      { error: orRequired() },
    ),
    /** The previous year's grade, only where this letter itself states it. */
    previous: z
      .strictObject({
        /** The year the statement refers to: always this letter's year − 1. */
        year: yearSchema,
        /** The grade the letter says the authority had that year. */
        grade: gradeSchema,
        /** The letter's own sentence that states it, quoted word for word. */
        evidence: line,
      })
      .optional(),
    /** Where the letter's text comes from. */
    source: sourceSchema,
  })
  .superRefine((letter, ctx) => {
    if (letter.previous && letter.previous.year !== letter.year - 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['previous', 'year'],
        message: `must be the year before the letter's year (${letter.year - 1}), not ${letter.previous.year}`,
      });
    }
    if (Number(letter.date.slice(0, 4)) < letter.year) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `${letter.date} is before the assessment year ${letter.year}`,
      });
    }
  });

/** Frontmatter as written in a letter's file. */
export type LetterInput = z.input<typeof letterSchema>;
/** Frontmatter after validation. */
export type LetterData = z.output<typeof letterSchema>;

/** One problem per issue, each naming its field ("previous.year"). */
export function issueProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.join('.') : '(frontmatter)',
    message: issue.message,
  }));
}
