/** Reads the committed letters' frontmatter for unit tests, without Astro. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { LetterInput } from '../../src/lib/letter-schema.ts';

export function frontmatter(path: string): LetterInput {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`${path} has no frontmatter`);
  return parse(match[1]!) as LetterInput;
}

export const CAMBRIDGESHIRE = 'content/letters/cambridgeshire/2010.mdx';
export const NORTHAMPTONSHIRE = 'content/letters/northamptonshire/2011.mdx';
