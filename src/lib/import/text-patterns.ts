/**
 * The shapes of a letter's text that both readers go by: the PDF reader (pdf-text.ts),
 * which lays a PDF out as text, and the text reader (letter-text.ts), which reads that
 * text, or a published `.txt`, into a letter. They are defined here once so the two can
 * never disagree about where a sentence or a bullet ends or starts.
 */

/**
 * The glyphs a bullet is printed with. The PDF reader keeps a bullet's glyph as printed,
 * so every glyph it takes for a bullet must be one the text reader takes for a bullet too:
 * the texts' own `-`, `•`, `*` and `–`, and the squares, circles and dots other PDFs use.
 */
const BULLET_GLYPH_CLASS = '[-•*–▪◦·○■]';

/** A line or segment that opens with a bullet glyph and a space: the space is the item's edge. */
export const BULLET = new RegExp(`^${BULLET_GLYPH_CLASS}\\s+`);

/** A bullet glyph standing alone: in a PDF, often a segment of its own before the item's words. */
export const BULLET_GLYPH = new RegExp(`^${BULLET_GLYPH_CLASS}$`);

/** A line that ends a sentence (or a clause, or a quotation): what a page break does not cut. */
export const SENTENCE_END = /[.!?:;)"'”’]$/;
