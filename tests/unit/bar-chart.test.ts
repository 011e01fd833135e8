import { expect, test } from 'vitest';
import { CHART, knownBars, layoutBars, totalsBars } from '../../src/lib/site/bar-chart.ts';
import { fixtureArchive } from './letters.ts';

test('bars stack their segments left to right, scaled to the longest bar or to a given scale', () => {
  const { bars, height } = layoutBars([
    {
      label: 'a',
      segments: [
        { key: 'x', label: 'X', value: 3 },
        { key: 'y', label: 'Y', value: 1 },
      ],
    },
    {
      label: 'b',
      segments: [
        { key: 'x', label: 'X', value: 2 },
        { key: 'y', label: 'Y', value: 0 },
      ],
    },
  ]);
  expect(bars[0]!.segments.map((s) => [s.x, s.width])).toEqual([
    [0, (3 / 4) * CHART.width],
    [(3 / 4) * CHART.width, CHART.width / 4],
  ]);
  expect(bars[1]!.total).toBe(2);
  expect(bars[1]!.y).toBeGreaterThan(bars[0]!.y + CHART.barHeight);
  expect(height).toBeGreaterThan(bars[1]!.y + CHART.barHeight);
  // A count that would not fit its segment is left to the table.
  expect(bars[1]!.segments[1]!.labelled).toBe(false);
  const scaled = layoutBars([{ label: 'c', segments: [{ key: 'x', label: 'X', value: 1 }] }], 4);
  expect(scaled.bars[0]!.segments[0]!.width).toBe(CHART.width / 4);
});

test("a year's bars: Ofsted's totals add up to every authority; what is known adds up to the register", () => {
  const archive = fixtureArchive();
  for (const bar of totalsBars(archive.national.values())) {
    expect(bar.segments.map((s) => s.key)).toEqual(['grade-4', 'grade-3', 'grade-2', 'grade-1', 'withheld']);
    expect(bar.segments.reduce((n, s) => n + s.value, 0)).toBe(152);
  }
  for (const bar of knownBars(archive.years)) {
    expect(bar.segments.map((s) => s.key)).toEqual([
      'grade-4',
      'grade-3',
      'grade-2',
      'grade-1',
      'withheld',
      'none',
    ]);
    expect(bar.segments.reduce((n, s) => n + s.value, 0)).toBe(archive.authorities.length);
  }
});
