/**
 * Writes a letter as MDX from its syntax tree. The tree is serialised, never
 * concatenated as text, so anything that means something in MDX (`{`, `<`, `*`, an
 * `import` or `export` at a line's start) comes out escaped and renders as the letter's
 * own words. remark-gfm gives the tables; remark-mdx knows which characters to escape.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as stringifyYaml } from 'yaml';
import { frontmatterData } from '../../archive/frontmatter.ts';
import { isIsoDate, type LetterInput } from '../../archive/letter-schema.ts';

const writer = unified()
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    listItemIndent: 'one',
    // MDX reads a line starting `import ` or `export ` as code: write its first letter
    // as a character reference so it stays text.
    unsafe: [
      { atBreak: true, character: 'i', after: 'mport\\b' },
      { atBreak: true, character: 'e', after: 'xport\\b' },
    ],
  })
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkMdx);

export function letterMdx(data: LetterInput, body: Root): string {
  const frontmatter = stringifyYaml(data, { lineWidth: 0 });
  return `---\n${frontmatter}---\n\n${writer.stringify(body)}`;
}

/** The `added` date a letter file written by letterMdx records, or undefined if it has no valid one. */
export function letterAdded(mdx: string): string | undefined {
  try {
    const added = (frontmatterData(mdx) as { added?: unknown } | null)?.added;
    return typeof added === 'string' && isIsoDate(added) ? added : undefined;
  } catch {
    return undefined;
  }
}
