/**
 * Rules that span a letter's file and its frontmatter, or several letters: the schema
 * sees one letter's frontmatter and cannot know where it lives or what else exists.
 * Each problem names the file and the field.
 */
import { gradeWordsWithNumber } from './grades.ts';
import { authoritySlug } from './slug.ts';
import type { LetterData } from './letter-schema.ts';
import { archiveFolders, lettersDirectory } from './archive-folders.ts';
import type { Problem } from './problems.ts';

export interface LetterFile {
  /** The file, relative to the project root: content/letters/<slug>/<year>.mdx */
  filePath: string;
  data: Pick<LetterData, 'authority' | 'year' | 'source' | 'grade' | 'previous'>;
}

/**
 * Where a letter must live, and its published text beside it: the sources folder is
 * the letters folder's sibling (content/letters → content/sources).
 */
export function letterFiles(authority: string, year: number, lettersDir = lettersDirectory({})) {
  const slug = authoritySlug(authority);
  const folders = archiveFolders(lettersDir);
  return {
    slug,
    letter: `${folders.letters}/${slug}/${year}.mdx`,
    source: `${folders.sources}/${slug}/${year}.txt`,
  };
}

export function letterFileProblems({ filePath, data }: LetterFile): Problem[] {
  const problems: Problem[] = [];
  const problem = (field: string, message: string) => problems.push({ file: filePath, field, message });
  const parts = filePath.split('/');
  const [folder, name] = parts.slice(-2);
  const expected = letterFiles(data.authority, data.year, parts.slice(0, -2).join('/'));
  if (folder !== expected.slug) {
    problem(
      'authority',
      `"${data.authority}" has the slug "${expected.slug}", so the letter belongs in the folder "${expected.slug}/", not "${folder}/"`,
    );
  }
  if (name !== `${data.year}.mdx`) {
    problem('year', `the letter says ${data.year}, so the file must be named ${data.year}.mdx, not ${name}`);
  }
  if (data.source.path !== expected.source) {
    problem('source.path', `must be ${expected.source}, not ${data.source.path}`);
  }
  return problems;
}

/**
 * Every problem in a set of letters: each file's own, then any authority and year held
 * twice, then any letter whose statement of the year before disagrees with that year's
 * own letter (the archive cannot say which is right, so it refuses to guess).
 */
export function archiveProblems(files: readonly LetterFile[]): Problem[] {
  const problems = files.flatMap(letterFileProblems);
  const seen = new Map<string, LetterFile>();
  const key = (authority: string, year: number) => `${authoritySlug(authority)}/${year}`;
  for (const file of files) {
    const { filePath, data } = file;
    const first = seen.get(key(data.authority, data.year));
    if (first) {
      problems.push({
        file: filePath,
        field: 'authority, year',
        message: `a second letter for ${data.authority} ${data.year}; the first is ${first.filePath}. One letter per authority and year.`,
      });
    } else {
      seen.set(key(data.authority, data.year), file);
    }
  }
  for (const { filePath, data } of files) {
    const stated = data.previous;
    const letter = stated && seen.get(key(data.authority, stated.year));
    if (stated && letter && letter.data.grade !== stated.grade) {
      problems.push({
        file: filePath,
        field: 'previous.grade',
        message: `states ${gradeWordsWithNumber(stated.grade)} for ${stated.year} ("${stated.evidence}"), but ${letter.filePath} gives ${gradeWordsWithNumber(letter.data.grade)}`,
      });
    }
  }
  return problems;
}
