import { expect, test } from 'vitest';
import { groupByTheme, improvementItems, itemExcerpt } from '../../src/lib/archive/improvements.ts';
import {
  improvementThemeSchema,
  themeProblems,
  themesOf,
  type ImprovementTheme,
} from '../../src/lib/archive/improvement-themes.ts';
import { letterParts } from '../../src/lib/archive/letter-body.ts';
import { passageId } from '../../src/lib/markdown/passage-anchors.ts';
import { fixtureArchive, type FixtureLetter } from './letters.ts';

// A taxonomy of the tests' own: the site's is content's, and may change.
const THEMES: ImprovementTheme[] = [
  {
    id: 'care-leavers',
    name: 'Care leavers',
    description: 'Leaving care.',
    terms: ['care leaver', 'leaving care'],
  },
  { id: 'offending', name: 'Offending', description: 'Youth offending.', terms: ['offend'] },
  { id: 'gaps', name: 'Gaps', description: 'Attainment gaps.', terms: ['gap', "children's centre"] },
];

test('an item is in every theme whose terms it contains, at the start of a word, ignoring case and curly quotes', () => {
  expect(themesOf('Care leavers and young offenders do less well.', THEMES)).toEqual([
    'care-leavers',
    'offending',
  ]);
  expect(themesOf('LEAVING CARE plans are weak.', THEMES)).toEqual(['care-leavers']);
  expect(themesOf('More children’s centres are needed.', THEMES)).toEqual(['gaps']);
  expect(themesOf('The gaps  are wide.', THEMES)).toEqual(['gaps']);
  // "gap" inside another word is not the term.
  expect(themesOf('Singapore is far away; reoffending is not a term here.', THEMES)).toEqual(['other']);
  expect(themesOf('Nothing in particular.', THEMES)).toEqual(['other']);
});

test('the taxonomy schema refuses a bad id or an empty term list, and duplicate or reserved ids are named', () => {
  expect(improvementThemeSchema.safeParse({ ...THEMES[0], id: 'Care Leavers' }).success).toBe(false);
  expect(improvementThemeSchema.safeParse({ ...THEMES[0], terms: [] }).success).toBe(false);
  expect(themeProblems([THEMES[0]!, THEMES[0]!, { ...THEMES[1]!, id: 'other' }], 'themes.json')).toEqual([
    'themes.json: [1].id: "care-leavers" is used twice',
    'themes.json: [2].id: "other" is kept for items that match no theme',
  ]);
});

const archive = fixtureArchive();
const letters = archive.letters as FixtureLetter[];
const items = letters.flatMap((letter) => improvementItems(letter, letter.body, passageId, THEMES));

test("each item is a bullet of its letter's areas for improvement, in order, with the page's passage id", () => {
  for (const letter of letters) {
    const bullets = letterParts(letter.body)
      .filter((part) => part.key === 'improvement')
      .flatMap((part) => part.blocks.flatMap((b) => (b.kind === 'list' ? b.items : [])));
    const own = items.filter((item) => item.letter === letter);
    expect(own.map((item) => item.text)).toEqual(bullets);
    expect(own.map((item) => item.position)).toEqual(bullets.map((_, i) => i + 1));
    for (const item of own) {
      expect(item.passageId).toBe(passageId(item.text));
      // The words are in the letter's source as written (escapes aside).
      expect(letter.body.replace(/\\/g, '')).toContain(item.text);
      // The further-development heading, however a year worded it.
      expect(item.heading).toMatch(/improvement|development/i);
    }
  }
  // Every fixture letter has its areas for improvement, and the other sections' bullets are not taken.
  expect(new Set(items.map((i) => i.letter)).size).toBe(letters.length);
  expect(items.some((i) => /^Strengths$/i.test(i.heading))).toBe(false);
});

test('themes are counted by year and letter, an item in several themes counted in each', () => {
  const groups = groupByTheme(items, THEMES);
  expect(groups.map((g) => g.id)).toEqual(['care-leavers', 'offending', 'gaps', 'other']);
  for (const group of groups) {
    const own = items.filter((i) => i.themes.includes(group.id));
    expect(group.items).toEqual(own);
    expect(group.byYear[2009] + group.byYear[2010] + group.byYear[2011]).toBe(own.length);
    expect(group.byYear[2010]).toBe(own.filter((i) => i.letter.data.year === 2010).length);
    expect(group.letters).toBe(new Set(own.map((i) => i.letter.id)).size);
  }
  // The fixture archive has themes across many letters.
  expect(groups.find((g) => g.id === 'care-leavers')!.letters).toBeGreaterThan(2);
  const counted = groups.reduce((n, g) => n + g.items.length, 0);
  expect(counted).toBe(items.reduce((n, i) => n + i.themes.length, 0));
});

test("an item's excerpt is its first sentence, cut at a word when long", () => {
  expect(itemExcerpt('Short one. Then more.')).toBe('Short one. …');
  expect(itemExcerpt('Only sentence.')).toBe('Only sentence.');
  const long = `${'word '.repeat(60)}end.`;
  const excerpt = itemExcerpt(long, 50);
  expect(excerpt.endsWith(' …')).toBe(true);
  expect(excerpt.length).toBeLessThanOrEqual(52);
  expect(long.startsWith(excerpt.slice(0, -2))).toBe(true);
});
