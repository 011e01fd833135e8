/**
 * Links to each passage of a letter, made once per letter as Sätteri renders it (as
 * Starlight's heading links are): each section heading gets a link beside it, and each
 * paragraph and bullet an id from its own words and a link to itself, so any single
 * passage can be cited.
 * Labels come from the syntax tree's text, so a screen reader hears the heading's words
 * ("children's"), never markup.
 */
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import type { Element } from 'hast';
import type { HastPluginDefinition, HastPluginEntry } from 'satteri';

// The characters HTML escapes, by code, each with its escape's character codes.
const HTML_ESCAPES: Array<number[] | undefined> = [];
for (const [char, escape] of Object.entries({
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&#39;',
  '"': '&quot;',
}))
  HTML_ESCAPES[char.charCodeAt(0)] = [...escape].map((c) => c.charCodeAt(0));

/**
 * A passage's id (a paragraph's or a bullet's), from its words: a link keeps pointing at the same passage however the
 * letter's other parts change. The hash reads the words HTML-escaped, as the ids were
 * first made from rendered HTML: that keeps every id (and every passage link) as published.
 */
export function passageId(text: string): string {
  // FNV-1a over the code points of the words, spacing collapsed, each of & < > ' " read as
  // its escape: short, stable and good enough to tell a letter's bullets apart. One pass
  // over the text, with no escaped copy, as Sätteri asks for every passage of every letter.
  const words = text.replace(/\s+/g, ' ').trim();
  let hash = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) {
    let code = words.charCodeAt(i);
    const low = code >= 0xd800 && code <= 0xdbff ? words.charCodeAt(i + 1) : NaN;
    if (low >= 0xdc00 && low <= 0xdfff) {
      code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      i++;
    }
    const escape = code < 63 ? HTML_ESCAPES[code] : undefined;
    if (escape) {
      for (const c of escape) hash = Math.imul(hash ^ c, 0x01000193) >>> 0;
    } else {
      hash = Math.imul(hash ^ code, 0x01000193) >>> 0;
    }
  }
  return `p-${hash.toString(16).padStart(8, '0')}`;
}

/** A link to `id` whose name is `label`, shown as `symbol`; kept out of the search index. */
function anchor(id: string, label: string, symbol: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['anchor'], href: `#${id}`, dataPagefindIgnore: '' },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['visually-hidden'] },
        children: [{ type: 'text', value: label }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { ariaHidden: 'true' },
        children: [{ type: 'text', value: symbol }],
      },
    ],
  };
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

function passageAnchors(): HastPluginDefinition {
  const unique = uniqueIds();
  return {
    name: 'passage-anchors',
    element: [
      {
        // The link sits beside the heading, not inside it, so the heading's own text
        // (read out, listed, indexed) is the letter's alone.
        filter: ['h2', 'h3'],
        visit(node, ctx) {
          const id = node.properties?.id;
          if (typeof id !== 'string' || !id) return;
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['heading-anchored'] },
            children: [anchor(id, `Link to the section: ${ctx.textContent(node)}`, '#')],
          });
        },
      },
      {
        // One visitor for both, so ids are handed out in the letter's order. A paragraph
        // inside a bullet (a loose list) is the bullet's: the bullet has the link.
        filter: ['p', 'li'],
        visit(node, ctx) {
          if (node.tagName === 'p' && (ctx.parent(node) as { tagName?: string }).tagName === 'li') return;
          const text = ctx.textContent(node);
          if (!text.trim()) return;
          const id = unique(passageId(text));
          ctx.setProperty(node, 'id', id);
          ctx.appendChild(node, anchor(id, 'Link to this point', '¶'));
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
