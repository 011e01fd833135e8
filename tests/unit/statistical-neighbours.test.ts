import { describe, expect, test } from 'vitest';
import { readRegister, registerOf } from '../../src/lib/archive/register.ts';
import {
  NEIGHBOUR_COLUMNS,
  readStatisticalNeighbours,
} from '../../src/lib/archive/statistical-neighbours.ts';
import { describeStanding, standings } from '../../src/lib/archive/neighbour-standing.ts';
import { readArchiveData } from '../../src/lib/site/archive-files.ts';
import { FIXTURE_LETTERS, fixtureArchive } from './letters.ts';
import { formatProblem } from '../../src/lib/archive/problems.ts';

const PLACES = ['Leeds', 'Bradford', 'Kirklees', 'Wakefield', 'Calderdale', 'Barnsley'];
const PLACES_MORE = ['Rotherham', 'Doncaster', 'Sheffield', 'York', 'Hull', 'Dorset'];
/** A register of 12 authorities, codes 801 to 812 (the last, Dorset, the old county: 812). */
const register = registerOf(
  readRegister(
    `authority,dfe_la_code,ons_code,region,note\n${[...PLACES, ...PLACES_MORE]
      .map((name, i) => `${name},${801 + i},E080000${String(i).padStart(2, '0')},Yorkshire and the Humber,`)
      .join('\n')}\n`,
    'x/authorities.csv',
  ).records,
);
const HEADER = NEIGHBOUR_COLUMNS.join(',');
/** Leeds's 10 neighbours: Bradford (802) at rank 1 to Hull (811) at 10. */
const leedsRows = () =>
  Array.from({ length: 10 }, (_, i) => {
    const name = [...PLACES, ...PLACES_MORE][i + 1]!;
    return `Leeds,801,${i + 1},${name},${802 + i},Very Close,yes`;
  });
const read = (rows: string[]) =>
  readStatisticalNeighbours(`${HEADER}\n${rows.join('\n')}\n`, 'x/statistical-neighbours.csv', register);

