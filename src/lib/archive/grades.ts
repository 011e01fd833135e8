/**
 * The four-point scale of the annual children's services assessment, as every letter
 * prints it. It is the only place a grade's words are written: the schema's allowed
 * values and every label on the site come from here.
 *
 * Beware: on Ofsted's school scale 1 means outstanding; on this scale 1 means performs
 * poorly. So a grade is never shown as a bare number.
 */
export const GRADE_SCALE = [
  {
    grade: 4,
    label: 'Performs excellently',
    description: 'An organisation that significantly exceeds minimum requirements',
  },
  {
    grade: 3,
    label: 'Performs well',
    description: 'An organisation that exceeds minimum requirements',
  },
  {
    grade: 2,
    label: 'Performs adequately',
    description: 'An organisation that meets only minimum requirements',
  },
  {
    grade: 1,
    label: 'Performs poorly',
    description: 'An organisation that does not meet minimum requirements',
  },
] as const;

export type GradeStep = (typeof GRADE_SCALE)[number];
export type Grade = GradeStep['grade'];
export type GradeLabel = GradeStep['label'];

export const GRADES: readonly Grade[] = GRADE_SCALE.map((step) => step.grade);

export function isGrade(value: unknown): value is Grade {
  return typeof value === 'number' && (GRADES as readonly number[]).includes(value);
}

export function gradeStep(grade: Grade): GradeStep {
  const step = GRADE_SCALE.find((s) => s.grade === grade);
  if (!step) throw new RangeError(`No grade ${grade} on the four-point scale`);
  return step;
}

// The two ways the site writes a grade; lower-case them mid-sentence, never respell them.

/** "Performs well" */
export function gradeLabel(grade: Grade): GradeLabel {
  return gradeStep(grade).label;
}

/**
 * "Performs well (3 of 4)": words first, then the number with the scale it is on, so it
 * cannot be read as a school grade (where 1 is best).
 */
export function gradeWithNumber(grade: Grade): string {
  return `${gradeLabel(grade)} ${gradeOnScale(grade)}`;
}

/** The number on its scale, "(3 of 4)", which follows a grade's words. */
export function gradeOnScale(grade: Grade): string {
  return `(${grade} of ${GRADES.length})`;
}

/** "performs well": the label mid-sentence. */
export function gradeWords(grade: Grade): string {
  return gradeLabel(grade).toLowerCase();
}

/** "performs well (3 of 4)": gradeWithNumber mid-sentence. */
export function gradeWordsWithNumber(grade: Grade): string {
  return gradeWithNumber(grade).toLowerCase();
}

/** "4 (performs excellently), 3 (performs well), …": the whole scale, for a message that lists it. */
export const SCALE_WORDS = GRADE_SCALE.map((s) => `${s.grade} (${gradeWords(s.grade)})`).join(', ');

/** How many of something there are at each grade. */
export type GradeCounts = Record<Grade, number>;

/** Sum of a by-grade count. */
export function totalOf(counts: GradeCounts): number {
  return GRADES.reduce((sum, grade) => sum + counts[grade], 0);
}

/** The grade whose label matches `words`, ignoring case; undefined if none does. */
export function gradeFromLabel(words: string): Grade | undefined {
  const wanted = words.trim().toLowerCase();
  return GRADE_SCALE.find((s) => s.label.toLowerCase() === wanted)?.grade;
}
