import type { APIRoute } from 'astro';
import { letterTitle } from '../lib/archive.ts';
import { loadArchive } from '../lib/collection.ts';
import { gradeWithNumber } from '../lib/grades.ts';
import { feedUrl, letterUrl, siteUrl } from '../lib/routes.ts';
import { SITE_NAME } from '../lib/site-config.ts';

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An Atom feed of the letters, newest first by the date on the letter. */
export const GET: APIRoute = async ({ site }) => {
  const { letters } = await loadArchive();
  const base = siteUrl(site);
  const newest = [...letters].sort((a, b) => b.data.date.localeCompare(a.data.date));
  const updated = `${newest[0]?.data.date ?? '2009-01-01'}T00:00:00Z`;
  const entries = newest.map((letter) => {
    const url = new URL(letterUrl(letter.data), base).href;
    return `  <entry>
    <title>${xml(letterTitle(letter.data))}</title>
    <link href="${xml(url)}"/>
    <id>${xml(url)}</id>
    <updated>${letter.data.date}T00:00:00Z</updated>
    <summary>${xml(`${gradeWithNumber(letter.data.grade)}. Letter dated ${letter.data.date}.`)}</summary>
  </entry>`;
  });
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${xml(SITE_NAME)}</title>
  <subtitle>Ofsted's annual children's services assessment letters, 2009 to 2011</subtitle>
  <link href="${xml(base)}"/>
  <link rel="self" href="${xml(new URL(feedUrl(), base).href)}"/>
  <id>${xml(base)}</id>
  <updated>${updated}</updated>
  <author><name>${xml(SITE_NAME)}</name></author>
${entries.join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
