/**
 * Ofsted ran the annual children's services assessment in these years only:
 * introduced for 2009 and ended after 2011.
 */
export const ASSESSMENT_YEARS = [2009, 2010, 2011] as const;

export type AssessmentYear = (typeof ASSESSMENT_YEARS)[number];

export function isAssessmentYear(value: unknown): value is AssessmentYear {
  return typeof value === 'number' && (ASSESSMENT_YEARS as readonly number[]).includes(value);
}
