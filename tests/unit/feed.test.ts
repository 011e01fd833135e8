import { expect, test } from 'vitest';
import type { Letter } from '../../src/lib/archive/letters.ts';
import { atomFeed, feedOrder } from '../../src/lib/site/feed.ts';
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

test('the feed is dated by additions and escapes the letters’ words', () => {
  const xml = atomFeed([older, newlyImported2009], 'https://example.org/');
  expect(xml).toContain('<updated>2027-03-01T00:00:00Z</updated>\n  <author>');
  expect(xml).toContain(
    '<title>Marsh &amp; St Anne&apos;s Council: children&apos;s services assessment 2009</title>',
  );
  expect(xml).toContain('<link href="https://example.org/authorities/marsh-and-st-annes/2009/"/>');
  expect(xml.indexOf('marsh-and-st-annes')).toBeLessThan(xml.indexOf('eastwold'));
  expect(xml).not.toMatch(/&(?!amp;|apos;|quot;|lt;|gt;)/);
});
