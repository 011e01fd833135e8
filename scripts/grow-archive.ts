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
 * register matches them by slug) in years the real letters do not cover. Which grade an
 * authority-year already has, and how many of each grade a year holds, come from the
 * archive's own model (gradeHistory, yearSummary): a synthetic letter keeps every grade
 * the archive already knows, no letter is made for an outcome Ofsted withheld, and no
 * year exceeds Ofsted's national totals or the movements it announced (25 authorities
 * improved and 7 declined from 2010 to 2011).
 *
 * Everything is planned and checked (archiveCheck, as the build checks) before anything
 * is written; a request that cannot be met is refused in one line, and a run that fails
 * part-way removes what it wrote.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { archiveCheck, failOnProblems } from '../src/lib/archive/archive-checks.ts';
import { archiveFolders } from '../src/lib/archive/archive-folders.ts';
import { buildArchive } from '../src/lib/archive/build-archive.ts';
import { GRADES, type Grade } from '../src/lib/archive/grades.ts';
import { direction, isKnown } from '../src/lib/archive/grade-history.ts';
import { announcedMovements, directionCounts, movement } from '../src/lib/archive/movements.ts';
import type { AssessmentYear } from '../src/lib/archive/years.ts';
import { authoritySlug } from '../src/lib/archive/slug.ts';
import { readArchive } from '../src/lib/site/archive-files.ts';
import { parseLetterText } from '../src/lib/import/text/letter-text.ts';
import { letterPdf } from './letter-pdf.ts';
import { seededRandom, syntheticLetterText, type SyntheticLetter } from './synthetic-letters.ts';
import { commandLine, runCommand, UsageError, wholeNumber } from './cli.ts';

const USAGE = `usage: npm run grow-archive -- <folder> [--letters 150]

Writes a copy of the archive, grown by synthetic letters, to <folder> (new or empty):
<folder>/letters, <folder>/sources and the data files beside them. Then:
LETTERS_DIR=<folder>/letters npm test

  --letters <n>   how many synthetic letters to add (default 150); the register and
                  Ofsted's national totals set how many can fit, and a number that does
                  not fit is refused before anything is written
  -h, --help      show this help`;

const ARCHIVE = 'content/letters';

/**
 * The synthetic letters for up to `count` authority-years the archive has no letter for,
 * authority by authority in the register's order, each with the grade the archive already
 * knows or, where none is known, a grade its year still has room for. `fits` is how many
 * could be made in all.
 */
