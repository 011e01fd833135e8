/**
 * Puts Pagefind's excerpt (escaped text with <mark> around the hits) into the page as
 * text and <mark> elements only. Whatever else the string holds stays text: a letter's
 * own "<script>" or a hostile query can never become markup.
 */
export function appendExcerpt(target: HTMLElement, excerptHtml: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${excerptHtml}</body>`, 'text/html');
  const copy = (from: Node, to: HTMLElement) => {
    for (const node of from.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        to.append(node.textContent ?? '');
      } else if (node instanceof Element && node.localName === 'mark') {
        const mark = document.createElement('mark');
        mark.textContent = node.textContent;
        to.append(mark);
      } else {
        copy(node, to);
      }
    }
  };
  copy(parsed.body, target);
}
