/**
 * The import against the archive as it would be after it: the build's own checks
 * (archiveCheck), so the importer refuses what the build would, first and in its words.
 */
import { archiveCheck, type ArchiveContents, type ArchiveLetterFile } from '../archive/archive-checks.ts';
import type { LetterData } from '../archive/letter-schema.ts';
import { fieldRoot, formatProblem, type Problem } from '../archive/problems.ts';

/** The archive as it is now (readArchive): its contents, and the problems found reading them. */
export interface ArchiveNow {
  contents: ArchiveContents;
  problems: readonly Problem[];
  letterProblems: readonly Problem[];
}

/** An input as planned, as far as the checks need it; a refused one gains errors. */
export interface PlannedLetter {
  path: string;
  errors: Problem[];
  letter?: { path: string; line: number };
  /** The letter's checked frontmatter and the line in the input each field was read from. */
  checked?: { data: LetterData; lines: Record<string, number> };
}

/**
 * Runs the build's checks (archiveCheck) on the archive as it would be after the import.
 * Usually all the letters together pass at once. Where they do not, they are added one by
 * one, in input order, and each letter that brings a new problem is refused with it: a
 * problem naming the letter's own file is told against the input's file and line; any
 * other (a later letter's statement, a national total) is given in the build's words as
 * it stands. Returns the problems the archive has whatever is imported.
 */
export function checkAgainstArchive(planned: PlannedLetter[], archive: ArchiveNow): Problem[] {
  // A data file that fails its own checks leaves nothing sound to check letters against.
  if (archive.problems.length) return [...archive.problems];
  const candidates = planned.filter((one) => !one.errors.length && one.letter && one.checked);
  // A letter file that fails its schema stands, unless this import replaces it.
  const replacing = new Set(candidates.map((one) => one.letter!.path));
  const standing = archive.letterProblems.filter((problem) => !replacing.has(problem.file));
  const letters = new Map<string, ArchiveLetterFile>(
    archive.contents.letters.map((letter) => [letter.filePath, letter]),
  );
  const check = () => archiveCheck({ ...archive.contents, letters: [...letters.values()] });
  // Problems are told apart by their whole line: the same words about the same place.
  const lines = (problems: Problem[]) => new Set(problems.map(formatProblem));
  const before = lines(check());
  const held = new Map(candidates.map((one) => [one, letters.get(one.letter!.path)]));
  for (const one of candidates)
    letters.set(one.letter!.path, { filePath: one.letter!.path, data: one.checked!.data });
  if (check().some((problem) => !before.has(formatProblem(problem)))) {
    for (const [one, letter] of held) {
      if (letter) letters.set(one.letter!.path, letter);
      else letters.delete(one.letter!.path);
    }
    let known = before;
    for (const one of candidates) {
      const path = one.letter!.path;
      const previous = letters.get(path);
      letters.set(path, { filePath: path, data: one.checked!.data });
      const now = check();
      const fresh = now.filter((problem) => !known.has(formatProblem(problem)));
      if (!fresh.length) {
        known = lines(now);
        continue;
      }
      one.errors.push(...fresh.map((problem) => asInputProblem(problem, one)));
      if (previous) letters.set(path, previous);
      else letters.delete(path);
    }
  }
  return [...standing, ...check()];
}

/**
 * A problem the build finds in the letter to be written (content/letters/x/2010.mdx,
 * grade) told against the input it comes from, at the line its field was read from
 * (x.txt:31, grade), in the same words. A problem elsewhere stays as it is.
 */
function asInputProblem(problem: Problem, one: PlannedLetter): Problem {
  if (problem.file !== one.letter!.path) return problem;
  const line = one.checked!.lines[fieldRoot(problem.field) ?? 'authority'] ?? one.letter!.line;
  return { ...problem, file: one.path, line };
}
