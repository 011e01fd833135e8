/**
 * Links to each passage of a letter, made once per letter as Sätteri renders it (as
 * Starlight's heading links are): each section heading gets a link beside it; each
 * paragraph and bullet an id from its own words (`#p-…`, kept as published), and each of
 * the letter's own a number in the margin that links to it (`#para-12`), so any single
 * passage can be cited, by number.
 * Labels come from the syntax tree's text, so a screen reader hears the heading's words
 * ("children's"), never markup.
 */
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import type { Element } from 'hast';
import type { HastPluginDefinition, HastPluginEntry, HastVisitorContext } from 'satteri';
import { STANDARD_TEXT_ELEMENT } from '../archive/letter-body.ts';
import { paragraphId, paragraphLabel } from '../archive/paragraphs.ts';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&#39;',
  '"': '&quot;',
};

/**
 * A passage's id (a paragraph's or a bullet's), from its words: a link keeps pointing at the same passage however the
 * letter's other parts change. The hash reads the words HTML-escaped, as the ids were
 * first made from rendered HTML: that keeps every id (and every passage link) as published.
 */
export function passageId(text: string): string {
  // FNV-1a: short, stable and good enough to tell a letter's bullets apart.
  let hash = 0x811c9dc5;
  for (const char of text
    .replace(/[&<>'"]/g, (c) => HTML_ESCAPES[c]!)
    .replace(/\s+/g, ' ')
    .trim()) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `p-${hash.toString(16).padStart(8, '0')}`;
}

/**
 * A link to `id` named `label`. It holds no text: what it shows (`#` beside a heading, the
 * number in a paragraph's margin) is drawn by CSS from the element (letter.css), so copying
 * the letter's words never carries it. Kept out of the search index.
 */
function anchor(id: string, label: string, extra: Element['properties'] = {}): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: `#${id}`, ariaLabel: label, dataPagefindIgnore: '', ...extra },
    children: [],
  };
}

/** A paragraph's number, in its margin: the one link of the passage, and the target of its address. */
function paragraphLink(n: number): Element {
  const id = paragraphId(n);
  return anchor(id, paragraphLabel(n), { className: ['passage-number'], id, dataN: String(n) });
}

/** Whether a node sits inside one of Ofsted's standard parts (`<StandardText>` in the MDX). */
function inStandardText(node: Element, ctx: HastVisitorContext): boolean {
  for (let up = ctx.parent(node); up && up.type !== 'root'; up = ctx.parent(up as Element)) {
    if (up.type === 'mdxJsxFlowElement' && up.name === STANDARD_TEXT_ELEMENT) return true;
  }
  return false;
}

/**
 * The id for the next passage of one letter: its words' id, or, for words the letter has
 * already used (a sentence printed twice), that id with "-2", "-3"… in the order they come,
 * so ids stay unique and the first keeps the id its words always had.
 */
export function uniqueIds(): (id: string) => string {
  const seen = new Map<string, number>();
  return (id) => {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  };
}

/**
 * Whether a paragraph is the grade line printed as a sentence right after the authority's
 * heading ("Overall assessment: Performs adequately (2)"): like the grade table, the grade,
 * not the letter's words, as letterParts (lib/archive/letter-body.ts) reads it too.
 */
function isGradeLine(node: Element, ctx: HastVisitorContext): boolean {
  if (node.tagName !== 'p') return false;
  const parent = ctx.parent(node);
  const index = ctx.indexOf(node);
  if (!parent || index === undefined) return false;
  const before = parent.children.slice(0, index).findLast((child) => child.type === 'element');
  return before?.type === 'element' && before.tagName === 'h2';
}

/**
 * Which passages are numbered: the letter's own words, from its first section heading (the
 * authority's) until Ofsted's standard text closes the letter. The salutation, a grade line,
 * the standard text (the same in every letter of a year) and the valediction keep their ids
 * but have no number, as Find Case Law numbers a judgment's paragraphs and not its front matter.
 */
function passageAnchors(): HastPluginDefinition {
  const unique = uniqueIds();
  let headingSeen = false;
  let closed = false;
  let count = 0;
  // Whether the last of the four visited was an h2: the nodes come in the letter's order, so
  // only the first visited after an h2 can be its grade line, and only that one is checked
  // (isGradeLine reads the parent's children, which costs Sätteri a copy of the whole tree).
  let afterH2 = false;
  return {
    name: 'passage-anchors',
    element: [
      {
        // One visitor for all four, so ids and numbers are handed out in the letter's order.
        filter: ['h2', 'h3', 'p', 'li'],
        visit(node, ctx) {
          const followsH2 = afterH2;
          afterH2 = node.tagName === 'h2';
          if (node.tagName === 'h2' || node.tagName === 'h3') {
            headingSeen = true;
            const id = node.properties?.id;
            if (typeof id !== 'string' || !id) return;
            // The link sits beside the heading, not inside it, so the heading's own text
            // (read out, listed, indexed) is the letter's alone.
            ctx.wrapNode(node, {
              type: 'element',
              tagName: 'div',
              properties: { className: ['heading-anchored'] },
              children: [
                anchor(id, `Link to the section: ${ctx.textContent(node)}`, { className: ['anchor'] }),
              ],
            });
            return;
          }
          // A paragraph inside a bullet (a loose list) is the bullet's: the bullet has the id.
          if (node.tagName === 'p' && (ctx.parent(node) as { tagName?: string }).tagName === 'li') return;
          const text = ctx.textContent(node);
          if (!text.trim()) return;
          ctx.setProperty(node, 'id', unique(passageId(text)));
          if (inStandardText(node, ctx)) {
            if (headingSeen) closed = true;
            return;
          }
          if (!headingSeen || closed || (followsH2 && isGradeLine(node, ctx))) return;
          count += 1;
          // A space after the number: it sits in the margin, but as text it is its own word.
          ctx.insertChildAt(node, 0, [paragraphLink(count), { type: 'text', value: ' ' }]);
        },
      },
    ],
  };
}

/**
 * The hast plugins for astro.config's Sätteri processor. Heading ids first (the same
 * plugin Astro runs, so ids are exactly as before), then the links that point at them.
 */
export function passageAnchorPlugins(): HastPluginEntry[] {
  // A factory: Sätteri calls it once per letter, so each letter counts its own ids.
  return [satteriHeadingIdsPlugin(), () => passageAnchors()];
}
