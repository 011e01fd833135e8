/**
 * A synthetic archive of N letters for the benchmark: fictional authorities, the three
 * assessment years, every kind of grade change, letters of about 1,500 words. Seeded,
 * so the same N always gives the same files. Written wherever it is told (a temporary
 * folder), never into content/.
 */
import { stringify } from 'csv-stringify/sync';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { archiveFolders } from '../src/lib/archive/archive-folders.ts';
import { GRADES, type Grade } from '../src/lib/archive/grades.ts';
import { letterMdx } from '../src/lib/import/mdx/letter-mdx.ts';
import { parseLetterText } from '../src/lib/import/text/letter-text.ts';
import { REGIONS, REGISTER_COLUMNS } from '../src/lib/archive/register.ts';
import { REPORTED_COLUMNS } from '../src/lib/archive/reported-grades.ts';
import { authoritySlug } from '../src/lib/archive/slug.ts';
import { ASSESSMENT_YEARS } from '../src/lib/archive/years.ts';
import { seededRandom, syntheticLetterText, type SyntheticLetter } from './synthetic-letters.ts';

const QUALIFIERS = ['', 'North ', 'South ', 'East ', 'West ', 'Upper ', 'Lower ', 'Great ', 'Little '];
const STARTS = [
  'Ash',
  'Bar',
  'Brack',
  'Cold',
  'Dun',
  'Elm',
  'Fern',
  'Glen',
  'Hollow',
  'Ivy',
  'Kest',
  'Lark',
  'Marsh',
  'Nether',
  'Oak',
  'Pen',
  'Quill',
  'Rook',
  'Stone',
  'Thorn',
  'Umber',
  'Vale',
  'Wren',
  'Yarrow',
  'Alder',
  'Birch',
  'Crag',
  'Dale',
  'Eyre',
  'Fallow',
];
const ENDS = [
  'moor',
  'wold',
  'leigh',
  'mere',
  'bridge',
  'field',
  'ford',
  'ham',
  'ton',
  'wick',
  'by',
  'stead',
  'combe',
  'hurst',
  'ley',
  'worth',
  'den',
  'holt',
  'gate',
  'well',
];
const KINDS = [
  'County Council',
  'Borough Council',
  'City Council',
  'Council',
  'Metropolitan Borough Council',
];

/** The i-th fictional authority: every index gives a different place. */
export function fictionalAuthority(i: number): string {
  const end = ENDS[i % ENDS.length]!;
  const start = STARTS[Math.floor(i / ENDS.length) % STARTS.length]!;
  const qualifier = QUALIFIERS[Math.floor(i / (ENDS.length * STARTS.length)) % QUALIFIERS.length]!;
  const round = Math.floor(i / (ENDS.length * STARTS.length * QUALIFIERS.length));
  return `${qualifier}${start}${end}${round ? ` ${round + 1}` : ''} ${KINDS[i % KINDS.length]}`;
}

/** The letters' specs: about two in three authorities have all three years, the rest two. */
export function syntheticPlan(count: number, seed = 1): SyntheticLetter[] {
  const random = seededRandom(seed);
  const plan: SyntheticLetter[] = [];
  for (let i = 0; plan.length < count; i++) {
    const years =
      random() < 0.67
        ? [...ASSESSMENT_YEARS]
        : ASSESSMENT_YEARS.filter((_, k) => k !== Math.floor(random() * 3));
    let grade = (1 + Math.floor(random() * 4)) as Grade;
    let previous: { year: number; grade: Grade } | undefined;
    for (const year of years) {
      if (plan.length >= count) break;
      const step = random();
      grade = Math.min(4, Math.max(1, grade + (step < 0.2 ? -1 : step > 0.8 ? 1 : 0))) as Grade;
      // Later letters state last year's grade only where it agrees with a letter, as real ones do.
      const states = previous?.year === year - 1 && previous.grade === grade && random() < 0.6;
      plan.push({
        authority: fictionalAuthority(i),
        year,
        grade,
        ...(states ? { statesPrevious: grade } : {}),
        letterhead: random() < 0.5,
        length: 6,
        seed: seed * 1_000_003 + plan.length,
      });
      previous = { year, grade };
    }
  }
  return plan;
}

/** The date every generated letter records as joining the archive. */
const SYNTHETIC_ADDED = '2026-11-22';

/**
 * The data files beside a synthetic archive: the register, each fictional authority once
 * with made-up codes in the right form; no reported grades (the header alone); and
 * national totals worked out from the letters themselves (every authority assessed each
 * year, those without a letter that year counted as not published), so the build's
 * check of counts against the totals holds however many letters there are.
 */
export function syntheticDataFiles(plan: readonly SyntheticLetter[]) {
  const authorities = [...new Set(plan.map((spec) => spec.authority))];
  const rows = authorities.map((name, i) => [
    name,
    100 + i,
    `E06${String(i).padStart(6, '0')}`,
    REGIONS[i % REGIONS.length],
    'synthetic',
  ]);
  const totals = ASSESSMENT_YEARS.map((year) => {
    const letters = plan.filter((spec) => spec.year === year);
    const grades = Object.fromEntries(
      GRADES.map((grade) => [grade, letters.filter((spec) => spec.grade === grade).length]),
    );
    return {
      id: String(year),
      year,
      authorities: authorities.length,
      grades,
      notPublished: authorities.length - letters.length,
      source: 'Synthetic: counted from the letters of this generated archive',
    };
  });
  return {
    // csv-stringify quotes what needs quoting: a name with a comma stays one field.
    'authorities.csv': stringify(rows, { header: true, columns: [...REGISTER_COLUMNS] }),
    'reported-grades.csv': stringify([], { header: true, columns: [...REPORTED_COLUMNS] }),
    'national-totals.json': `${JSON.stringify(totals, null, 2)}\n`,
  };
}

/**
 * Writes <dir>/letters/<slug>/<year>.mdx and <dir>/sources/<slug>/<year>.txt, and the
 * data files beside them; returns the letters folder.
 */
export function writeSyntheticArchive(dir: string, count: number, root = process.cwd()): string {
  const lettersDir = join(dir, 'letters');
  const { sources } = archiveFolders(lettersDir);
  // Paths in frontmatter are relative to the project, as the content loader reports them.
  const relativeLetters = relative(root, lettersDir);
  const plan = syntheticPlan(count);
  for (const [file, text] of Object.entries(syntheticDataFiles(plan))) writeFileSync(join(dir, file), text);
  for (const spec of plan) {
    const text = syntheticLetterText(spec);
    const { data, body } = parseLetterText(text, { lettersDir: relativeLetters });
    const slug = authoritySlug(spec.authority);
    mkdirSync(join(lettersDir, slug), { recursive: true });
    mkdirSync(join(sources, slug), { recursive: true });
    writeFileSync(
      join(lettersDir, slug, `${spec.year}.mdx`),
      letterMdx({ ...data, added: SYNTHETIC_ADDED }, body),
    );
    writeFileSync(join(sources, slug, `${spec.year}.txt`), text);
  }
  return lettersDir;
}
