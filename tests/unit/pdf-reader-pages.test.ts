/**
 * More of the PDF reader's rules for letters typeset by software nobody here wrote (issue
 * 27): a word broken before a closing quote, a letterhead across the top, running lines,
 * justified text across a page break, the signature picture. Each test draws its own page,
 * with pdfkit or as the items pdf.js gives, and fails on a reader without the rule.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { letterPdf, OFSTED_LAYOUT } from '../../scripts/letter-pdf.ts';
import { mdxOf } from '../../scripts/pdf-layouts.ts';
import { englishWords, joinText } from '../../src/lib/import/pdf/hyphenation.ts';
import { toLines } from '../../src/lib/import/pdf/pdf-lines.ts';
import type { Item, Page } from '../../src/lib/import/pdf/pdf-model.ts';
import { pdfLetterText, readPages } from '../../src/lib/import/pdf/pdf-text.ts';

const CAMBRIDGESHIRE = readFileSync('tests/fixtures/published/sources/cambridgeshire/2010.txt', 'utf8');

let english: (word: string) => boolean;
beforeAll(async () => {
  english = await englishWords();
}, 30_000);

/** Items as pdf.js gives them, one per [text, x, y from the page's top]: 11 pt, 6 pt a letter. */
const items = (runs: Array<[string, number, number]>, font = 'f1'): Item[] =>
  runs.map(([str, x, y]) => ({ str, x, y: 842 - y, width: str.length * 6, size: 11, font }));

describe('a word broken before a closing quote', () => {
  test('any English word of a letter, broken anywhere its halves are not both words, is joined inside quotes', () => {
    const words = [...new Set(CAMBRIDGESHIRE.match(/\b\p{Ll}{7,}\b/gu))].filter(english);
    const vocabulary = { letter: new Set<string>(), english };
    const wrong = [];
    for (const word of words) {
      for (let at = 2; at <= word.length - 2; at++) {
        const [head, tail] = [word.slice(0, at), word.slice(at)];
        if (english(head) && english(tail)) continue;
        for (const quote of ["'", '’']) {
          const joined = joinText(
            `an assessment of ${quote}${head}-`,
            `${tail}${quote} does not`,
            vocabulary,
          );
          if (joined !== `an assessment of ${quote}${word}${quote} does not`) wrong.push(joined);
        }
      }
    }
    expect(words.length).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });
});

describe('the letterhead', { timeout: 60_000 }, () => {
  test("a letterhead across the top, lines close together, keeps the body's lines out of it", async () => {
    const layout = {
      ...OFSTED_LAYOUT,
      letterhead: 'top' as const,
      font: 'carlito' as const,
      size: 10.5,
      leading: 1,
    };
    const text = readFileSync('tests/fixtures/sources/brackenmoor/2010.txt', 'utf8');
    const read = await pdfLetterText(await letterPdf(text, layout));
    const letterhead = read.lines.filter((line) => line.part === 'letterhead').map((line) => line.text);
    expect(letterhead).toContain('Aviation House');
    expect(letterhead.filter((line) => /Performs|Dear/.test(line))).toEqual([]);
    expect(mdxOf(read.text)).toBe(mdxOf(text));
  });
});

describe('running headers and footers', () => {
  test("a sentence ending one page and opening the next is the letter's, not a running line", () => {
    const sentence = 'The time taken to complete some assessments continues to be too long.';
    const page = (number: number, runs: Array<[string, number, number]>): Page => ({
      number,
      top: 842,
      bottom: 0,
      images: [],
      lines: toLines(items(runs), number),
    });
    const pages = [
      page(1, [
        ['Children in care make good progress in their primary schools.', 72, 100],
        [sentence, 72, 780],
        ['Page 1 of 2', 250, 810],
      ]),
      page(2, [
        [sentence, 72, 60],
        ['Provision in pupil referral units is good.', 72, 74],
        ['Page 2 of 2', 250, 810],
      ]),
    ];
    const read = readPages(pages, 2, [], english);
    expect(read.dropped.map((line) => line.text)).toEqual(['Page 1 of 2', 'Page 2 of 2']);
    expect(read.text.split(sentence)).toHaveLength(3);
  });
});

/** Each page's items read into lines, as a page of A4 with no pictures. */
const asPages = (pages: Item[][]): Page[] =>
  pages.map((runs, i) => ({ number: i + 1, top: 842, bottom: 0, images: [], lines: toLines(runs, i + 1) }));

