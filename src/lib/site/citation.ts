/** How to cite a letter: authority, title, Ofsted, date and the archive's address; a passage by its number. */
import { formatLetterDate, letterTitle } from '../archive/letters.ts';
import type { LetterData } from '../archive/letter-schema.ts';
import { paragraphCited, paragraphId } from '../archive/paragraphs.ts';
import { letterUrl } from './routes.ts';
import { SITE_NAME } from './site-config.ts';

/**
 * A citation's two halves, around the place a passage's number goes: the work ("Ofsted,
 * "…", letter to …, 8 November 2011") and where it is ("Assessment Letters archive,
 * https://…/2011/"). The letter page carries both, so the Copy button's script cites a
 * passage by the same rule (citationText) without the letter's data.
 */
export interface CitationParts {
  work: string;
  where: string;
}

/** The passage a citation points at: a numbered paragraph, or another passage's id (a heading's). */
export interface CitedPassage {
  paragraph?: number;
  id?: string;
}

/**
 * `siteUrl` is the site's published address (SITE_URL with its base). Without it the
 * citation gives the letter's address within the site (/authorities/…/2010/) rather than
 * name an address the site does not have; the page says so beside the citation.
 */
export function citationParts(
  data: Pick<LetterData, 'authority' | 'year' | 'date'>,
  siteUrl: string | undefined,
): CitationParts {
  const where = siteUrl ? new URL(letterUrl(data), siteUrl).href : letterUrl(data);
  return {
    work: `Ofsted, "${letterTitle(data)}", letter to ${data.authority}, ${formatLetterDate(data.date)}`,
    where: `${SITE_NAME} archive, ${where}`,
  };
}

/**
 * The citation from its halves. A numbered paragraph is named after the date ("…, para 12")
 * and addressed by its number (#para-12), as a judgment's paragraphs are cited; any other
 * passage by its id alone.
 */
export function citationText({ work, where }: CitationParts, passage: CitedPassage = {}): string {
  const { paragraph } = passage;
  const fragment = paragraph ? paragraphId(paragraph) : passage.id;
  return `${work}${paragraph ? `, ${paragraphCited(paragraph)}` : ''}. ${where}${fragment ? `#${encodeURIComponent(fragment)}` : ''}`;
}

export function citation(
  data: Pick<LetterData, 'authority' | 'year' | 'date'>,
  siteUrl: string | undefined,
  passage?: CitedPassage,
): string {
  return citationText(citationParts(data, siteUrl), passage);
}
