/**
 * A letter's body, read back: the MDX the importer writes (letter-mdx.ts), parsed by the
 * same Sätteri parser that renders it, so the reader and the page can never disagree
 * about what is a heading, a bullet or a table cell, or how an escape reads. The one
 * table of section headings lives here too: the importer recognises them with it, and
 * comparisons line letters up by it.
 */
import type { Root, RootContent } from 'mdast';
import { mdxToMdast } from 'satteri';

/** Each section a letter can have, in the order a comparison shows them, with every heading it is printed under. */
export const LETTER_SECTIONS = [
  { key: 'strengths', name: 'Strengths', headings: ['strengths'] },
  {
    key: 'improvement',
    name: 'Areas for improvement or development',
    headings: [
      'areas for improvement',
      'areas for further improvement',
      'areas for development',
      'areas for further development',
      'key areas for further development',
      'key areas for further improvement',
    ],
  },
  {
    key: 'outcomes',
    name: 'Outcomes for children and young people',
    headings: ['outcomes for children and young people'],
  },
  { key: 'prospects', name: 'Prospects for improvement', headings: ['prospects for improvement'] },
] as const;

export type SectionKey = (typeof LETTER_SECTIONS)[number]['key'];

/** The section a heading starts, matched on its words ignoring case; undefined if none. */
export function sectionOf(heading: string): SectionKey | undefined {
  const words = heading.trim().toLowerCase();
  return LETTER_SECTIONS.find((s) => (s.headings as readonly string[]).includes(words))?.key;
}

/** The parts a comparison sets side by side: the summary judgement, then each section. */
export type PartKey = 'summary' | SectionKey;

export const PART_NAMES: Record<PartKey, string> = {
  summary: 'Summary judgement',
  ...(Object.fromEntries(LETTER_SECTIONS.map((s) => [s.key, s.name])) as Record<SectionKey, string>),
};

export type PartBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

export interface LetterPart {
  key: PartKey;
  /** The heading as the letter prints it; "Summary judgement" for the summary. */
  heading: string;
  blocks: PartBlock[];
}

// Each letter is read once per build, however many pages and files use it.
const trees = new Map<string, Root>();

/** The body's syntax tree (without positions, which nothing here reads). */
export function readLetterBody(body: string): Root {
  let tree = trees.get(body);
  if (!tree) {
    tree = mdxToMdast(body, { features: { gfm: true }, position: false }) as Root;
    trees.set(body, tree);
  }
  return tree;
}

/** A node's words, as the page shows them: escapes and character references undone. */
function plainText(node: RootContent | Root): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(plainText).join('');
  return '';
}

/**
 * The body's words as lines of plain text, in order: a line per paragraph, heading and
 * bullet, and per table row with its cells joined by tabs.
 */
export function letterBodyLines(body: string): string[] {
  return readLetterBody(body).children.flatMap((node): string[] => {
    if (node.type === 'list') return node.children.map(plainText);
    if (node.type === 'table') return node.children.map((row) => row.children.map(plainText).join('\t'));
    const text = plainText(node);
    return text ? [text] : [];
  });
}

const TITLE = /services assessment \d{4}\s*$/;
const STATUTORY = /^This children['’]s services assessment is provided/;

/** The comparable parts of a letter's body, in the letter's order. */
export function letterParts(body: string): LetterPart[] {
  const nodes = readLetterBody(body).children;
  const titleAt = nodes.findIndex((n) => n.type === 'heading' && n.depth === 2 && TITLE.test(plainText(n)));
  if (titleAt < 0) return [];
  const parts: LetterPart[] = [];
  let current: { key: PartKey | undefined; heading: string; blocks: PartBlock[] } = {
    key: 'summary',
    heading: PART_NAMES.summary,
    blocks: [],
  };
  const close = () => {
    if (current.key) parts.push({ key: current.key, heading: current.heading, blocks: current.blocks });
  };
  for (const node of nodes.slice(titleAt + 1)) {
    const text = plainText(node);
    if (STATUTORY.test(text)) break;
    if (node.type === 'heading') {
      close();
      current = { key: sectionOf(text), heading: text.trim(), blocks: [] };
    } else if (node.type === 'list') {
      current.blocks.push({ kind: 'list', items: node.children.map(plainText) });
    } else if (node.type !== 'table' && text.trim()) {
      current.blocks.push({ kind: 'paragraph', text });
    }
  }
  close();
  return parts;
}