export function growPlan(archiveRead: ReturnType<typeof readArchive>, count: number) {
  const { contents } = archiveRead;
  const archive = buildArchive(
    contents.letters.map((letter) => ({ id: letter.filePath, data: letter.data })),
    contents.totals,
    { register: contents.register, reported: contents.reported.map((record) => record.data) },
  );
  // Room left at each grade in each year: Ofsted's total less what the archive already knows.
  const room = new Map<string, number>();
  for (const summary of archive.years) {
    const totals = archive.national.get(summary.year)!;
    for (const group of summary.groups)
      if (typeof group.key === 'number')
        room.set(`${summary.year}/${group.key}`, totals.grades[group.key] - group.rows.length);
  }
  const roomFor = (year: number, grade: Grade) => room.get(`${year}/${grade}`) ?? 0;
  // Room left for each way of moving where Ofsted announced how many moved: 2010→2011.
  const moves = new Map<string, number>();
  for (const announced of announcedMovements(archive.national)) {
    const counts = directionCounts(
      movement(archive.authorities, announced.from as AssessmentYear, announced.to as AssessmentYear),
    );
    for (const way of ['improved', 'declined'] as const)
      moves.set(`${announced.from}-${announced.to}/${way}`, announced[way] - counts[way]);
  }
  /** The movement a new grade makes against a neighbouring year's, or none. */
  const moveOf = (from: number, to: number, a: Grade | undefined, b: Grade | undefined) => {
    const way = a === undefined || b === undefined ? 'unchanged' : direction(a, b);
    const key = `${from}-${to}/${way}`;
    return way !== 'unchanged' && moves.has(key) ? key : undefined;
  };
  /** The wanted grade if its year has room for it, and for the moves it makes, or the nearest that has. */
  const gradeWithRoom = (year: number, wanted: Grade, before?: Grade, after?: Grade) =>
    [0, 1, -1, 2, -2, 3, -3]
      .map((step) => wanted + step)
      .find(
        (grade): grade is Grade =>
          GRADES.includes(grade as Grade) &&
          roomFor(year, grade as Grade) > 0 &&
          [
            moveOf(year - 1, year, before, grade as Grade),
            moveOf(year, year + 1, grade as Grade, after),
          ].every((key) => key === undefined || moves.get(key)! > 0),
      );

  const plan: SyntheticLetter[] = [];
  const random = seededRandom(1);
  for (const authority of archive.authorities) {
    // "City of London" is left out: its slug is special, so "City of London Council" is not it.
    if (/^city of london$/i.test(authority.name)) continue;
    let walk = (1 + Math.floor(random() * 4)) as Grade;
    let previous: Grade | undefined;
    for (const year of authority.history.years) {
      const step = random();
      walk = Math.min(4, Math.max(1, walk + (step < 0.2 ? -1 : step > 0.8 ? 1 : 0))) as Grade;
      const known = isKnown(year) ? year.grade : undefined;
      if (year.basis === 'letter' || year.basis === 'withheld') {
        previous = known;
        continue;
      }
      const next = authority.history.years.find((y) => y.year === year.year + 1);
      const after = next && isKnown(next) ? next.grade : undefined;
      const grade = known ?? gradeWithRoom(year.year, walk, previous, after);
      if (grade === undefined) {
        previous = undefined;
        continue;
      }
      if (known === undefined) {
        room.set(`${year.year}/${grade}`, roomFor(year.year, grade) - 1);
        for (const key of [
          moveOf(year.year - 1, year.year, previous, grade),
          moveOf(year.year, year.year + 1, grade, after),
        ])
          if (key) moves.set(key, moves.get(key)! - 1);
      }
      const name = `${authority.name} Council`;
      const seed = 1_000_003 + plan.length;
      // A letter states last year's grade only as it is known, and only where it is the same.
      const states = previous === grade && random() < 0.6;
      plan.push({
        authority: name,
        year: year.year,
        grade,
        ...(states ? { statesPrevious: grade } : {}),
        letterhead: random() < 0.5,
        length: 2,
        seed,
      });
      previous = grade;
    }
  }
  return { plan: plan.slice(0, count), fits: plan.length };
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = commandLine(argv, {
    name: 'grow-archive',
    usage: USAGE,
    positionals: { min: 1, max: 1 },
    options: { letters: { type: 'string', default: '150' } },
  });
  const count = wholeNumber('letters', values.letters, 1, '150');
  const folder = resolve(positionals[0]!);
  const existed = existsSync(folder);
  if (existed && readdirSync(folder).length)
    throw new UsageError(`${folder} is not empty: give a new or empty folder`);

  // Plan and check everything before writing anything.
  const real = readArchive(ARCHIVE);
  failOnProblems([...real.problems, ...real.letterProblems]);
  const { plan, fits } = growPlan(real, count);
  if (plan.length < count)
    throw new UsageError(
      `--letters ${count}: at most ${fits} synthetic letters fit beside the ${real.contents.letters.length} real ones (the register's authorities, less the years the archive has a letter for or a withheld outcome, within Ofsted's national totals); nothing written`,
    );
  const lettersDir = relative(process.cwd(), join(folder, 'letters'));
  const synthetic = plan.map((spec) => ({
    filePath: `${lettersDir}/${authoritySlug(spec.authority)}/${spec.year}.mdx`,
    data: { ...parseLetterText(syntheticLetterText(spec), { lettersDir }).data, added: '2026-11-22' },
  }));
  const moved = archiveFolders(lettersDir);
  const problems = archiveCheck({
    ...real.contents,
    letters: [
      // The real letters as they will be in the copy: same text, their new folders.
      ...real.contents.letters.map((letter) => ({
        filePath: letter.filePath.replace(archiveFolders(ARCHIVE).letters, moved.letters),
        data: {
          ...letter.data,
          source: {
            ...letter.data.source,
            path: letter.data.source.path.replace(archiveFolders(ARCHIVE).sources, moved.sources),
          },
        },
      })),
      ...synthetic,
    ] as Parameters<typeof archiveCheck>[0]['letters'],
  });
  failOnProblems(problems, "The planned letters would fail the build's checks");

  try {
    mkdirSync(folder, { recursive: true });
    // The archive's data files, beside the letters as the site reads them.
    const { parent, letters, sources } = archiveFolders(ARCHIVE);
    for (const name of readdirSync(parent)) {
      if (![letters, sources].includes(join(parent, name)))
        cpSync(join(parent, name), join(folder, name), { recursive: true });
    }
    const inbox = join(folder, 'inbox');
    mkdirSync(inbox);
    for (const [i, spec] of plan.entries()) {
      const name = `${String(i).padStart(3, '0')}-${authoritySlug(spec.authority)}-${spec.year}.pdf`;
      writeFileSync(join(inbox, name), await letterPdf(syntheticLetterText(spec)));
    }
    const imported = spawnSync(
      process.execPath,
      ['scripts/import.ts', '--letters-dir', lettersDir, archiveFolders(ARCHIVE).sources, inbox],
      { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CI: '1' } },
    );
    rmSync(inbox, { recursive: true, force: true });
    if (imported.status !== 0) throw new Error(`the import failed (exit status ${imported.status})`);
  } catch (error) {
    // Never leave a half-written archive: remove what this run wrote.
    if (existed)
      for (const name of readdirSync(folder)) rmSync(join(folder, name), { recursive: true, force: true });
    else rmSync(folder, { recursive: true, force: true });
    console.error(`grow-archive: ${(error as Error).message}; nothing left in ${folder}`);
    return 1;
  }
  console.log(
    `${real.contents.letters.length + plan.length} letters in ${lettersDir}. Now: LETTERS_DIR=${lettersDir} npm test`,
  );
  return 0;
}

if (import.meta.main) await runCommand('grow-archive', () => main(process.argv.slice(2)));
