/**
 * Each authority's 10 statistical neighbours, one row per authority and rank in the
 * archive's statistical-neighbours.csv: the Department for Education's April 2021 edition
 * (NFER's model). No copy of the 2009–2011 edition is known, so the lists are close to,
 * not proven equal to, those in force when the letters were written; every page that shows
 * them says which edition they are. A neighbour created after 2011 (Dorset; Bournemouth,
 * Christchurch and Poole; North and West Northamptonshire) was never assessed and is not in
 * the register: the file marks it, and the site links no page for it.
 */
import { z } from 'astro/zod';
import { readCsv, type CsvRecord } from './csv-file.ts';
import type { Register } from './register.ts';
import { authoritySlug } from './slug.ts';
import type { FieldProblem } from './problems.ts';

export const NEIGHBOUR_COLUMNS = [
  'authority',
  'dfe_la_code',
  'rank',
  'neighbour',
  'neighbour_dfe_la_code',
  'closeness',
  'neighbour_assessed_2009_2011',
] as const;

/** How many neighbours each authority has in DfE's lists. */
export const NEIGHBOURS_EACH = 10;

/** The edition, as every page and file that shows the lists names it. */
export const NEIGHBOURS_EDITION = "DfE's statistical neighbours, April 2021 edition";

/** The source's bands of closeness, closest first, written as the source writes them. */
export const CLOSENESS = ['Extremely Close', 'Very Close', 'Close', 'Somewhat close', 'Not Close'] as const;

const text = z.string().trim().min(1, { error: 'must not be empty' });
const code = z.string().regex(/^\d{3}$/, { error: 'must be a three-digit DfE local authority number' });

/** One row of statistical-neighbours.csv, as written, and the record it gives. */
export const neighbourRowSchema = z
  .strictObject({
    /** The authority, as the register names it. */
    authority: text,
    /** Its DfE local authority number, as in the register. */
    dfe_la_code: code,
    /** 1 (closest) to 10. */
    rank: z.string().regex(/^(10|[1-9])$/, { error: `must be a whole number from 1 to ${NEIGHBOURS_EACH}` }),
    /** The neighbour, named as in the register where it is one of its authorities. */
    neighbour: text,
    /** The neighbour's DfE local authority number. */
    neighbour_dfe_la_code: code,
    /** The source's band of closeness. */
    closeness: z.enum(CLOSENESS, { error: `must be one of the source's bands: ${CLOSENESS.join(', ')}` }),
    /** "no" where the neighbour is an authority created after 2011, so never assessed. */
    neighbour_assessed_2009_2011: z.enum(['yes', 'no'], { error: 'must be "yes" or "no"' }),
  })
  .transform((row) => ({
    authority: row.authority,
    slug: authoritySlug(row.authority),
    rank: Number(row.rank),
    neighbour: row.neighbour,
    neighbourSlug: authoritySlug(row.neighbour),
    neighbourDfeCode: Number(row.neighbour_dfe_la_code),
    closeness: row.closeness,
    /** Whether the neighbour was assessed in 2009–2011: then it is an authority of the register. */
    assessed: row.neighbour_assessed_2009_2011 === 'yes',
  }));

export type StatisticalNeighbour = z.output<typeof neighbourRowSchema>;

/** A row's own problems against the register: its authority, its neighbour and their codes. */
function rowProblems(
  data: StatisticalNeighbour,
  raw: Record<string, string>,
  register: Register,
): FieldProblem[] {
  const own = register.find(data.authority);
  if (!own) return [register.unknown(data.authority)];
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  if (String(own.dfeCode) !== raw.dfe_la_code)
    problem('dfe_la_code', `${raw.dfe_la_code} is not ${own.name}'s number in the register (${own.dfeCode})`);
  const neighbour = register.find(data.neighbour);
  const byCode = register.authorities.find((a) => a.dfeCode === data.neighbourDfeCode);
  if (data.assessed) {
    if (!neighbour) problems.push({ ...register.unknown(data.neighbour), field: 'neighbour' });
    else if (neighbour.dfeCode !== data.neighbourDfeCode)
      problem(
        'neighbour_dfe_la_code',
        `${data.neighbourDfeCode} is not ${neighbour.name}'s number in the register (${neighbour.dfeCode})`,
      );
    else if (neighbour.slug === own.slug) problem('neighbour', `${own.name} cannot be its own neighbour`);
  } else if (byCode) {
    // Matched by number, not name: the new Dorset (838) shares its name with the old (835).
    problem(
      'neighbour_assessed_2009_2011',
      `"no", but ${data.neighbourDfeCode} is ${byCode.name}'s number in the register of authorities assessed`,
    );
  }
  return problems;
}

/**
 * Reads statistical-neighbours.csv: every row checked against the register, no rank or
 * neighbour listed twice for one authority, and every authority listed with all 10 ranks.
 */
export function readStatisticalNeighbours(csv: string, file: string, register: Register) {
  const read = readCsv(csv, file, NEIGHBOUR_COLUMNS, neighbourRowSchema);
  const records: CsvRecord<StatisticalNeighbour>[] = [];
  const seen = new Map<string, number>();
  const firstLine = new Map<string, number>();
  for (const record of read.records) {
    const { line, data, raw } = record;
    const own = rowProblems(data, raw, register);
    read.problems.push(...own.map((problem) => ({ file, line, ...problem })));
    const twice = (
      [
        ['rank', `${data.slug} rank ${data.rank}`, `rank ${data.rank}`],
        ['neighbour', `${data.slug} ${data.neighbourSlug}`, data.neighbour],
      ] as const
    ).filter(([field, key, shown]) => {
      const first = seen.get(key);
      if (first)
        read.problems.push({
          file,
          line,
          field,
          message: `${data.authority}'s ${shown} is already on line ${first}`,
        });
      else seen.set(key, line);
      return first !== undefined;
    });
    if (!firstLine.has(data.slug)) firstLine.set(data.slug, line);
    if (!own.length && !twice.length) records.push(record);
  }
  for (const [slug, line] of firstLine) {
    const ranks = read.records.filter((r) => r.data.slug === slug).map((r) => r.data.rank);
    const missing = Array.from({ length: NEIGHBOURS_EACH }, (_, i) => i + 1).filter(
      (r) => !ranks.includes(r),
    );
    if (missing.length)
      read.problems.push({
        file,
        line,
        field: 'rank',
        message: `${register.bySlug.get(slug)?.name ?? slug} has no neighbour at rank ${missing.join(', ')}: each authority listed has ${NEIGHBOURS_EACH}`,
      });
  }
  return { records, problems: read.problems };
}
