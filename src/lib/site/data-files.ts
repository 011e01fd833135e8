/**
 * Every open data file, made once per build from the archive and the improvement items,
 * and the Frictionless Data Package (datapackage.json) that describes each file and
 * column. The endpoints under src/pages/data/ only serve what this makes.
 */
import type { Archive } from '../archive/build-archive.ts';
import type { ImprovementItem } from '../archive/improvements.ts';
import type { Letter } from '../archive/letters.ts';
import type { NationalTotals } from '../archive/national-totals.ts';
import {
  AUTHORITY_COLUMNS,
  GRADE_COLUMNS,
  GRADE_SOURCE_COLUMNS,
  IMPROVEMENT_COLUMNS,
  IMPROVEMENT_THEME_COLUMNS,
  authorityRows,
  gradeRows,
  gradeSourceRows,
  improvementRows,
  improvementThemeRows,
  toCsv,
} from './open-data.ts';
import { letterRecord } from './letter-records.ts';
import {
  KNOWN_GRADE_COLUMNS,
  NATIONAL_TOTAL_COLUMNS,
  NEIGHBOUR_COLUMNS_DATA,
  knownGradeRows,
  nationalTotalRows,
  neighbourRows,
} from './open-data-tables.ts';
import type { Neighbour } from '../archive/neighbour-standing.ts';
import { NEIGHBOURS_EDITION } from '../archive/statistical-neighbours.ts';
import { letterDataPath } from './routes.ts';
import { LICENCE, SITE_NAME } from './site-config.ts';

type Columns = Record<string, string>;
type FieldType = 'string' | 'integer';

/** Each CSV's columns with their Table Schema types; a column not named here is a string. */
const INTEGER_COLUMNS = new Set([
  'dfe_la_code',
  'year',
  'grade',
  'sources',
  'position',
  'rank',
  'neighbour_dfe_la_code',
  'authorities',
  'assessed',
  'not_published',
]);

interface TableSpec {
  name: string;
  path: string;
  title: string;
  description: string;
  columns: Columns;
  primaryKey: string[];
  foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
  /** Columns whose values are limited to a list. */
  enums?: Record<string, string[]>;
}

const GRADE_ENUM = ['1', '2', '3', '4'];

export const TABLES: TableSpec[] = [
  {
    name: 'grades',
    path: 'grades.csv',
    title: 'Grades by authority and year',
    description:
      'One row for each of the 152 authorities in each assessment year, 2009 to 2011 (456 rows): the outcome in words and how it is known ("not known" where nothing is). The grade as a number is in known-grades.csv.',
    columns: GRADE_COLUMNS,
    primaryKey: ['slug', 'year'],
    foreignKeys: [{ fields: ['slug'], reference: { resource: 'authorities', fields: ['slug'] } }],
    enums: { evidence: ['letter', 'stated', 'reported', 'withheld', 'not known'] },
  },
  {
    name: 'known-grades',
    path: 'known-grades.csv',
    title: 'Known grades as numbers',
    description:
      'One row for each authority-year of grades.csv whose grade is known, with the grade as a whole number in every row (so it reads as an integer column); withheld outcomes and grades not known have no row.',
    columns: KNOWN_GRADE_COLUMNS,
    primaryKey: ['slug', 'year'],
    foreignKeys: [{ fields: ['slug', 'year'], reference: { resource: 'grades', fields: ['slug', 'year'] } }],
    enums: { evidence: ['letter', 'stated', 'reported'] },
  },
  {
    name: 'national-totals',
    path: 'national-totals.csv',
    title: 'Ofsted’s announced national totals',
    description:
      'How many of the authorities Ofsted assessed got each grade, each year, as Ofsted announced it: one row per year and grade, with the year’s total assessed, the outcomes withheld, and the source.',
    columns: NATIONAL_TOTAL_COLUMNS,
    primaryKey: ['year', 'grade'],
  },
  {
    name: 'statistical-neighbours',
    path: 'statistical-neighbours.csv',
    title: NEIGHBOURS_EDITION,
    description:
      "Each authority's 10 closest statistical neighbours in the Department for Education's April 2021 edition (NFER's 2007 model). No copy of the 2009 to 2011 edition is known to survive: these lists are close to, but not proven equal to, those in force when the letters were written.",
    columns: NEIGHBOUR_COLUMNS_DATA,
    primaryKey: ['slug', 'rank'],
    foreignKeys: [{ fields: ['slug'], reference: { resource: 'authorities', fields: ['slug'] } }],
    enums: {
      closeness: ['Extremely Close', 'Very Close', 'Close', 'Somewhat close', 'Not Close'],
      neighbour_assessed_2009_2011: ['yes', 'no'],
    },
  },
  {
    name: 'grade-sources',
    path: 'grade-sources.csv',
    title: 'Sources of each grade',
    description:
      'One row for each source of a grade or withheld outcome in grades.csv: the letter, the later letter that states it, or each report of Ofsted’s announcement.',
    columns: GRADE_SOURCE_COLUMNS,
    primaryKey: ['slug', 'year', 'url'],
    foreignKeys: [{ fields: ['slug', 'year'], reference: { resource: 'grades', fields: ['slug', 'year'] } }],
    enums: { evidence: ['letter', 'stated', 'reported', 'withheld'] },
  },
  {
    name: 'authorities',
    path: 'authorities.csv',
    title: 'Authorities',
    description: 'Every authority Ofsted assessed, with its codes in force 2009 to 2011 and its region.',
    columns: AUTHORITY_COLUMNS,
    primaryKey: ['slug'],
  },
  {
    name: 'improvements',
    path: 'improvements.csv',
    title: 'Areas for improvement',
    description:
      'Each item of each letter’s areas for improvement (the bullets under its further-development heading), with its passage id on the letter page.',
    columns: IMPROVEMENT_COLUMNS,
    primaryKey: ['slug', 'year', 'passage_id'],
  },
  {
    name: 'improvement-themes',
    path: 'improvement-themes.csv',
    title: 'Themes of the areas for improvement',
    description:
      'The themes each item of improvements.csv belongs to, from the archive’s taxonomy (content/improvement-themes.json in its repository): a row per item and theme.',
    columns: IMPROVEMENT_THEME_COLUMNS,
    primaryKey: ['slug', 'year', 'passage_id', 'theme'],
    foreignKeys: [
      {
        fields: ['slug', 'year', 'passage_id'],
        reference: { resource: 'improvements', fields: ['slug', 'year', 'passage_id'] },
      },
    ],
  },
];

