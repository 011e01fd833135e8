/**
 * npm run grow-archive -- <folder> [--letters 150]
 *
 * A scratch copy of the archive, grown: <folder>/letters and <folder>/sources hold the
 * real letters plus that many synthetic ones, and the archive's data files are copied
 * beside them (<folder>/authorities.csv …), so that
 *
 *   LETTERS_DIR=<folder>/letters npm test
 *
 * runs the whole suite against a bigger archive. The synthetic letters are written as
 * Ofsted-like PDFs and go through the real importer, like a maintainer's folder of PDFs.
 * They name real authorities from content/authorities.csv ("Leeds Council", so the
 * register matches them by slug) in years the real letters do not cover, and agree with
 * every grade the archive already knows (a letter's, one a letter states, one reported),
 * as the build requires; no letter is made for an outcome Ofsted withheld.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { archiveDataFile, archiveLetters, readArchiveData } from '../src/lib/import/archive-files.ts';
import type { Grade, GradeCounts } from '../src/lib/archive/grades.ts';
import { nationalTotalsSchema } from '../src/lib/archive/national-totals.ts';
import { WITHHELD } from '../src/lib/archive/reported-grades.ts';
import { authoritySlug } from '../src/lib/archive/slug.ts';
import { letterPdf } from './letter-pdf.ts';
import { syntheticPlan } from './synthetic-archive.ts';
import { syntheticLetterText } from './synthetic-letters.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { letters: { type: 'string', default: '150' } },
});
const count = Number(values.letters);
if (positionals.length !== 1 || !Number.isInteger(count) || count < 1) {
  console.error('usage: npm run grow-archive -- <folder> [--letters 150]');
  process.exit(2);
}
const folder = resolve(positionals[0]!);
if (existsSync(join(folder, 'letters'))) {
  console.error(`${folder}/letters already exists: give a new folder.`);
  process.exit(1);
}
mkdirSync(folder, { recursive: true });

// The archive's data files, beside the letters as the site reads them.
for (const name of readdirSync('content')) {
  if (!['letters', 'sources'].includes(name))
    cpSync(join('content', name), join(folder, name), { recursive: true });
}

const archive = readArchiveData('content/letters');
/** The real register's names, in its order; "City of London" aside, whose slug is special. */
const names = archive.authorities
  .map((record) => record.data.name)
  .filter((name) => !/^city of london$/i.test(name));
const realLetters = archiveLetters('content/letters');
const real = new Set(realLetters.map((letter) => `${letter.slug}/${letter.data.year}`));

/** What the archive already knows of a slug's year: a grade, or an outcome withheld. */
const known = new Map<string, Grade | typeof WITHHELD>();
for (const { data } of archive.reported) known.set(`${data.slug}/${data.year}`, data.grade);
for (const { slug, data } of realLetters) {
  known.set(`${slug}/${data.year}`, data.grade);
  if (data.previous) known.set(`${slug}/${data.previous.year}`, data.previous.grade);
}

// Ofsted's national totals cap each grade's count in a year, as the build checks.
const totals = new Map<number, GradeCounts>(
  (
    JSON.parse(readFileSync(archiveDataFile('national-totals.json', 'content/letters'), 'utf8')) as unknown[]
  ).map((t) => {
    const parsed = nationalTotalsSchema.parse(t);
    return [parsed.year, parsed.grades] as const;
  }),
);
const counted = new Map<string, number>();
const countOf = (year: number, grade: Grade) => counted.get(`${year}/${grade}`) ?? 0;
const countOne = (year: number, grade: Grade) => counted.set(`${year}/${grade}`, countOf(year, grade) + 1);
for (const [key, grade] of known) if (grade !== WITHHELD) countOne(Number(key.split('/')[1]), grade);
/** The plan's grade if that grade has room left in the year, or the nearest that has. */
const gradeWithRoom = (year: number, wanted: Grade): Grade =>
  ([wanted, wanted + 1, wanted - 1, wanted + 2, wanted - 2, wanted + 3, wanted - 3] as Grade[]).find(
    (grade) => grade >= 1 && grade <= 4 && countOf(year, grade) < totals.get(year)![grade],
  )!;

// Each fictional authority of the benchmark's plan becomes the next real one, with the
// grades already known taking the place of the plan's.
const plan = [];
const renamed = new Map<string, string>();
for (const spec of syntheticPlan(count * 2)) {
  if (plan.length === count) break;
  if (!renamed.has(spec.authority)) {
    if (renamed.size === names.length) break;
    renamed.set(spec.authority, `${names[renamed.size]} Council`);
  }
  const authority = renamed.get(spec.authority)!;
  const slug = authoritySlug(authority);
  const key = `${slug}/${spec.year}`;
  const knownGrade = known.get(key);
  if (real.has(key) || knownGrade === WITHHELD) continue;
  const grade = knownGrade ?? gradeWithRoom(spec.year, spec.grade);
  if (knownGrade === undefined) countOne(spec.year, grade);
  known.set(key, grade);
  // A letter states last year's grade only as it is known, and only where it is the same.
  const states = spec.statesPrevious !== undefined && known.get(`${slug}/${spec.year - 1}`) === grade;
  const { statesPrevious: _, ...rest } = spec;
  plan.push({ ...rest, authority, grade, ...(states ? { statesPrevious: grade } : {}), length: 2 });
}
if (plan.length < count) throw new Error(`only ${plan.length} synthetic letters fit the register`);

const inbox = join(folder, 'inbox');
mkdirSync(inbox);
for (const [i, spec] of plan.entries()) {
  const name = `${String(i).padStart(3, '0')}-${authoritySlug(spec.authority)}-${spec.year}.pdf`;
  writeFileSync(join(inbox, name), await letterPdf(syntheticLetterText(spec)));
}

const lettersDir = relative(process.cwd(), join(folder, 'letters'));
const imported = spawnSync(
  process.execPath,
  ['scripts/import.ts', '--letters-dir', lettersDir, 'content/sources', inbox],
  { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CI: '1' } },
);
rmSync(inbox, { recursive: true, force: true });
if (imported.status !== 0) process.exit(imported.status ?? 1);
console.log(`${real.size + plan.length} letters in ${lettersDir}. Now: LETTERS_DIR=${lettersDir} npm test`);
