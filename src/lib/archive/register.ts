/**
 * The register of the 152 English local authorities Ofsted assessed from 2009 to 2011, one
 * row each in the archive's authorities.csv. Every authority has a page from it, letter or
 * no letter. A letter belongs to the row whose name has the same slug: the letters write
 * the council's full style ("Northamptonshire County Council"), the register the place.
 */
import { z } from 'astro/zod';
import { nearest, readCsv, type CsvRecord } from './csv-file.ts';
import { authoritySlug } from './slug.ts';
import type { FieldProblem } from './problems.ts';

/** The government office regions of England, as the register names them. */
export const REGIONS = [
  'North East',
  'North West',
  'Yorkshire and the Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
] as const;

export type Region = (typeof REGIONS)[number];

/** "Yorkshire and the Humber" → "yorkshire-and-the-humber": the region's A–Z address. */
export function regionSlug(region: Region): string {
  return region.toLowerCase().replace(/ /g, '-');
}

export const REGISTER_COLUMNS = ['authority', 'dfe_la_code', 'ons_code', 'region', 'note'] as const;

const text = z.string().trim().min(1, { error: 'must not be empty', abort: true });

/** One row of authorities.csv, as written (every field a string), and the record it gives. */
export const registerRowSchema = z
  .strictObject({
    /** The authority's short name: "Northamptonshire". Its slug is the authority's identity. */
    authority: text.refine((name) => /[a-z0-9]/i.test(name), { error: 'must contain a letter or digit' }),
    /** The DfE local authority number in force 2009–2011, e.g. 928. */
    dfe_la_code: z.string().regex(/^\d{3}$/, { error: 'must be a three-digit DfE local authority number' }),
    /** The ONS GSS code in force 2009–2011, e.g. E10000021. */
    ons_code: z.string().regex(/^E\d{8}$/, { error: 'must be an ONS GSS code such as E10000021' }),
    /** The government office region. */
    region: z.enum(REGIONS, { error: `must be one of the English regions: ${REGIONS.join(', ')}` }),
    /** Where a code changed after 2011; may be empty. */
    note: z.string(),
  })
  .transform((row) => ({
    name: row.authority,
    slug: authoritySlug(row.authority),
    dfeCode: Number(row.dfe_la_code),
    onsCode: row.ons_code,
    region: row.region,
    ...(row.note ? { note: row.note } : {}),
  }));

/** An authority of the register. */
export type RegisteredAuthority = z.output<typeof registerRowSchema>;

/** Reads authorities.csv: every row checked, and no name, slug or code held twice. */
export function readRegister(csv: string, file: string) {
  const read = readCsv(csv, file, REGISTER_COLUMNS, registerRowSchema);
  const firstLine = new Map<string, number>();
  for (const { line, data } of read.records) {
    const keys: Array<[field: string, key: string, shown: string]> = [
      ['authority', `slug ${data.slug}`, `"${data.name}" (slug ${data.slug})`],
      ['dfe_la_code', `dfe ${data.dfeCode}`, String(data.dfeCode)],
      ['ons_code', `ons ${data.onsCode}`, data.onsCode],
    ];
    for (const [field, key, shown] of keys) {
      const first = firstLine.get(key);
      if (first) read.problems.push({ file, line, field, message: `${shown} is already on line ${first}` });
      else firstLine.set(key, line);
    }
  }
  return read;
}

/** Finds a letter's or a data row's authority in the register by its name's slug. */
export class Register {
  readonly authorities: readonly RegisteredAuthority[];
  readonly bySlug: ReadonlyMap<string, RegisteredAuthority>;

  constructor(authorities: readonly RegisteredAuthority[]) {
    this.authorities = authorities;
    this.bySlug = new Map(authorities.map((authority) => [authority.slug, authority]));
  }

  find(name: string): RegisteredAuthority | undefined {
    return this.bySlug.get(authoritySlug(name));
  }

  /** `authority: "Leeds Citty Council" is not a known authority (did you mean "Leeds"?)` */
  unknown(name: string): FieldProblem {
    const slugs = [...this.bySlug.keys()];
    const guess = nearest(authoritySlug(name), slugs);
    const hint = guess ? ` (did you mean "${this.bySlug.get(guess)!.name}"?)` : '';
    return { field: 'authority', message: `"${name}" is not a known authority${hint}` };
  }
}

export const registerOf = (records: readonly CsvRecord<RegisteredAuthority>[]) =>
  new Register(records.map((record) => record.data));
