/**
 * A letter file's two parts: the YAML frontmatter between its opening `---` lines, and
 * the body after them. Written once, for the importer, the scripts and the tests; the
 * site itself gets both from Astro's content loader.
 */
import { parse } from 'yaml';

const FRONTMATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---(?:\r?\n|$)/;

export interface LetterFileParts {
  /** The YAML, without its fences. */
  frontmatter: string;
  /** Everything after the closing `---` line. */
  body: string;
}

/** The file's frontmatter and body, or undefined when it does not open with a `---` block. */
export function splitFrontmatter(text: string): LetterFileParts | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  return { frontmatter: match[1] ?? '', body: text.slice(match[0].length) };
}

/** The file's frontmatter parsed as YAML (unchecked: the schema says what it must hold). */
export function frontmatterData(text: string, file = 'the letter'): unknown {
  const parts = splitFrontmatter(text);
  if (!parts) throw new Error(`${file}: frontmatter: missing: the file must open with a --- block`);
  return parse(parts.frontmatter);
}

/** The file's body: the text after its frontmatter (all of it when there is none). */
export function letterFileBody(text: string): string {
  return splitFrontmatter(text)?.body ?? text;
}
