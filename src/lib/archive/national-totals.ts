/**
 * Ofsted's published national totals for each assessment year: how many of England's
 * 152 authorities got each grade. Facts with their sources, kept in
 * content/national-totals.json (an archive's national-totals.json beside its letters
 * folder) and checked here.
 */
import { z } from 'astro/zod';
import { totalOf, type GradeCounts } from './grades.ts';
import { yearSchema } from './letter-schema.ts';

const count = z.number().int().min(0);

export const nationalTotalsSchema = z
  .strictObject({
    /** The year, as a string: the collection's id. */
    id: z.string(),
    /** The assessment year these totals are for. */
    year: yearSchema,
    /** How many authorities were assessed in all. */
    authorities: count,
    /** How many authorities got each grade, by grade number. */
    grades: z.strictObject({ 4: count, 3: count, 2: count, 1: count }),
    /** Assessed but not published that year. */
    notPublished: count,
    /** Why those were not published, where Ofsted said. */
    notPublishedReason: z.string().optional(),
    /** Ofsted's count of authorities whose grade rose or fell against an earlier year. */
    movement: z.strictObject({ improved: count, declined: count, against: yearSchema }).optional(),
    /** Where the figures were published, as the page names it. */
    source: z.string().min(1),
  })
  .refine((totals) => totalsAddUp(totals), {
    error: 'grades: the counts by grade and those not published must add up to authorities',
    path: ['grades'],
  });

export type NationalTotals = z.output<typeof nationalTotalsSchema>;

/** The figures that must add up: written out, as the schema's own check uses them. */
interface Counts {
  grades: GradeCounts;
  notPublished: number;
  authorities: number;
}

export function totalsAddUp(totals: Counts): boolean {
  return totalOf(totals.grades) + totals.notPublished === totals.authorities;
}
