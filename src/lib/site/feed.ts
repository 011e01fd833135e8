/**
 * The Atom feed of the archive: newest additions first, each entry dated by the day its
 * letter joined the archive (so a 2009 letter imported today is news today). Text is
 * escaped by a library, never by hand.
 */
import { escapeUTF8 } from 'entities';
import { letterTitle, type Letter } from '../archive/letters.ts';
import { gradeWithNumber } from '../archive/grades.ts';
import { feedUrl, homeUrl, letterUrl } from './routes.ts';
import { SITE_NAME } from './site-config.ts';

/** Newest addition first; letters added the same day, newest letter first. */
export function feedOrder<L extends Pick<Letter, 'data'>>(letters: readonly L[]): L[] {
  return [...letters].sort(
    (a, b) => b.data.added.localeCompare(a.data.added) || b.data.date.localeCompare(a.data.date),
  );
}

const day = (date: string) => `${date}T00:00:00Z`;

/** `site` is the site's address; entry addresses carry the build's base. */
export function atomFeed(letters: readonly Letter[], site: string): string {
  const newest = feedOrder(letters);
  const home = new URL(homeUrl(), site).href;
  const entries = newest.map((letter) => {
    const url = new URL(letterUrl(letter.data), site).href;
    return `  <entry>
    <title>${escapeUTF8(letterTitle(letter.data))}</title>
    <link href="${escapeUTF8(url)}"/>
    <id>${escapeUTF8(url)}</id>
    <updated>${day(letter.data.added)}</updated>
    <summary>${escapeUTF8(`${gradeWithNumber(letter.data.grade)}. Letter dated ${letter.data.date}.`)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeUTF8(SITE_NAME)}</title>
  <subtitle>Ofsted's annual children's services assessment letters, 2009 to 2011</subtitle>
  <link href="${escapeUTF8(home)}"/>
  <link rel="self" href="${escapeUTF8(new URL(feedUrl(), site).href)}"/>
  <id>${escapeUTF8(home)}</id>
  <updated>${day(newest[0]?.data.added ?? '2009-01-01')}</updated>
  <author><name>${escapeUTF8(SITE_NAME)}</name></author>
${entries.join('\n')}
</feed>
`;
}