function tableSchema(spec: TableSpec) {
  return {
    fields: Object.entries(spec.columns).map(([name, description]) => {
      const type: FieldType = INTEGER_COLUMNS.has(name) ? 'integer' : 'string';
      const enumValues = spec.enums?.[name] ?? (name === 'grade' ? GRADE_ENUM : undefined);
      return {
        name,
        type,
        description,
        ...(enumValues
          ? { constraints: { enum: type === 'integer' ? enumValues.map(Number) : enumValues } }
          : {}),
      };
    }),
    // An empty cell is a missing value: a grade not known, a letter not held.
    missingValues: [''],
    primaryKey: spec.primaryKey,
    ...(spec.foreignKeys ? { foreignKeys: spec.foreignKeys } : {}),
  };
}

/** The sources of the facts the files hold, for datapackage.json. */
function packageSources(national: ReadonlyMap<number, NationalTotals>, reportUrls: readonly string[]) {
  return [
    {
      title:
        "Ofsted's annual children's services assessment letters, 2009 to 2011 (the letters in this archive)",
    },
    {
      title:
        "Department for Education's table of local authorities and their codes in force 2009 to 2011, with its region hierarchy",
    },
    ...[...national.values()].map((totals) => ({ title: `${totals.source} (national totals)` })),
    {
      title:
        "Department for Education, children's services statistical neighbour benchmarking tool, April 2021 edition",
    },
    ...reportUrls.map((path) => ({ title: 'Report of Ofsted’s announcement', path })),
  ];
}

export interface DataFiles {
  'grades.csv': string;
  'grades.json': string;
  'known-grades.csv': string;
  'national-totals.csv': string;
  'statistical-neighbours.csv': string;
  'grade-sources.csv': string;
  'authorities.csv': string;
  'letters.json': string;
  'improvements.csv': string;
  'improvements.json': string;
  'improvement-themes.csv': string;
  'datapackage.json': string;
}

