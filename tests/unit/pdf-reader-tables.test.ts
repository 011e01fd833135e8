/**
 * Tables in narrow columns (issue 27): a full cell can end less than one and a half ems
 * before the next column, as Chromium and LibreOffice set the scale table; its words must
 * still be read into their own cells. Each test builds the items pdf.js would give, a
 * word an item (6 pt a letter, a 3 pt space, 11 pt type), and reads them into lines.
 */
import { describe, expect, test } from 'vitest';
import { toLines } from '../../src/lib/import/pdf/pdf-lines.ts';
import type { Item } from '../../src/lib/import/pdf/pdf-model.ts';

/** A cell's words as items, from its left edge. */
function cell(text: string, x: number, y: number): Item[] {
  const out: Item[] = [];
  for (const word of text.split(' ')) {
    out.push({ str: word, x, y, width: word.length * 6, size: 11, font: 'f1' });
    x += word.length * 6 + 3;
  }
  return out;
}

const width = (text: string) => text.length * 6 + (text.split(' ').length - 1) * 3;

const SCALE = [
  ['4', 'Performs excellently', 'An organisation that significantly exceeds minimum requirements'],
  ['3', 'Performs well', 'An organisation that exceeds minimum requirements'],
  ['2', 'Performs adequately', 'An organisation that meets only minimum requirements'],
  ['1', 'Performs poorly', 'An organisation that does not meet minimum requirements'],
];

describe('cells of a narrow column', () => {
  test.each([0.6, 1])(
    'a cell ending %s em before the next column is read apart from it, in every row',
    (ems) => {
      const column3 = 100 + Math.max(...SCALE.map((row) => width(row[1]!))) + ems * 11;
      const rows = SCALE.flatMap((row, i) => [
        ...cell(row[0]!, 72, 700 - i * 20),
        ...cell(row[1]!, 100, 700 - i * 20),
        ...cell(row[2]!, column3, 700 - i * 20),
      ]);
      const lines = toLines(rows, 1);
      expect(lines.map((line) => line.segments.map((s) => s.text))).toEqual(SCALE);
    },
  );

  test('a paragraph whose word starts where a column does is not cut', () => {
    const column3 = 100 + width('Performs excellently') + 8;
    const table = SCALE.slice(0, 2).flatMap((row, i) => [
      ...cell(row[0]!, 72, 700 - i * 20),
      ...cell(row[1]!, 100, 700 - i * 20),
      ...cell(row[2]!, column3, 700 - i * 20),
    ]);
    // The paragraph's word after "Performs excellently" starts at the third column's edge.
    const prose = cell('Performs excellently and well', 100, 600);
    const lines = toLines([...table, ...prose], 1);
    expect(lines.at(-1)!.segments.map((s) => s.text)).toEqual(['Performs excellently and well']);
  });

  test("another table's column edge does not cut a letterhead's words", () => {
    // The letterhead's "6SE" starts where the scale table's second column does, far below.
    const letterhead = [
      ...cell('London', 72, 780),
      ...cell('WC2B 6SE', 72, 766),
      ...cell('Mr Alex Example', 300, 766),
      ...cell('T 0300 123 1231', 72, 752),
      ...cell('Director of Children', 300, 752),
    ];
    const prose = [0, 1, 2, 3, 4].flatMap((i) => cell('Ofsted guidance published in 2011', 72, 730 - i * 14));
    const table = SCALE.flatMap((row, i) => [
      ...cell(row[0]!, 72, 640 - i * 20),
      ...cell(row[1]!, 72 + width('WC2B '), 640 - i * 20),
      ...cell(row[2]!, 250, 640 - i * 20),
    ]);
    const lines = toLines([...letterhead, ...prose, ...table], 1);
    expect(lines[1]!.segments.map((s) => s.text)).toEqual(['WC2B 6SE', 'Mr Alex Example']);
    expect(lines.slice(-4).map((line) => line.segments.map((s) => s.text))).toEqual(SCALE);
  });

  test("a row's wrapped cells, a line with nothing in the first column, are read apart", () => {
    const column3 = 100 + width('excellently') + 8;
    const lines = toLines(
      [
        ...cell('4', 72, 700),
        ...cell('Performs', 100, 700),
        ...cell('An organisation that significantly exceeds minimum', column3, 700),
        ...cell('excellently', 100, 686),
        ...cell('requirements', column3, 686),
        ...cell('3', 72, 666),
        ...cell('Performs well', 100, 666),
        ...cell('An organisation that exceeds minimum requirements', column3, 666),
      ],
      1,
    );
    expect(lines[1]!.segments.map((s) => s.text)).toEqual(['excellently', 'requirements']);
  });

  test('a justified line of a few words spread evenly, wider than cells stand apart, is one line', () => {
    const heading = 'Hollowmere Metropolitan Borough Council children’s services assessment 2011'.split(' ');
    for (let words = 3; words <= heading.length; words++) {
      for (const gap of [17, 24, 40]) {
        let x = 54;
        const runs = heading.slice(0, words).flatMap((word) => {
          const item = cell(word, x, 700);
          x += width(word) + gap;
          return item;
        });
        expect(toLines(runs, 1).map((line) => line.segments.map((s) => s.text))).toEqual([
          [heading.slice(0, words).join(' ')],
        ]);
      }
    }
    // A row of one-word cells stands unevenly: it stays a row.
    const row = [...cell('4', 72, 700), ...cell('Outstanding', 100, 700), ...cell('Excellent', 200, 700)];
    expect(toLines(row, 1)[0]!.segments.map((s) => s.text)).toEqual(['4', 'Outstanding', 'Excellent']);
  });
});
