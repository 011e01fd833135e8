import { DomUtils, parseDocument } from 'htmlparser2';
import { expect, test } from 'vitest';

type Element = NonNullable<ReturnType<typeof DomUtils.findOne>>;
import type { Letter } from '../../src/lib/archive/letters.ts';
import { atomFeed, feedOrder, judgementSentence } from '../../src/lib/site/feed.ts';
import type { LetterData } from '../../src/lib/archive/letter-schema.ts';

const letter = (authority: string, year: number, date: string, added: string): Letter => ({
  id: `${authority}/${year}`,
  data: { authority, year, date, added, grade: 3 } as LetterData,
});

const older = letter('Eastwold Borough Council', 2011, '2011-11-08', '2026-11-22');
const sameDay = letter('Fernleigh City Council', 2010, '2010-12-09', '2026-11-22');
const newlyImported2009 = letter("Marsh & St Anne's Council", 2009, '2009-12-09', '2027-03-01');

test('a letter newly added to the archive comes first, however old the letter', () => {
  expect(feedOrder([older, sameDay, newlyImported2009]).map((l) => l.id)).toEqual([
    "Marsh & St Anne's Council/2009",
    'Eastwold Borough Council/2011',
    'Fernleigh City Council/2010',
  ]);
});

test('the feed is Atom a parser reads back: dated by additions, newest first, the letters’ words intact', () => {
  const xml = atomFeed([older, sameDay, newlyImported2009], 'https://example.org/');
  const dom = parseDocument(xml, { xmlMode: true });
  const feed = DomUtils.findOne((e) => e.name === 'feed', dom.children)!;
  expect(feed.attribs.xmlns).toBe('http://www.w3.org/2005/Atom');
  const text = (parent: Element, tag: string) =>
    DomUtils.textContent(DomUtils.getElementsByTagName(tag, parent.children, false)[0]!);
  expect(new Date(text(feed, 'updated')).toISOString()).toBe('2027-03-01T00:00:00.000Z');
  const entries = DomUtils.getElementsByTagName('entry', feed);
  expect(entries.map((e) => text(e, 'id'))).toEqual([
    'https://example.org/authorities/marsh-and-st-annes/2009/',
    'https://example.org/authorities/eastwold/2011/',
    'https://example.org/authorities/fernleigh/2010/',
  ]);
  expect(entries.map((e) => new Date(text(e, 'updated')).toISOString().slice(0, 10))).toEqual([
    '2027-03-01',
    '2026-11-22',
    '2026-11-22',
  ]);
  expect(text(entries[0]!, 'title')).toBe("Marsh & St Anne's Council: children's services assessment 2009");
});

test("each entry is published on the letter's date, and its summary is the letter's judgement sentence", () => {
  const body = [
    '## Eastwold Borough Council children’s services assessment 2011',
    '',
    '| Assessment | Grade |',
    '| - | - |',
    '| Children’s services assessment | Performs well (3) |',
    '',
    'Children’s services in Eastwold Borough Council perform well. Most services are good.',
    '',
  ].join('\n');
  expect(judgementSentence(body)).toBe('Children’s services in Eastwold Borough Council perform well.');
  const xml = atomFeed([{ ...older, body }, sameDay], 'https://example.org/');
  const dom = parseDocument(xml, { xmlMode: true });
  const entries = DomUtils.getElementsByTagName('entry', dom.children);
  const text = (parent: Element, tag: string) =>
    DomUtils.textContent(DomUtils.getElementsByTagName(tag, parent.children, false)[0]!);
  expect(entries.map((e) => new Date(text(e, 'published')).toISOString().slice(0, 10))).toEqual([
    '2011-11-08',
    '2010-12-09',
  ]);
  expect(text(entries[0]!, 'summary')).toBe('Children’s services in Eastwold Borough Council perform well.');
  // A letter whose summary has no judgement sentence is summed up by its grade.
  expect(text(entries[1]!, 'summary')).toBe('Performs well (3 of 4). Letter dated 2010-12-09.');
});
