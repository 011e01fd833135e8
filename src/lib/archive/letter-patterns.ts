/**
 * The shapes of a letter's text that every reader goes by, defined once so no two can
 * disagree: the PDF reader (import/pdf), which lays a PDF out as text; the text reader
 * (import/text), which reads that text, or a published `.txt`, into a letter; and the
 * letter's body read back (letter-body.ts), which finds the sign-off again.
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

/** A date as letters print it, "9 December 2010" or "9th December, 2010": its day, month and year. */
export const DATE_LINE = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+),?\s+(\d{4})$/;

/**
 * A line shaped like a date, readable or not ("9 Decmber 2010", "09/12/2010"): where the
 * date stands. The text reader then reads it by DATE_LINE, or says why it cannot.
 */
export const DATE_LIKE = /^\d{1,2}(?:st|nd|rd|th)?\s+\S+\s+\d{4}$|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;

/**
 * The sign-off's words. The PDF reader finds the sign-off among a page's lines by them;
 * every line they match also has the sign-off's shape (isSignOff).
 */
export const SIGN_OFF_WORDS = /^yours\s+(?:sincerely|faithfully)\b/i;

/**
 * A sign-off's shape ("Yours sincerely", "Yours truly"): a short line that ends no
 * sentence. The text reader and letter-body.ts take the body's last paragraph for the
 * sign-off when it has this shape; the importer leaves it there, before the signatory.
 */
export function isSignOff(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 4 && /^\p{Lu}/u.test(text.trim()) && !/[.!?:;]$/.test(text.trim());
}

/** A page number as running headers and footers print it: "3", "Page 3 of 4", "3/4". */
export const PAGE_NUMBER = /^(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$/i;

/** A table's rule printed as text, a line of dashes: no word of the letter. */
export const RULE_LINE = /^[-\s]+$/;

/** How the PDF reader writes the signature, a picture, in a letter's text. */
export const SIGNATURE_MARK = '[signature]';

/**
 * The signature in a letter's text: the PDF reader's mark, or a transcriber's
 * description of the picture ("A handwritten signature in black ink that reads …").
 * Neither is a word of the letter.
 */
export function isSignatureNote(text: string): boolean {
  return text.trim() === SIGNATURE_MARK || /^a handwritten signature\b/i.test(text.trim());
}
