import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildArchive } from '../../src/lib/archive/build-archive.ts';
import type { Letter } from '../../src/lib/archive/letters.ts';
import type { LetterData } from '../../src/lib/archive/letter-schema.ts';
import { nationalTotalsSchema } from '../../src/lib/archive/national-totals.ts';
import { readArchiveData } from '../../src/lib/site/archive-files.ts';
import { answersData } from '../../src/lib/search/answers-data.ts';
import {
  authoritiesFiltered,
  authoritiesNamed,
  cardsLead,
  type Card,
  gradeAsked,
  gradeYearText,
  lettersHeld,
} from '../../src/lib/search/search-answers.ts';
import { frontmatter } from './letters.ts';

/** The fixture archive, as the site builds it. */
function fixtureArchive() {
  const dir = 'tests/fixtures/letters';
  const data = readArchiveData(dir);
  const letters = readdirSync(dir).flatMap((slug) =>
    readdirSync(`${dir}/${slug}`).map((file): Letter => {
      const path = `${dir}/${slug}/${file}`;
      return { id: path, data: frontmatter(path) as LetterData };
    }),
  );
  const totals = (JSON.parse(readFileSync('tests/fixtures/national-totals.json', 'utf8')) as unknown[]).map(
    (t) => nationalTotalsSchema.parse(t),
  );
  return buildArchive(letters, totals, {
    register: data.register,
    reported: data.reported.map((r) => r.data),
  });
}

const archive = fixtureArchive();
const data = answersData(archive);
const NAMES = data.authorities.map(([name]) => name);

describe('an authority named in the query or the filter', () => {
  test('every authority of the register, letters or none, with its page and grade history', () => {
    expect(data.authorities).toHaveLength(archive.authorities.length);
    const ashcombe = data.authorities.find(([name]) => name === 'Ashcombe')!;
    // Ashcombe has no letter: its grades are known from Ofsted's announcements as reported.
    expect(ashcombe).toEqual([
      'Ashcombe',
      '/authorities/ashcombe/',
      0,
      '2009: Performs excellently (4 of 4), reported in 2 sources; 2010: Performs poorly (1 of 4), reported in 1 source; 2011: not known',
    ]);
    expect(lettersHeld(ashcombe[2])).toBe('No letter in the archive yet');
    const kestleigh = data.authorities.find(([name]) => name === 'Kestleigh')!;
    expect(kestleigh[2]).toBe(2);
    expect(kestleigh[3]).toBe(
      '2009: Performs poorly (1 of 4), from the letter; 2010: Performs adequately (2 of 4), from the letter; 2011: not known',
    );
    expect(lettersHeld(kestleigh[2])).toBe('2 letters in the archive');
    const millbrook = data.authorities.find(([name]) => name === 'Millbrook')!;
    expect(millbrook[3]).toContain("2010: outcome withheld from Ofsted's 2010 announcement");
    // The words of describeBasis, which every page uses: no card words of its own.
    expect(data.authorities.map(([, , , text]) => text).join(' ')).not.toMatch(/by Ofsted|its letter/);
  });

  test('a whole name among the query’s words, or the start of a name’s word', () => {
    expect(authoritiesNamed('Ashcombe', NAMES)).toEqual(['Ashcombe']);
    expect(authoritiesNamed('care leavers in ashcombe', NAMES)).toEqual(['Ashcombe']);
    expect(authoritiesNamed('"Marsh & St Anne’s"', NAMES)).toEqual(["Marsh & St Anne's"]);
    expect(authoritiesNamed('kestl', NAMES)).toEqual(['Kestleigh']);
    // Not a name, nor inside one mid-word, nor too short to mean one.
    expect(authoritiesNamed('care leavers', NAMES)).toEqual([]);
    expect(authoritiesNamed('leigh', NAMES)).toEqual([]);
    expect(authoritiesNamed('ash', NAMES)).toEqual([]);
  });

  test('the filter takes any part of a name, in any case', () => {
    expect(authoritiesFiltered(['OAK'], NAMES)).toEqual(['Oakhurst']);
    expect(authoritiesFiltered(['leigh'], NAMES)).toEqual(['Fernleigh', 'Kestleigh']);
    expect(authoritiesFiltered(['zzz'], NAMES)).toEqual([]);
  });
});

describe('a grade’s words', () => {
  test('are recognised however typed, and nothing else is', () => {
    expect(gradeAsked('performs poorly')).toBe(1);
    expect(gradeAsked('"Performs Poorly"')).toBe(1);
    expect(gradeAsked('Performs well (3 of 4)')).toBe(3);
    expect(gradeAsked('performs')).toBeUndefined();
    expect(gradeAsked('performs poorly in care')).toBeUndefined();
  });

  test('each year: the authorities known at the grade, Ofsted’s count and the list', () => {
    const poorly = data.grades.find((g) => g.grade === 1)!;
    expect(poorly.label).toBe('Performs poorly');
    const known = (year: number) =>
      archive.authorities.filter((a) => {
        const y = a.history.years.find((g) => g.year === year)!;
        return 'grade' in y && y.grade === 1;
      }).length;
    expect(poorly.years.map(([year, n]) => [year, n])).toEqual(
      archive.years.map((summary) => [summary.year, known(summary.year)]),
    );
    // Kestleigh and Quillbridge by their letters in 2009; Ashcombe reported, Wrenfold's letter in 2010.
    expect(poorly.years.map(([, n]) => n)).toEqual([2, 2, 0]);
    expect(poorly.years[0]).toEqual([2009, 2, 9, '/years/2009/performs-poorly/']);
    expect(gradeYearText(poorly.years[0]!)).toBe('2009: 2 authorities known (Ofsted counted 9)');
    expect(gradeYearText([2011, 1, 15, ''])).toBe('2011: 1 authority known (Ofsted counted 15)');
  });

  test('is small: the whole file for the register’s authorities', () => {
    // 152 authorities at most; a few hundred bytes each before compression.
    expect(JSON.stringify(data).length / archive.authorities.length).toBeLessThan(400);
  });
});

test('the lead a status that finds no letter gets from its cards names what the cards answer', () => {
  const authority = (name: string): Card => ({ kind: 'authority', answer: [name, `/authorities/x/`, 0, ''] });
  const grade: Card = { kind: 'grade', answer: { grade: 1, label: 'Performs poorly', years: [] } };
  for (const name of ['Kingston upon Thames', 'Bath and North East Somerset', 'St Helens']) {
    expect(cardsLead([authority(name)])).toBe(`${name} matches by name: its card is below.`);
  }
  for (const n of [2, 3, 5]) {
    const cards = Array.from({ length: n }, (_, i) => authority(`Authority ${i}`));
    expect(cardsLead(cards)).toBe(`${n} authorities match by name: their cards are below.`);
  }
  expect(cardsLead([grade])).toBe('The authorities known at that grade are listed below.');
  expect(cardsLead([authority('Leeds'), grade])).toBe(
    'Leeds matches by name: its card is below. The authorities known at that grade are listed below.',
  );
  expect(cardsLead([])).toBe('');
});
