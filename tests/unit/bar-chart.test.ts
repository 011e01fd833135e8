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
  // An empty segment has nothing to write; no bar here has a count too wide for its segment.
  expect(bars[1]!.segments[1]!.labelled).toBe(false);
  expect(bars.flatMap((bar) => bar.notes)).toEqual([]);
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

test('a count too wide for its segment is written below its bar, naming the segment, so none is shown by colour alone', () => {
  // Ofsted's 2009 totals: 10 performs excellently and 9 performs poorly, of 152, are too narrow for their counts.
  const { bars, height } = layoutBars(totalsBars(fixtureArchive().national.values()));
  for (const bar of bars) {
    const written = [
      ...bar.segments.filter((s) => s.labelled).map((s) => s.key),
      ...bar.notes.map((n) => n.key),
    ];
    expect(written.sort(), bar.label).toEqual(
      bar.segments
        .filter((s) => s.value > 0)
        .map((s) => s.key)
        .sort(),
    );
  }
  const y2009 = bars[0]!;
  expect(y2009.notes.map((n) => `${n.label}: ${n.value}`)).toEqual([
    'Performs excellently: 10',
    'Performs poorly: 9',
  ]);
  // Each note below its bar and above the next bar; the chart tall enough for the last.
  expect(y2009.notes[0]!.y).toBeGreaterThan(y2009.y + CHART.labelHeight + CHART.barHeight);
  expect(bars[1]!.y).toBeGreaterThan(y2009.notes.at(-1)!.y);
  const last = bars.at(-1)!;
  expect(height).toBeGreaterThanOrEqual(last.notes.at(-1)?.y ?? last.y + CHART.labelHeight + CHART.barHeight);
});
