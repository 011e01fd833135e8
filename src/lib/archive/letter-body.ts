/**
 * A letter's body, read back: the MDX the importer writes (letter-mdx.ts), parsed by the
 * same Sätteri parser that renders it, so the reader and the page can never disagree
 * about what is a heading, a bullet or a table cell, or how an escape reads. The one
 * table of section headings lives here too: the importer finds headings by their shape,
 * and comparisons line letters' sections up by this table. So does the list of the
 * standard parts, which the importer marks and the letter page shows quietly.
 */
import type { Root, RootContent } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import { mdxToMdast } from 'satteri';
import { isSignOff } from './letter-patterns.ts';
import { foldQuotes } from './typography.ts';

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

/**
 * What a section's heading names, by its key word, for a heading the table above does
 * not hold: Ofsted reworded its headings from year to year. "Prospects for improvement"
 * names prospects, so prospects and outcomes are asked first.
 */
const SECTION_WORDS: [RegExp, SectionKey][] = [
  [/\bprospects?\b/, 'prospects'],
  [/\boutcomes?\b/, 'outcomes'],
  [/\bstrengths?\b/, 'strengths'],
  [/\b(?:improvements?|development|weakness(?:es)?|priorit(?:y|ies))\b/, 'improvement'],
];

/**
 * The section a heading starts, matched on its words ignoring case and quotes, first in
 * the table of headings, then by its key word; undefined if none.
 */
export function sectionOf(heading: string): SectionKey | undefined {
  const words = foldQuotes(heading).replace(/\s+/g, ' ').trim().toLowerCase();
  return (
    LETTER_SECTIONS.find((s) => (s.headings as readonly string[]).includes(words))?.key ??
    SECTION_WORDS.find(([pattern]) => pattern.test(words))?.[1]
  );
}

/**
 * The parts of a letter that are Ofsted's standard text, not the assessment of this
 * authority: the opening explanation of the assessment (everything between the
 * salutation and the authority's heading), the four-point scale within it, and the
 * closing statutory sentence. The importer finds them by their place in the letter
 * (letter-text.ts) and wraps each in a `<StandardText part="…">` element of the MDX;
 * the letter page shows them quietly, each inside an element carrying
 * `data-standard-text="<part>"`, which search leaves out by default.
 */
export const STANDARD_TEXT_PARTS = {
  opening: 'the explanation of the assessment',
  scale: 'the four-point scale',
  statutory: 'the statutory basis of the assessment',
} as const;

export type StandardTextPart = keyof typeof STANDARD_TEXT_PARTS;

/** The MDX element that wraps a standard part; the letter page supplies its component. */
export const STANDARD_TEXT_ELEMENT = 'StandardText';

export function isStandardTextPart(value: unknown): value is StandardTextPart {
  return typeof value === 'string' && Object.hasOwn(STANDARD_TEXT_PARTS, value);
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

/** The standard part a node wraps (`<StandardText part="…">`), or undefined. */
export function standardTextPartOf(node: RootContent): StandardTextPart | undefined {
  if (node.type !== 'mdxJsxFlowElement' || node.name !== STANDARD_TEXT_ELEMENT) return undefined;
  const part = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'part')?.value;
  return isStandardTextPart(part) ? part : undefined;
}

/** The body's blocks in order, with the standard parts' wrappers opened. */
function blocksOf(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node) => (node.type === 'mdxJsxFlowElement' ? blocksOf(node.children) : [node]));
}

/** A block's words as lines: one per paragraph, heading and bullet, and per table row, cells joined by tabs. */
function linesOf(node: RootContent): string[] {
  if (node.type === 'list') return node.children.map(plainText);
  if (node.type === 'table') return node.children.map((row) => row.children.map(plainText).join('\t'));
  const text = plainText(node);
  return text ? [text] : [];
}

/**
 * The body's words as lines of plain text, in order: a line per paragraph, heading and
 * bullet, and per table row with its cells joined by tabs. Standard text included.
 */
export function letterBodyLines(body: string): string[] {
  return blocksOf(readLetterBody(body).children).flatMap(linesOf);
}

export interface StandardText {
  part: StandardTextPart;
  /** Its words as lines, as letterBodyLines gives them. */
  lines: string[];
}

/**
 * The letter's standard text, part by part in the letter's order; a part within
 * another (the scale within the opening) comes after it, and its lines are in both.
 */
export function letterStandardText(body: string): StandardText[] {
  const found: StandardText[] = [];
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'mdxJsxFlowElement') continue;
      const part = standardTextPartOf(node);
      if (part) found.push({ part, lines: blocksOf(node.children).flatMap(linesOf) });
      visit(node.children);
    }
  };
  visit(readLetterBody(body).children);
  return found;
}

/**
 * The comparable parts of a letter's body, in the letter's order: from the grade line
 * after the authority's heading (the body's one second-level heading) to the standard
 * text that closes the letter, or to its sign-off.
 */
export function letterParts(body: string): readonly LetterPart[] {
  let parts = partsOfBody.get(body);
  if (!parts) partsOfBody.set(body, (parts = readParts(body)));
  return parts;
}

/**
 * Each body's parts, read once per process: a build asks for a letter's parts on each of its
 * compare pages and for its improvements and feed entry, and reading a body is most of the
 * cost. The parts are shared, so nobody changes them.
 */
const partsOfBody = new Map<string, readonly LetterPart[]>();

function readParts(body: string): LetterPart[] {
  const nodes = readLetterBody(body).children;
  const titleAt = nodes.findIndex((n) => n.type === 'heading' && n.depth === 2);
  if (titleAt < 0) return [];
  // The grade line follows the heading, as a table or a sentence: not a part's words.
  const rest = nodes.slice(titleAt + 2);
  const closingAt = rest.findIndex((n) => standardTextPartOf(n) !== undefined);
  const assessed = closingAt < 0 ? rest : rest.slice(0, closingAt);
  const last = assessed[assessed.length - 1];
  if (last?.type === 'paragraph' && isSignOff(plainText(last))) assessed.pop();
  const parts: LetterPart[] = [];
  let current: { key: PartKey | undefined; heading: string; blocks: PartBlock[] } = {
    key: 'summary',
    heading: PART_NAMES.summary,
    blocks: [],
  };
  const close = () => {
    if (current.key) parts.push({ key: current.key, heading: current.heading, blocks: current.blocks });
  };
  for (const node of assessed) {
    const text = plainText(node);
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

/** A numbered paragraph of a letter: its number, the part it is in, and its words. */
export interface NumberedParagraph {
  n: number;
  /** The heading of its part, as the letter prints it ("Summary judgement" before the first). */
  part: string;
  text: string;
}

/**
 * The letter's numbered paragraphs, 1, 2, 3… over its own words (each paragraph and bullet
 * of its parts): the numbers its page shows in the margin and cites as "para 12".
 */
export function letterParagraphs(body: string): NumberedParagraph[] {
  const texts = letterParts(body).flatMap((part) =>
    part.blocks
      .flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.items))
      .map((text) => ({ part: part.heading, text })),
  );
  return texts.map((paragraph, i) => ({ n: i + 1, ...paragraph }));
}

/**
 * The body's lines (letterBodyLines) with each numbered paragraph's number before it,
 * "[12] The council …", so a "para 12" citation can be found in the plain text.
 */
export function numberedBodyLines(body: string): string[] {
  const queue = letterParagraphs(body);
  let next = 0;
  return letterBodyLines(body).map((line) => {
    const paragraph = queue[next];
    if (paragraph?.text !== line) return line;
    next += 1;
    return `[${paragraph.n}] ${line}`;
  });
}
