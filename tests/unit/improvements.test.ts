import { expect, test } from 'vitest';
import { groupByTheme, improvementItems, matchedSentence } from '../../src/lib/archive/improvements.ts';
import {
  improvementThemeSchema,
  themeProblems,
  themeMatch,
  themesOf,
  type ImprovementTheme,
} from '../../src/lib/archive/improvement-themes.ts';
import { letterParts } from '../../src/lib/archive/letter-body.ts';
import { passageId } from '../../src/lib/markdown/passage-anchors.ts';
import { fixtureArchive, type FixtureLetter } from './letters.ts';
import { formatProblem } from '../../src/lib/archive/problems.ts';

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
  expect(
    themeProblems([THEMES[0]!, THEMES[0]!, { ...THEMES[1]!, id: 'other' }], 'themes.json').map(formatProblem),
  ).toEqual([
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

const SAFETY: ImprovementTheme = {
  id: 'safety',
  name: 'Safety',
  description: 'Keeping children safe.',
  terms: ['referral', 'staying safe', "children's home"],
  notWithin: ['pupil referral unit'],
};

test('a term inside one of its notWithin phrases is no match; the same term elsewhere in the item is', () => {
  expect(themesOf('Provision in pupil referral units is good.', [SAFETY])).toEqual(['other']);
  expect(themesOf('PUPIL  REFERRAL UNIT places are few.', [SAFETY])).toEqual(['other']);
  expect(themesOf('Referrals are handled slowly.', [SAFETY])).toEqual(['safety']);
  const both = 'Pupil referral units are good. Referrals to social care wait too long.';
  expect(themeMatch(both, SAFETY)).toEqual({ index: both.indexOf('Referrals'), text: 'Referrals' });
  // Without notWithin the first match is inside the unit's name.
  expect(themeMatch(both, { ...SAFETY, notWithin: undefined })).toEqual({ index: 6, text: 'referral' });
});

test('a match is found in the words as printed, curly quotes and runs of spaces included, to the end of its word', () => {
  const text = 'Two children’s homes  are not yet good.';
  expect(themeMatch(text, SAFETY)).toEqual({ index: 4, text: 'children’s homes' });
  expect(themeMatch('Staying\nsafe matters.', SAFETY)).toEqual({ index: 0, text: 'Staying\nsafe' });
  expect(themeMatch('Nothing here.', SAFETY)).toBeUndefined();
});

test('the matched sentence is the one holding the term, with the term apart and "…" for what is left out', () => {
  const item =
    'Children in care do well in primary schools. Provision in pupil referral units is good. Almost all provision supports children well in staying safe and the large majority enjoy learning.';
  // The match is in the third sentence: that sentence is shown, not the first.
  expect(matchedSentence(item, SAFETY)).toEqual({
    before: '… Almost all provision supports children well in ',
    match: 'staying safe',
    after: ' and the large majority enjoy learning.',
  });
  expect(matchedSentence('Referrals wait. More follows.', SAFETY)).toEqual({
    before: '',
    match: 'Referrals',
    after: ' wait. …',
  });
  // No theme ("other"): the first sentence, nothing marked.
  expect(matchedSentence('First one. Second.', undefined)).toEqual({
    before: '',
    match: '',
    after: 'First one. …',
  });
  expect(matchedSentence('Only sentence.', undefined)).toEqual({
    before: '',
    match: '',
    after: 'Only sentence.',
  });
});

test('a long matched sentence is cut at words on both sides of the term, which is kept whole', () => {
  const long = `${'early '.repeat(40)}the staying safe survey ${'later '.repeat(40)}end.`;
  const { before, match, after } = matchedSentence(long, SAFETY, 80);
  expect(match).toBe('staying safe');
  expect(before.startsWith('… ')).toBe(true);
  expect(after.endsWith(' …')).toBe(true);
  expect((before + match + after).length).toBeLessThanOrEqual(90);
  // What is kept is the item's words, in order.
  expect(long).toContain(before.slice(2) + match + after.slice(0, -2));
});