describe('justified text across a page break', () => {
  test('a full line ending a sentence runs on, in a letter of short paragraphs whose last lines are short', () => {
    // Each paragraph: a full line (ending at 500) and a short last line; 14 pt between lines, 28 between paragraphs.
    const line = (text: string, y: number, full: boolean): Item => ({
      str: text,
      x: 72,
      y: 842 - y,
      width: full ? 428 : text.length * 6,
      size: 11,
      font: 'f1',
    });
    const page1: Item[] = [];
    let y = 100;
    for (let p = 0; p < 5; p++) {
      page1.push(line(`Paragraph ${p} opens with a line set full to the right edge of the`, y, true));
      page1.push(
        line('text, then ends short.', y + 14, false),
        line('Its next one is short.', y + 28, false),
      );
      y += 56;
    }
    page1.push(line('The last paragraph on the page ends its first line with a sentence.', y, true));
    const page2 = [line('Provision in pupil referral units is good.', 100, false)];
    const pages = asPages([page1, page2]);
    expect(readPages(pages, 2, [], english).text.split('\n').at(-2)).toBe(
      'The last paragraph on the page ends its first line with a sentence. Provision in pupil referral units is good.',
    );
  });
});

describe('the signature', () => {
  test.each([
    ['below the sign-off', 4],
    ["reaching a little into the sign-off's line, as Writer draws an inline picture", -13],
  ])('a picture %s is the signature', (_, gap) => {
    const lines = toLines(
      items([
        ['Yours sincerely', 72, 100],
        ['Sam Sample', 72, 140],
        ['Divisional Manager', 72, 153],
      ]),
      1,
    );
    // The picture's top is `gap` points under the sign-off's baseline (842 - 100).
    const top = 742 - gap;
    const page: Page = {
      number: 1,
      top: 842,
      bottom: 0,
      lines,
      images: [{ top, bottom: top - 27 }],
    };
    expect(readPages([page], 1, [], english).text).toBe(
      'Yours sincerely\n\n[signature]\n\nSam Sample\nDivisional Manager\n',
    );
  });
});

describe('ragged text across a page break', () => {
  // Ragged lines ending anywhere up to 500; 14 pt between a paragraph's lines, 28 between paragraphs.
  const line = (text: string, y: number, end: number): Item => ({
    str: text,
    x: 72,
    y: 842 - y,
    width: end - 72,
    size: 11,
    font: 'f1',
  });
  const read = (lastLineEnd: number, nextPage: string) => {
    const page1: Item[] = [];
    let y = 100;
    for (let p = 0; p < 4; p++) {
      page1.push(line(`Paragraph ${p} runs to a ragged right edge and on to`, y, 500 - p * 9));
      page1.push(line('a second line that ends short.', y + 14, 260));
      y += 42;
    }
    page1.push(line('The page ends with a line that closes a sentence here.', y, lastLineEnd));
    const page2 = [line(nextPage, 100, 72 + nextPage.length * 6)];
    const pages = asPages([page1, page2]);
    return readPages(pages, 2, [], english);
  };

  test.each(['Provision is good.', 'Outcomes for looked after children improve.', 'The council should act.'])(
    'a full last line ending a sentence, before "%s", may end its paragraph or run on: refused, never guessed',
    (next) => {
      const { refusals } = read(500, next);
      expect(refusals).toHaveLength(1);
      expect(refusals[0]!.page).toBe(2);
      expect(refusals[0]!.message).toMatch(
        /^cannot tell whether a paragraph ending "… a sentence here\." on page 1 ends there or runs on into ".*" on page 2: .*; --explain shows it$/,
      );
    },
  );

  test('with room left for the next word it ends its paragraph; before lower case it runs on', () => {
    const ended = read(300, 'Provision is good.');
    expect(ended.refusals).toEqual([]);
    expect(ended.text).toContain('closes a sentence here.\n\nProvision is good.');
    const runsOn = read(500, 'and provision is good.');
    expect(runsOn.refusals).toEqual([]);
    expect(runsOn.text).toContain('closes a sentence here. and provision is good.');
  });
});

