/**
 * The PDF reader's golden property: every letter of the fixture tree (the real letters'
 * published texts in tests/fixtures/published/ and the fixture archive's in
 * tests/fixtures/sources/, whatever they hold), typeset as a PDF in layouts drawn from
 * seeds, reads back to exactly the MDX its text gives. Each letter gets its own run of
 * PER_LETTER seeds, so no two letters share a layout (102 layouts on a fixture tree of
 * 17); `npm run bench:pdf -- --layouts 1000` tries a thousand. The layouts vary the font
 * (embedded serif and sans, with ligatures), size, leading, paragraph spacing, margins,
 * justification, the tables' rules and wrapped cells, the grade line, the signature
 * block, the letterhead's place, the footer and hyphenated line ends.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { tryLayout } from '../../scripts/pdf-layouts.ts';

export const LETTERS = ['tests/fixtures/published/sources', 'tests/fixtures/sources'].flatMap((dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => `${dir}/${name}`),
);
const PER_LETTER = 6;
/** Seeds PER_LETTER × i + 1 onwards for the i-th letter: no two letters share a layout. */
const seedsFor = (i: number) => Array.from({ length: PER_LETTER }, (_, k) => PER_LETTER * i + k + 1);

test('the fixture tree holds the real letters and the fixture archive', () => {
  expect(LETTERS.filter((path) => path.includes('/published/')).length).toBeGreaterThanOrEqual(2);
  expect(LETTERS.filter((path) => path.includes('/sources/')).length).toBeGreaterThanOrEqual(10);
});

describe.each(LETTERS.map((path, i) => [path, i] as const))(
  `%s typeset in ${PER_LETTER} layouts of its own reads back to the MDX of its text`,
  (path, i) => {
    const text = readFileSync(path, 'utf8');
    test.each(seedsFor(i))('seed %i', { timeout: 30_000 }, async (seed) => {
      const trial = await tryLayout(text, seed);
      expect(trial.failure).toBeUndefined();
    });
  },
);

/**
 * Seeds `npm run bench:pdf -- --layouts 1000` found failing, kept as tests once mended.
 * 195 and 270: a paragraph ending without a full stop ("export const a = 1") at a page's
 * foot ran on into the next page's first paragraph; a line that leaves room for the next
 * line's first word ends its paragraph. 662: a line cut by a page break was taken for a
 * paragraph's end (ragged text, the next page beginning with a quote): the room left for
 * the next word is estimated, so it must clearly exceed the word. 662 again, on the
 * hostile letter once the fixture archive grew: a paragraph opening in lower case
 * ("import x from 'y'") at a page's head ran on from a sentence ended with room to spare.
 */
test.each([
  [195, 'tests/fixtures/sources/wrenfold/2010.txt'],
  [270, 'tests/fixtures/sources/wrenfold/2010.txt'],
  [662, 'tests/fixtures/published/sources/northamptonshire/2011.txt'],
  [662, 'tests/fixtures/sources/wrenfold/2010.txt'],
])(
  'seed %i, once failing on %s, reads back to the MDX of its text',
  { timeout: 30_000 },
  async (seed, path) => {
    const trial = await tryLayout(readFileSync(path, 'utf8'), seed);
    expect(trial.failure).toBeUndefined();
  },
);
