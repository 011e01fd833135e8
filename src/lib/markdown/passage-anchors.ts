/**
 * Links to each passage of a letter, so any single passage can be cited: each section
 * heading gets a link beside it, and each paragraph and bullet an id from its own words
 * and a link to itself. The ids are given as Sätteri compiles the letter (a hast plugin,
 * as Starlight's heading ids are); the links are written into the rendered letter
 * (linkPassages), as HTML. Made as elements in the compiled letter, the links doubled
 * each letter's module, which cost the build more than any other feature (see the
 * benchmark).
 * Labels are the heading's text, never markup, so a screen reader hears its words.
 */
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
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

/**
 * A link to `id` whose name is `label` (HTML), shown as `symbol`; kept out of the search
 * index. Written as Astro renders an element: a bare data-pagefind-ignore.
 */
function anchor(id: string, label: string, symbol: string): string {
  return `<a class="anchor" href="#${id}" data-pagefind-ignore><span class="visually-hidden">${label}</span><span aria-hidden="true">${symbol}</span></a>`;
}

/** A paragraph or bullet the plugin gave an id: the only elements whose ids look so. */
const PASSAGE = /<(p|li) id="(p-[0-9a-f]{8}(?:-\d+)?)">/g;
/** A section heading with its id, and its words. */
const HEADING = /<(h[23]) id="([^"]+)">([\s\S]*?)<\/\1>/g;
const LIST_ITEM_TAG = /<li[\s>]|<\/li>/g;

/** Where the element opened at `from` closes: its end tag's index (bullets may hold lists). */
function closingTag(html: string, tag: 'p' | 'li', from: number): number {
  // A paragraph holds no paragraph, so its end tag is the next one.
  if (tag === 'p') return html.indexOf('</p>', from);
  LIST_ITEM_TAG.lastIndex = from;
  let depth = 1;
  for (let match = LIST_ITEM_TAG.exec(html); match; match = LIST_ITEM_TAG.exec(html)) {
    depth += match[0] === '</li>' ? -1 : 1;
    if (depth === 0) return match.index;
  }
  return -1;
}

/**
 * A rendered letter body with its passage links: each paragraph and bullet with an id
 * ends with a link to itself, and each section heading with an id is set beside a link
 * to it (the link sits beside the heading, not inside it, so the heading's own text, read
 * out, listed and indexed, is the letter's alone).
 */
export function linkPassages(html: string): string {
  const links: Array<[at: number, link: string]> = [];
  for (const match of html.matchAll(PASSAGE)) {
    const [open, tag, id] = match as unknown as [string, 'p' | 'li', string];
    const at = closingTag(html, tag, match.index + open.length);
    if (at < 0) throw new Error(`A passage's <${tag} id="${id}"> is never closed`);
    links.push([at, anchor(id, 'Link to this point', '¶')]);
  }
  links.sort((a, b) => a[0] - b[0]);
  let linked = '';
  let done = 0;
  for (const [at, link] of links) {
    linked += html.slice(done, at) + link;
    done = at;
  }
  linked += html.slice(done);
  return linked.replace(
    HEADING,
    (heading, _tag: string, id: string, words: string) =>
      `<div class="heading-anchored">${heading}${anchor(id, `Link to the section: ${words.replace(/<[^>]*>/g, '')}`, '#')}</div>`,
  );
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

function passageIds(): HastPluginDefinition {
  const unique = uniqueIds();
  return {
    name: 'passage-ids',
    element: [
      {
        // One visitor for both, so ids are handed out in the letter's order. A paragraph
        // inside a bullet (a loose list) is the bullet's: the bullet has the id.
        filter: ['p', 'li'],
        visit(node, ctx) {
          if (node.tagName === 'p' && (ctx.parent(node) as { tagName?: string }).tagName === 'li') return;
          const text = ctx.textContent(node);
          if (!text.trim()) return;
          ctx.setProperty(node, 'id', unique(passageId(text)));
        },
      },
    ],
  };
}

/**
 * The hast plugins for astro.config's Sätteri processor: heading ids (the same plugin
 * Astro runs, so ids are exactly as before), then the passages' ids. linkPassages adds
 * the links that point at them.
 */
export function passageAnchorPlugins(): HastPluginEntry[] {
  // A factory: Sätteri calls it once per letter, so each letter counts its own ids.
  return [satteriHeadingIdsPlugin(), () => passageIds()];
}
