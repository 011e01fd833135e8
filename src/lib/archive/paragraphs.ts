/**
 * A letter's numbered paragraphs, as Find Case Law numbers a judgment's: the letter's own
 * words (each paragraph and bullet from the authority's heading on, not Ofsted's standard
 * text) are counted 1, 2, 3… in order. One owner for how a number is addressed and cited,
 * shared by the Markdown plugin that numbers them, the citation, and the Copy button.
 */

const PREFIX = 'para-';

/** The fragment id of paragraph `n`: `para-12`. */
export function paragraphId(n: number): string {
  return `${PREFIX}${n}`;
}

/** The number a paragraph id names (`para-12` → 12), or undefined for any other id. */
export function paragraphNumber(id: string): number | undefined {
  const match = /^para-([1-9]\d*)$/.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** How a citation names paragraph `n`, after the letter's date: "para 12". */
export function paragraphCited(n: number): string {
  return `para ${n}`;
}

/** The accessible name of paragraph `n`'s number, which links to it. */
export function paragraphLabel(n: number): string {
  return `Paragraph ${n}`;
}
