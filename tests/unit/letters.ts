/** Reads the committed letters' frontmatter for unit tests, without Astro. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Letter } from '../../src/lib/archive/letters.ts';
import { readArchiveData } from '../../src/lib/import/archive-files.ts';
import { buildArchive } from '../../src/lib/archive/build-archive.ts';
import type { LetterData, LetterInput } from '../../src/lib/archive/letter-schema.ts';

export function frontmatter(path: string): LetterInput {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`${path} has no frontmatter`);
  return parse(match[1]!) as LetterInput;
}

export const CAMBRIDGESHIRE = 'content/letters/cambridgeshire/2010.mdx';
export const NORTHAMPTONSHIRE = 'content/letters/northamptonshire/2011.mdx';

/** The committed letters with the real register and reported grades, as the site builds them. */
export function realArchive() {
  const data = readArchiveData('content/letters');
  const letters = [CAMBRIDGESHIRE, NORTHAMPTONSHIRE].map((path): Letter => ({
    id: path,
    data: frontmatter(path) as LetterData,
  }));
  return buildArchive(
    letters,
    data.totals.map((record) => record.data),
    {
      register: data.register,
      reported: data.reported.map((r) => r.data),
    },
  );
}

export const realAuthorities = () => realArchive().authorities;
