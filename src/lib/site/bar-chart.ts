/**
 * The geometry of a stacked bar chart drawn as SVG at build time: no script, one bar a
 * row, each split into segments in a fixed order. Pure, so it is tested without a page.
 */
import { GRADE_SCALE } from '../archive/grades.ts';
import type { NationalTotals } from '../archive/national-totals.ts';
import type { YearSummary } from '../archive/year-summary.ts';
import { WITHHELD_LABEL } from '../archive/reported-grades.ts';

export interface Segment {
  /** Names the segment's colour (grade-4 … grade-1, withheld, none). */
  key: string;
  /** Words for the segment: "Performs well". */
  label: string;
  value: number;
}

export interface Bar {
  label: string;
  segments: Segment[];
}

export interface DrawnSegment extends Segment {
  x: number;
  width: number;
  /** Whether its count fits inside it. */
  labelled: boolean;
}

export interface DrawnBar {
  label: string;
  y: number;
  total: number;
  segments: DrawnSegment[];
  /**
   * The segments with a count too wide to fit inside them, each written on a line of its
   * own below the bar ("Performs poorly: 9") at `y`: no count is shown by colour alone.
   */
  notes: Array<DrawnSegment & { y: number }>;
}

export const CHART = {
  width: 300,
  barHeight: 26,
  labelHeight: 18,
  gap: 10,
  minLabelWidth: 22,
  /** The height of a line of notes below a bar. */
  noteHeight: 17,
} as const;

/**
 * Each bar scaled to the longest (or to `scale`), stacked left to right. A count that does
 * not fit inside its segment goes on a line of its own below the bar, so every count is
 * written out; a bar with such notes takes their height.
 */
export function layoutBars(bars: readonly Bar[], scale?: number): { bars: DrawnBar[]; height: number } {
  const longest = scale ?? Math.max(1, ...bars.map((bar) => bar.segments.reduce((s, x) => s + x.value, 0)));
  let y = 0;
  const drawn = bars.map((bar) => {
    let x = 0;
    const segments = bar.segments.map((segment) => {
      const width = (segment.value / longest) * CHART.width;
      const drawnSegment = { ...segment, x, width, labelled: width >= CHART.minLabelWidth };
      x += width;
      return drawnSegment;
    });
    const below = y + CHART.labelHeight + CHART.barHeight;
    const notes = segments
      .filter((s) => s.value > 0 && !s.labelled)
      .map((s, i) => ({ ...s, y: below + (i + 1) * CHART.noteHeight }));
    const drawnBar = {
      label: bar.label,
      y,
      total: bar.segments.reduce((s, x) => s + x.value, 0),
      segments,
      notes,
    };
    y = below + notes.length * CHART.noteHeight + (notes.length ? 4 : 0) + CHART.gap;
    return drawnBar;
  });
  return { bars: drawn, height: Math.max(y - CHART.gap, 1) };
}

/** Ofsted's announced totals, a bar a year: each grade, highest first, then those not published. */
export function totalsBars(national: Iterable<NationalTotals>): Bar[] {
  return [...national].map((totals) => ({
    label: String(totals.year),
    segments: [
      ...GRADE_SCALE.map((step) => ({
        key: `grade-${step.grade}`,
        label: step.label,
        value: totals.grades[step.grade],
      })),
      { key: 'withheld', label: 'Not published', value: totals.notPublished },
    ],
  }));
}

/** What the archive knows of each year, a bar a year: each grade, withheld, not known. */
export function knownBars(summaries: readonly YearSummary[]): Bar[] {
  return summaries.map((summary) => ({
    label: String(summary.year),
    segments: summary.groups.map((group) => ({
      key: typeof group.key === 'number' ? `grade-${group.key}` : group.key,
      label: group.key === 'withheld' ? WITHHELD_LABEL : group.label,
      value: group.rows.length,
    })),
  }));
}
