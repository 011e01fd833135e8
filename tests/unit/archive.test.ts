import { expect, test } from 'vitest';
import { formatLetterDate, letterTitle, sortLetters, type Letter } from '../../src/lib/archive/letters.ts';
import type { LetterData } from '../../src/lib/archive/letter-schema.ts';

const letter = (authority: string, year: number): Letter => ({
  id: `${authority}/${year}`,
  data: { authority, year } as LetterData,
});

test('letters sort A–Z by authority slug, then oldest first', () => {
  const sorted = sortLetters([
    letter('Wrenfold Council', 2010),
    letter('City of Bristol', 2011),
    letter('Bristol City Council', 2009),
  ]);
  expect(sorted.map((l) => l.id)).toEqual([
    'Bristol City Council/2009',
    'City of Bristol/2011',
    'Wrenfold Council/2010',
  ]);
});

test('titles and dates', () => {
  const data = { authority: 'Cambridgeshire County Council', year: 2010 } as const;
  expect(letterTitle(data)).toBe("Cambridgeshire County Council: children's services assessment 2010");
  expect(formatLetterDate('2010-12-09')).toBe('9 December 2010');
});
