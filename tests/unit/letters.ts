/**
 * The fixture archive (tests/fixtures/), read without Astro, for unit tests. Unit tests
 * never read content/: the real archive grows a row or a letter at a time, and what
 * holds for it is checked by the browser tests, which derive their expectations from
 * its files. Exact expectations go here, on data the tests declare.
 */
import { readFileSync } from 'node:fs';
import type { Letter } from '../../src/lib/archive/letters.ts';
import { archiveLetters, readArchive, readArchiveData } from '../../src/lib/site/archive-files.ts';
import { buildArchive } from '../../src/lib/archive/build-archive.ts';
import { frontmatterData, letterFileBody } from '../../src/lib/archive/frontmatter.ts';
import { nationalTotalsSchema } from '../../src/lib/archive/national-totals.ts';
import type { LetterInput } from '../../src/lib/archive/letter-schema.ts';

export const FIXTURES = 'tests/fixtures';
export const FIXTURE_LETTERS = `${FIXTURES}/letters`;

/** A letter file's frontmatter, unchecked. */
export function frontmatter(path: string): LetterInput {
  return frontmatterData(readFileSync(path, 'utf8'), path) as LetterInput;
}

/** Fernleigh 2010: performs well, stating 2009 as performs well too. */
export const FERNLEIGH_2010 = `${FIXTURE_LETTERS}/fernleigh/2010.mdx`;
/** Hollowmere 2011: performs excellently, stating 2010 as performs excellently. */
export const HOLLOWMERE_2011 = `${FIXTURE_LETTERS}/hollowmere/2011.mdx`;

/** Ofsted's national totals as the fixture archive records them (the real ones). */
export function fixtureTotals() {
  return (JSON.parse(readFileSync(`${FIXTURES}/national-totals.json`, 'utf8')) as unknown[]).map((t) =>
    nationalTotalsSchema.parse(t),
  );
}

/** The fixture archive with its register and reported grades, as the site builds it. */
export interface FixtureLetter extends Letter {
  /** The letter's MDX body, as the content loader gives it. */
  body: string;
}

export function fixtureArchive() {
  const data = readArchiveData(FIXTURE_LETTERS);
  const letters = archiveLetters(FIXTURE_LETTERS).map((letter): FixtureLetter => ({
    id: `${letter.slug}/${letter.data.year}`,
    data: letter.data,
    body: letterFileBody(readFileSync(`${FIXTURE_LETTERS}/${letter.slug}/${letter.data.year}.mdx`, 'utf8')),
  }));
  return buildArchive(letters, fixtureTotals(), {
    register: data.register,
    reported: data.reported.map((r) => r.data),
    neighbours: data.neighbours.map((r) => r.data),
  });
}

export const fixtureAuthorities = () => fixtureArchive().authorities;

type ReadArchive = ReturnType<typeof readArchive>;

/**
 * The fixture archive as the importer is given it, without one authority's letters (so
 * that one of them can be imported again), its other contents as `contents` changes them.
 */
export function archiveWithout(
  archive: ReadArchive,
  slug: string,
  contents: Partial<ReadArchive['contents']> = {},
): ReadArchive {
  return {
    ...archive,
    contents: {
      ...archive.contents,
      letters: archive.contents.letters.filter((l) => !l.filePath.includes(`/${slug}/`)),
      ...contents,
    },
  };
}