/** Every data file's text. `site` is the site's published address, or undefined (addresses then stay relative). */
export function dataFiles<L extends Letter & { body?: string }>(
  archive: Pick<Archive<L>, 'authorities' | 'letters' | 'national'> & {
    neighbours: ReadonlyMap<string, readonly Neighbour[]>;
  },
  items: readonly ImprovementItem<L>[],
  site: string | undefined,
  built: string,
): DataFiles {
  const grades = gradeRows(archive.authorities, site);
  const sources = gradeSourceRows(archive.authorities, site);
  const improvements = improvementRows(items, site);
  const themes = improvementThemeRows(items);
  const csv = <T extends object>(columns: Columns, rows: readonly T[]) =>
    toCsv(Object.keys(columns) as (keyof T)[], rows);
  const reportUrls = [
    ...new Set(
      sources.filter((s) => s.evidence === 'reported' || s.evidence === 'withheld').map((s) => s.url),
    ),
  ].sort();
  const pkg = {
    profile: 'data-package',
    name: 'assessment-letters',
    title: `${SITE_NAME}: Ofsted's annual children's services assessments, 2009 to 2011`,
    description:
      "Grades of England's 152 local authorities in Ofsted's annual children's services assessments, 2009 to 2011, with how each is known and its sources; Ofsted's announced national totals; the authorities and their statistical neighbours; each letter's text; and what each letter asked the authority to improve. Reported grades come from press and council reports of Ofsted's announcements, which named the authorities at the extremes (performs poorly and, in 2009, performs excellently), so they lean to the extremes: most other grades are known only from letters.",
    created: `${built}T00:00:00Z`,
    ...(site ? { homepage: site } : {}),
    licenses: [{ name: 'OGL-UK-3.0', path: LICENCE.url, title: LICENCE.name }],
    sources: packageSources(archive.national, reportUrls),
    resources: [
      ...TABLES.map((spec) => ({
        profile: 'tabular-data-resource',
        name: spec.name,
        path: spec.path,
        title: spec.title,
        description: spec.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        // doubleQuote: a quote inside a quoted field is written twice (RFC 4180; v1 tabular-data-resource asks for it).
        dialect: { delimiter: ',', lineTerminator: '\r\n', header: true, doubleQuote: true },
        schema: tableSchema(spec),
      })),
      {
        profile: 'data-resource',
        name: 'grades-json',
        path: 'grades.json',
        title: 'Grades by authority and year, as JSON',
        description: 'The rows of grades.csv as an array of JSON objects with the same columns.',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      },
      {
        profile: 'data-resource',
        name: 'letters',
        path: 'letters.json',
        title: 'Letters',
        description:
          "Each letter's metadata (authority, year, grade, date, added, addresses, sender, recipient, signatory, the previous year's grade where stated, source) and its full text.",
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      },
      {
        profile: 'data-resource',
        name: 'improvements-json',
        path: 'improvements.json',
        title: 'Areas for improvement, as JSON',
        description: 'The rows of improvements.csv, each with its themes as a list.',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      },
      // Each letter on its own, as JSON (its letters.json record) and as plain text.
      ...archive.letters.flatMap((letter) =>
        (['json', 'txt'] as const).map((kind) => ({
          profile: 'data-resource',
          name: `letter-${letterDataPath(letter.data, kind)
            .replace(/^letters\//, '')
            .replace('.', '-')}`,
          path: letterDataPath(letter.data, kind),
          title: `${letter.data.authority} ${letter.data.year} letter, as ${kind === 'json' ? 'JSON' : 'plain text'}`,
          format: kind,
          mediatype: kind === 'json' ? 'application/json' : 'text/plain',
          encoding: 'utf-8',
        })),
      ),
    ],
  };
  return {
    'grades.csv': csv(GRADE_COLUMNS, grades),
    'grades.json': JSON.stringify(grades),
    'known-grades.csv': csv(KNOWN_GRADE_COLUMNS, knownGradeRows(archive.authorities)),
    'national-totals.csv': csv(NATIONAL_TOTAL_COLUMNS, nationalTotalRows(archive.national)),
    'statistical-neighbours.csv': csv(
      NEIGHBOUR_COLUMNS_DATA,
      neighbourRows(archive.authorities, archive.neighbours),
    ),
    'grade-sources.csv': csv(GRADE_SOURCE_COLUMNS, sources),
    'authorities.csv': csv(AUTHORITY_COLUMNS, authorityRows(archive.authorities, site)),
    'letters.json': JSON.stringify(
      archive.letters.map((letter) => letterRecord(letter, letter.body ?? '', site)),
    ),
    'improvements.csv': csv(IMPROVEMENT_COLUMNS, improvements),
    'improvements.json': JSON.stringify(improvements.map((row, i) => ({ ...row, themes: items[i]!.themes }))),
    'improvement-themes.csv': csv(IMPROVEMENT_THEME_COLUMNS, themes),
    'datapackage.json': JSON.stringify(pkg, null, 2),
  };
}
