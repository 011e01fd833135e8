/**
 * The nodes a letter's body is written as (mdast): paragraphs, lists, tables, and the
 * `<StandardText part="…">` element that wraps a standard part.
 */
import type { BlockContent, List, ListItem, PhrasingContent, RootContent, Table } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { STANDARD_TEXT_ELEMENT, type StandardTextPart } from '../../archive/letter-body.ts';

export const text = (value: string): PhrasingContent => ({ type: 'text', value });
const cell = (value: string) => ({ type: 'tableCell' as const, children: [text(value)] });
const row = (values: string[]) => ({ type: 'tableRow' as const, children: values.map(cell) });

export function table(header: string[], rows: string[][]): Table {
  return { type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)] };
}

export function paragraphNode(value: string): RootContent {
  return { type: 'paragraph', children: [text(value)] };
}

export function listNode(items: string[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item): ListItem => ({
      type: 'listItem',
      spread: false,
      children: [paragraphNode(item) as BlockContent],
    })),
  };
}

export function standardText(part: StandardTextPart, children: RootContent[]): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: STANDARD_TEXT_ELEMENT,
    attributes: [{ type: 'mdxJsxAttribute', name: 'part', value: part }],
    children: children as MdxJsxFlowElement['children'],
  };
}

/** A block of the body as it will be written, with the standard part it belongs to. */
export interface BodyBlock {
  node: RootContent;
  standard?: 'opening' | 'statutory';
}

/** The body's blocks as its nodes: consecutive blocks of one standard part go in one wrapper. */
export function wrapStandardParts(out: BodyBlock[]): RootContent[] {
  const children: RootContent[] = [];
  for (let i = 0; i < out.length;) {
    const part = out[i]!.standard;
    let j = i + 1;
    while (part && out[j]?.standard === part) j++;
    const nodes = out.slice(i, j).map((b) => b.node);
    children.push(...(part ? [standardText(part, nodes) as RootContent] : nodes));
    i = j;
  }
  return children;
}

/** The nodes without their standard parts' wrappers, in the same order. */
export function unwrapStandardParts(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node) =>
    node.type === 'mdxJsxFlowElement' ? unwrapStandardParts(node.children as RootContent[]) : [node],
  );
}
