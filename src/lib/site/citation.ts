/** How to cite a letter: authority, title, Ofsted, date and the archive's address. */
import { formatLetterDate, letterTitle } from '../archive/letters.ts';
import type { LetterData } from '../archive/letter-schema.ts';
import { letterUrl } from './routes.ts';
import { SITE_NAME } from './site-config.ts';

/**
 * `siteUrl` is the site's published address (SITE_URL with its base). Without it the
 * citation gives the letter's address within the site (/authorities/…/2010/) rather than
 * name an address the site does not have; the page says so beside the citation.
 */
export function citation(
  data: Pick<LetterData, 'authority' | 'year' | 'date'>,
  siteUrl: string | undefined,
): string {
  const where = siteUrl ? new URL(letterUrl(data), siteUrl).href : letterUrl(data);
  return `Ofsted, "${letterTitle(data)}", letter to ${data.authority}, ${formatLetterDate(data.date)}. ${SITE_NAME} archive, ${where}`;
}
