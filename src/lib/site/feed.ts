/**
 * The Atom feed of the archive: newest additions first, each entry dated by the day its
 * letter joined the archive (so a 2009 letter imported today is news today). Written by
 * the `feed` package, which escapes the letters' words.
 */
import { Feed } from 'feed';
import { letterTitle, type Letter } from '../archive/letters.ts';
import { gradeWithNumber } from '../archive/grades.ts';
import { letterParts } from '../archive/letter-body.ts';
import { feedUrl, homeUrl, letterUrl } from './routes.ts';
import { LICENCE, SITE_NAME } from './site-config.ts';

/** Newest addition first; letters added the same day, newest letter first. */
export function feedOrder<L extends Pick<Letter, 'data'>>(letters: readonly L[]): L[] {
  return [...letters].sort(
    (a, b) => b.data.added.localeCompare(a.data.added) || b.data.date.localeCompare(a.data.date),
  );
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * The letter's own judgement: the first sentence of its summary that says how the
 * authority performs ("Children's services in Leeds City Council perform well."), or
 * undefined where the summary has none.
 */
export function judgementSentence(body: string): string | undefined {
  const summary = letterParts(body).find((part) => part.key === 'summary');
  const sentences = (summary?.blocks ?? []).flatMap((block) =>
    block.kind === 'paragraph' ? block.text.split(/(?<=[.!?])\s+/) : [],
  );
  return sentences.find((sentence) => /\bperforms?\b/i.test(sentence));
}

/**
 * `site` is the site's address; entry addresses carry the build's base. Each entry is
 * `published` on the letter's date and `updated` on the day it joined the archive; its
 * summary is the letter's judgement sentence, or its grade where the letter has none.
 */
export function atomFeed(letters: readonly (Letter & { body?: string })[], site: string): string {
  const newest = feedOrder(letters);
  const home = new URL(homeUrl(), site).href;
  const feed = new Feed({
    id: home,
    title: SITE_NAME,
    description: "Ofsted's annual children's services assessment letters, 2009 to 2011",
    link: home,
    feedLinks: { atom: new URL(feedUrl(), site).href },
    updated: day(newest[0]?.data.added ?? '2009-01-01'),
    author: { name: SITE_NAME },
    copyright: LICENCE.name,
    // No generator line: the feed says what it holds, not what wrote it.
    generator: false,
  });
  for (const letter of newest) {
    const url = new URL(letterUrl(letter.data), site).href;
    feed.addItem({
      title: letterTitle(letter.data),
      id: url,
      link: url,
      date: day(letter.data.added),
      published: day(letter.data.date),
      description:
        judgementSentence(letter.body ?? '') ??
        `${gradeWithNumber(letter.data.grade)}. Letter dated ${letter.data.date}.`,
    });
  }
  return feed.atom1();
}