describe('statistical neighbours', () => {
  test('an authority with its 10 neighbours reads as 10 records, closest first', () => {
    const neighbours = read(leedsRows());
    expect(neighbours.problems).toEqual([]);
    expect(neighbours.records.map((r) => r.data.neighbour)).toEqual([
      ...PLACES.slice(1),
      ...PLACES_MORE.slice(0, 5),
    ]);
  });

  test('a neighbour created after 2011 is matched by its number, not its name, and must not be in the register', () => {
    const rows = leedsRows();
    rows[9] = 'Leeds,801,10,Dorset,838,Not Close,no';
    expect(read(rows).problems).toEqual([]);
    expect(read(rows).records.at(-1)?.data.assessed).toBe(false);
    rows[9] = 'Leeds,801,10,Old Dorset,812,Not Close,no';
    expect(read(rows).problems.map(formatProblem)).toEqual([
      'x/statistical-neighbours.csv:11: neighbour_assessed_2009_2011: "no", but 812 is Dorset\'s number in the register of authorities assessed',
    ]);
  });

  test('bad rows fail naming file, line and field: codes, names, ranks, bands, a rank or neighbour twice, a rank missing', () => {
    const rows = leedsRows();
    rows[0] = 'Leeds,802,1,Bradford,802,Very Close,yes';
    rows[1] = 'Leeds,801,2,Kirklese,803,Near,yes';
    rows[6] = 'Leeds,801,7,Kirklese,803,Close,yes';
    rows[7] = 'Leeds,801,8,Wakefield,804,Close,yes';
    rows[9] = 'Leeds,801,1,Hull,811,Close,yes';
    rows[2] = 'Leeds,801,2,Wakefield,804,Close,yes';
    rows[3] = 'Leeds,801,4,Bradford,802,Close,maybe';
    rows[4] = 'Leeds,801,5,Calderdale,899,Close,yes';
    rows[5] = 'Leeds,801,11,Leeds,801,Close,yes';
    expect(read(rows).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "x/statistical-neighbours.csv:3: closeness: must be one of the source's bands: Extremely Close, Very Close, Close, Somewhat close, Not Close",
        "x/statistical-neighbours.csv:5: neighbour_assessed_2009_2011: must be "yes" or "no"",
        "x/statistical-neighbours.csv:7: rank: must be a whole number from 1 to 10",
        "x/statistical-neighbours.csv:2: dfe_la_code: 802 is not Leeds's number in the register (801)",
        "x/statistical-neighbours.csv:6: neighbour_dfe_la_code: 899 is not Calderdale's number in the register (805)",
        "x/statistical-neighbours.csv:8: neighbour: "Kirklese" is not a known authority (did you mean "Kirklees"?)",
        "x/statistical-neighbours.csv:9: neighbour: Leeds's Wakefield is already on line 4",
        "x/statistical-neighbours.csv:11: rank: Leeds's rank 1 is already on line 2",
        "x/statistical-neighbours.csv:2: rank: Leeds has no neighbour at rank 3, 4, 6, 10: each authority listed has 10",
      ]
    `);
  });
});

describe('where an authority stands among its neighbours', () => {
  test('the fixture archive: every authority has 10 neighbours, the ones created after 2011 without a page', () => {
    const data = readArchiveData(FIXTURE_LETTERS);
    expect(data.problems).toEqual([]);
    const archive = fixtureArchive();
    const ashcombe = archive.neighbours.get('ashcombe')!;
    expect(ashcombe.map((n) => n.name)).toEqual([
      'Brackenmoor',
      'Eastwold',
      'Fernleigh',
      'Hollowmere',
      'Kestleigh',
      'Millbrook',
      'Oakhurst',
      'Quillbridge',
      'Wrenfold',
      'North Wold',
    ]);
    expect(ashcombe.at(-1)?.authority).toBeUndefined();
    expect(ashcombe[0]?.authority?.slug).toBe('brackenmoor');
  });

  test('each year counts the neighbours whose grade is known from a letter higher, the same and lower, and sets reported grades apart', () => {
    const archive = fixtureArchive();
    const ashcombe = archive.authorities.find((a) => a.slug === 'ashcombe')!;
    const neighbours = archive.neighbours.get('ashcombe')!;
    const each = standings(ashcombe, neighbours);
    // Worked out from the fixture's grades: each year's neighbours known from a letter, against Ashcombe's own.
    for (const standing of each) {
      const years = neighbours.map((n) => n.authority?.history.years.find((g) => g.year === standing.year));
      const known = years.flatMap((y) =>
        y && (y.basis === 'letter' || y.basis === 'stated') ? [y.grade] : [],
      );
      expect(standing.known).toBe(known.length);
      expect(standing.reportedOnly).toBe(years.filter((y) => y?.basis === 'reported').length);
      expect(standing.of).toBe(10);
      if ('grade' in standing.own) {
        const own = standing.own.grade;
        expect([standing.higher, standing.same, standing.lower]).toEqual([
          known.filter((g) => g > own).length,
          known.filter((g) => g === own).length,
          known.filter((g) => g < own).length,
        ]);
      }
    }
    expect(each.map((s) => describeStanding(s, 'Ashcombe'))).toMatchInlineSnapshot(`
      [
        "2009: of its 10 neighbours, 4 have a 2009 grade known from a letter: 0 graded higher than Ashcombe (performs excellently, reported in 2 sources), 0 the same and 4 lower.",
        "2010: of its 10 neighbours, 6 have a 2010 grade known from a letter: 5 graded higher than Ashcombe (performs poorly, reported in 1 source), 1 the same and 0 lower.",
        "2011: of its 10 neighbours, 4 have a 2011 grade known from a letter; Ashcombe's own 2011 grade is not known, so it cannot be placed among them.",
      ]
    `);
  });

  test('a neighbour whose grade is known only from reports is said apart, not counted', () => {
    const archive = fixtureArchive();
    const brackenmoor = archive.authorities.find((a) => a.slug === 'brackenmoor')!;
    const neighbours = archive.neighbours.get('brackenmoor')!;
    const reported = neighbours.filter(
      (n) => n.authority?.history.years.find((y) => y.year === 2011)?.basis === 'reported',
    );
    expect(reported.length).toBe(1);
    const standing = standings(brackenmoor, neighbours).find((s) => s.year === 2011)!;
    expect(standing.higher + standing.same + standing.lower).toBe(standing.known);
    expect(describeStanding(standing, 'Brackenmoor')).toBe(
      `2011: of its 10 neighbours, ${standing.known} have a 2011 grade known from a letter: ${standing.higher} graded higher than Brackenmoor (performs well, from the letter), ${standing.same} the same and ${standing.lower} lower. 1 more has a grade known only from reports, not counted.`,
    );
  });

  test('an unknown own grade, or no neighbour known, is said, not counted', () => {
    const archive = fixtureArchive();
    const authority = archive.authorities.find((a) => a.slug === 'oakhurst')!;
    const [first] = standings(authority, []);
    expect(describeStanding(first!, 'Oakhurst')).toMatch(
      /^2009: of its 0 neighbours, 0 have a 2009 grade known from a letter/,
    );
  });
});
