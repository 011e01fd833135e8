/**
 * The quote rule. A letter keeps the quotes and dashes its PDF prints (’ “ ” –), because
 * faithful means as printed. Anything that compares words (search, the word-for-word
 * checks, compare pages, the importer's golden test) compares them folded by `foldQuotes`,
 * so a reader typing ' or " finds the letter that prints ’ or “ ”.
 */
const SINGLE_QUOTES = /[‘’‚‛′`]/g;
const DOUBLE_QUOTES = /[“”„‟″]/g;

/** Curly single and double quotes (and their look-alikes) as straight ones. */
export function foldQuotes(text: string): string {
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
}
