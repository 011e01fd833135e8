/**
 * Marks every occurrence of the terms in an element's text, as <mark> elements around
 * whole words of text nodes (lib/search/search-phrases.ts findMarks): the query is never
 * parsed as HTML or used as a regular expression. Each mark's data-kind says whether it
 * is a phrase's or a single word's.
 */
import { findMarks, type MarkTerms } from '../lib/search/search-phrases.ts';

export function highlight(root: Element, terms: MarkTerms): HTMLElement[] {
  // Only the letter's visible words that search indexes: not the links and labels the site
  // adds to it, nor the letterhead, addresses and signature block search leaves out.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('.anchor, .visually-hidden, [data-pagefind-ignore]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const textNodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) textNodes.push(node as Text);
  const marks: HTMLElement[] = [];
  for (const node of textNodes) {
    const text = node.data;
    const matches = findMarks(text, terms);
    if (!matches.length) continue;
    const pieces: Node[] = [];
    let from = 0;
    for (const { start, end, kind } of matches) {
      if (start > from) pieces.push(document.createTextNode(text.slice(from, start)));
      const mark = document.createElement('mark');
      mark.className = 'hit';
      mark.dataset.kind = kind;
      mark.textContent = text.slice(start, end);
      marks.push(mark);
      pieces.push(mark);
      from = end;
    }
    if (from < text.length) pieces.push(document.createTextNode(text.slice(from)));
    node.replaceWith(...pieces);
  }
  return marks;
}

/** Takes the marks out again, leaving the text as it was. */
export function clearHighlights(marks: readonly HTMLElement[]): void {
  for (const mark of marks) mark.replaceWith(document.createTextNode(mark.textContent ?? ''));
}