describe('a table whose rows stand as close as their lines', () => {
  // Three columns (a number, a short label, a description), every line 14 pt below the one
  // above, rows included, as Writer sets a table with no borders and no space between rows.
  const COLUMNS = [72, 100, 250];
  const WORDS = ['provision', 'outcomes', 'services', 'children', 'schools', 'settings', 'care'];
  /** A row of cells, each a list of lines: the first column's one line, the others one to three. */
  const rows = (seed: number): string[][][] =>
    Array.from({ length: 3 + (seed % 3) }, (_, r) =>
      COLUMNS.map((_, c) =>
        c === 0
          ? [String(r + 1)]
          : Array.from({ length: 1 + ((seed + r * (c + 1)) % 3) }, (_, l) => WORDS[(seed + r + c + l) % 7]!),
      ),
    );
  /** A row's lines as items, from `y` down, each cell's lines 14 pt apart. */
  const rowItems = (row: string[][], y: number): Array<[string, number, number]> =>
    row.flatMap((cell, c) =>
      cell.map((text, l): [string, number, number] => [text, COLUMNS[c]!, y + l * 14]),
    );
  const height = (row: string[][]) => Math.max(...row.map((cell) => cell.length));
  const prose = (y: number): Array<[string, number, number]> =>
    [0, 1, 2, 3].map((l) => [
      `A paragraph of the letter, line ${l} of four, set in the body.`,
      72,
      y + l * 14,
    ]);

  test.each(Array.from({ length: 12 }, (_, seed) => seed))(
    'seed %i: each row is read as one, however many lines its cells wrap to',
    (seed) => {
      const table = rows(seed);
      const runs = prose(100);
      let y = 100 + 4 * 14 + 28;
      for (const row of table) {
        runs.push(...rowItems(row, y));
        y += height(row) * 14;
      }
      const { text } = readPages(asPages([items(runs)]), 1, [], english);
      const read = text.split('\n').filter((line) => line.includes('\t'));
      expect(read).toEqual(table.map((row) => row.map((cell) => cell.join(' ')).join('\t')));
    },
  );

  test('a row that breaks across a page, its cells going on in lower case or after a hyphen, is one row', () => {
    const page1: Array<[string, number, number]> = [
      ...prose(100),
      ['1', 72, 184],
      ['Performs', 100, 184],
      ['An organisation that', 250, 184],
    ];
    const page2: Array<[string, number, number]> = [
      ['well', 100, 100],
      ['exceeds minimum', 250, 100],
      ['requirements', 250, 114],
      ['2', 72, 128],
      ['Performs adeq-', 100, 128],
      ['An organisation that', 250, 128],
      ['uately', 100, 142],
      ['meets them', 250, 142],
      ...prose(170),
    ];
    const { text } = readPages(asPages([items(page1), items(page2)]), 2, [], english);
    expect(text.split('\n').filter((line) => line.includes('\t'))).toEqual([
      '1\tPerforms well\tAn organisation that exceeds minimum requirements',
      '2\tPerforms adequately\tAn organisation that meets them',
    ]);
  });
});

describe("a line's clipped copy atop the next page", () => {
  // Chromium draws a page's last line again at the top of the next, clipped to the page:
  // only its descenders show there, each where the line prints it.
  const SENTENCES = [
    'English. Young people from low-income families do not do as well at the age of 19 as their peers.',
    'Inspectors judged the quality of provision for young people to be typically good or better, in places.',
    'Support for pupils with special educational needs is judged adequate; progress is steady, if uneven.',
  ];
  const read = (last: string, shift: number) => {
    const body = (y: number, l: number): [string, number, number] => [
      `A line of the paragraph, ${l} of four.`,
      72,
      y,
    ];
    const page1 = [0, 1, 2].map((l) => body(100 + l * 14, l));
    page1.push([last, 72, 142]);
    // The copy: each descender of the last line, at its place (6 pt a letter), 14 pt above page 2's first line.
    const copy = [...last].flatMap((char, i): Array<[string, number, number]> =>
      /[gjpqy,;]/.test(char) ? [[char, 72 + i * 6 + shift, 86]] : [],
    );
    const page2 = [...copy, ...[0, 1, 2].map((l) => body(100 + l * 14, l))];
    return readPages(asPages([items(page1), items(page2)]), 2, [], english);
  };

  test.each(SENTENCES)('the copy of "%s" is dropped, and none of its glyphs is read', (last) => {
    const { dropped, lines } = read(last, 0);
    const copy = [...last].filter((char) => /[gjpqy,;]/.test(char)).join('');
    expect(dropped.map((line) => line.text.replace(/ /g, ''))).toEqual([copy]);
    expect(lines.filter((line) => line.page === 2).map((line) => line.text)).not.toContainEqual(
      expect.stringMatching(/^[gjpqy,; \t]+$/),
    );
  });

  test.each(SENTENCES)(
    'glyphs of "%s" set elsewhere than the line prints them are not a copy: they stay',
    (last) => {
      const { dropped } = read(last, 40);
      expect(dropped).toEqual([]);
    },
  );
});
