/** How to cite a letter: authority, title, Ofsted, date and the archive's address. */
import { formatLetterDate, letterTitle } from '../archive/letters.ts';
import type { LetterData } from '../archive/letter-schema.ts';
import { letterUrl } from './routes.ts';
import { SITE_NAME } from './site-config.ts';

export function citation(data: Pick<LetterData, 'authority' | 'year' | 'date'>, siteUrl: string): string {
  const url = new URL(letterUrl(data), siteUrl).href;
  return `Ofsted, "${letterTitle(data)}", letter to ${data.authority}, ${formatLetterDate(data.date)}. ${SITE_NAME} archive, ${url}`;
}
