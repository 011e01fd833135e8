/**
 * Ofsted's published national totals for each assessment year: how many of England's
 * 152 authorities got each grade. Facts with their sources, kept in
 * content/national-totals.json (an archive's national-totals.json beside its letters
 * folder) and checked here.
 */
import { z } from 'astro/zod';
import { totalOf, type GradeCounts } from './grades.ts';
import { yearSchema } from './letter-schema.ts';
import { ASSESSMENT_YEARS } from './years.ts';
import type { Problem } from './problems.ts';

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

/** One year's totals in national-totals.json: as written (the collection's schema reads it) and checked. */
export interface NationalTotalsRecord {
  data: NationalTotals;
  raw: Record<string, unknown>;
}

/**
 * Reads national-totals.json (the file `file`): every year's entry checked, no year twice,
 * and every assessment year present. Each problem is one line naming the file, the year
 * (or the entry's place in the list) and the field.
 */
export function readNationalTotals(json: string, file: string) {
  const read = { records: [] as NationalTotalsRecord[], problems: [] as Problem[] };
  let entries: unknown;
  try {
    entries = JSON.parse(json);
  } catch (error) {
    read.problems.push({ file, message: `not valid JSON (${(error as Error).message})` });
    return read;
  }
  if (!Array.isArray(entries)) {
    read.problems.push({
      file,
      message: `must be a list of years' totals, [{ "id": "2009", "year": 2009, … }, …]`,
    });
    return read;
  }
  for (const [i, entry] of entries.entries()) {
    const checked = nationalTotalsSchema.safeParse(entry);
    const year = (entry as { year?: unknown } | null)?.year;
    const where = { file, entry: typeof year === 'number' ? String(year) : `entry ${i + 1}` };
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = issue.path.join('.') || 'entry';
        // The schema's own sum check already names its field.
        const message = issue.message.replace(new RegExp(`^${field}: `), '');
        read.problems.push({ ...where, field, message });
      }
    } else if (read.records.some((record) => record.data.year === checked.data.year)) {
      read.problems.push({ ...where, field: 'year', message: `${checked.data.year} is listed twice` });
    } else {
      read.records.push({ data: checked.data, raw: entry as Record<string, unknown> });
    }
  }
  // A year missing for want of a valid entry is already named above.
  if (!read.problems.length)
    for (const year of ASSESSMENT_YEARS)
      if (!read.records.some((record) => record.data.year === year))
        read.problems.push({
          file,
          entry: String(year),
          field: 'missing',
          message: `no national totals for ${year}`,
        });
  return read;
}
