/** How to cite a letter: authority, title, Ofsted, date and the archive's address. */
import { formatLetterDate, letterPath, letterTitle } from './archive.ts';
import type { LetterData } from './letter-schema.ts';

export function citation(data: Pick<LetterData, 'authority' | 'year' | 'date'>, siteUrl: string): string {
  const url = new URL(letterPath(data), siteUrl).href;
  return `Ofsted, "${letterTitle(data)}", letter to ${data.authority}, ${formatLetterDate(data.date)}. Assessment Letters archive, ${url}`;
}
