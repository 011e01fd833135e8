/**
 * The PDF reader's rules for letters typeset by software nobody here wrote (issue 27):
 * each test draws its own page, with pdfkit or as the items pdf.js gives, and fails on a
 * reader without the rule.
 */
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, test } from 'vitest';
import { letterPdf, OFSTED_LAYOUT } from '../../scripts/letter-pdf.ts';
import { mdxOf } from '../../scripts/pdf-layouts.ts';
import { letterInput, planImport } from '../../src/lib/import/import-letters.ts';
import { englishWords, joinText } from '../../src/lib/import/pdf/hyphenation.ts';
import { placeMarks } from '../../src/lib/import/pdf/list-marks.ts';
import { toLines } from '../../src/lib/import/pdf/pdf-lines.ts';
import type { Item, Page } from '../../src/lib/import/pdf/pdf-model.ts';
import { pdfLetterText, readPages } from '../../src/lib/import/pdf/pdf-text.ts';
import { parseLetterText } from '../../src/lib/import/text/letter-text.ts';
import { firstMissingWord } from '../../src/lib/import/words-in-order.ts';

const CAMBRIDGESHIRE = readFileSync('tests/fixtures/published/sources/cambridgeshire/2010.txt', 'utf8');
const LETTERS = 'tests/fixtures/published/letters';

let english: (word: string) => boolean;
beforeAll(async () => {
  english = await englishWords();
}, 30_000);

/**
 * A one-page PDF of lines drawn at the given positions, in Helvetica or an embedded font
 * (whose text layer names every character drawn, even one it has no glyph for).
 */
async function drawn(lines: Array<[string, number, number]>, font = 'Helvetica'): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 0 });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on('end', resolve));
  doc.font(font).fontSize(11);
  for (const [text, x, y] of lines) doc.text(text, x, y, { lineBreak: false });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * A one-page PDF, written by hand, whose font's text layer (its ToUnicode map) names "~"
 * as U+F0E0, a private-use symbol as Wingdings gives one: each line in Helvetica, 14 pt apart.
 */
function symbolPdf(lines: string[]): Uint8Array {
  const cmap =
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Symbols def ' +
    '1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <7E> <F0E0> endbfchar ' +
    'endcmap CMapName currentdict /CMap defineresource pop end end';
  const text = lines.map((line, i) => `1 0 0 1 72 ${700 - i * 14} Tm (${line}) Tj`).join(' ');
  const content = `BT /F1 11 Tf ${text} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [i, body] of objects.entries()) {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  }
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** Items as pdf.js gives them, one per [text, x, y from the page's top]: 11 pt, 6 pt a letter. */
const items = (runs: Array<[string, number, number]>, font = 'f1'): Item[] =>
  runs.map(([str, x, y]) => ({ str, x, y: 842 - y, width: str.length * 6, size: 11, font }));

/** The text a page of these items reads as. */
function readItems(runs: Item[]) {
  const page: Page = { number: 1, lines: toLines(runs, 1), images: [], top: 842, bottom: 0 };
  return readPages([page], 1, [], english);
}

describe('one rule for both readers', { timeout: 60_000 }, () => {
  test('a rule of dashes drawn under the grade line is dropped, and the previous grade after it is read', async () => {
    const text = CAMBRIDGESHIRE.replace(/^-+\t-+$/m, '-'.repeat(60));
    expect(parseLetterText(text).data.previous?.year).toBe(2009);
    const read = await pdfLetterText(await letterPdf(text));
    expect(read.text).not.toMatch(/^-{10,}$/m);
    expect(parseLetterText(read.text).data.previous).toEqual(parseLetterText(text).data.previous);
  });
});

describe('hyphenation with a dictionary', () => {
  test('a word broken at a line end is joined when English has it; compounds stay as printed', async () => {
    const pdf = await drawn([
      ['Outcomes improved signific-', 50, 100],
      ['antly for quali-', 50, 114],
      ['fied staff commis-', 50, 128],
      ['sioned for ma-', 50, 142],
      ['nagerial support, on-', 50, 156],
      ['going work for well-', 50, 170],
      ['being, low-', 50, 184],
      ['income families and 19-', 50, 198],
      ['year-olds, 11-', 50, 212],
      ['and 16-year-olds in pre- and post-16 settings.', 50, 226],
    ]);
    expect((await pdfLetterText(pdf)).text).toBe(
      'Outcomes improved significantly for qualified staff commissioned for managerial support, on-going ' +
        'work for well-being, low-income families and 19-year-olds, 11- and 16-year-olds in pre- and post-16 settings.\n',
    );
  });
});

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

describe('lists from geometry', () => {
  test("Word's Symbol and Wingdings bullets (U+F0B7, U+F0A7) are read as bullets, each item its own", () => {
    const read = readItems(
      items([
        ['The council should:', 72, 100],
        ['\uF0B7', 72, 114],
        ['raise the proportion of good early years settings', 90, 114],
        ['\uF0A7', 72, 127],
        ['improve the timeliness of assessments', 90, 127],
      ]),
    );
    expect(read.refusals).toEqual([]);
    expect(read.text).toBe(
      'The council should:\n\n• raise the proportion of good early years settings\n▪ improve the timeliness of assessments\n',
    );
  });
});

describe('lists from drawn markers', () => {
  const lines = () =>
    toLines(
      items([
        ['The council should:', 72, 100],
        ['raise the proportion of good early years settings', 90, 113],
        ['improve the timeliness of assessments', 90, 126],
      ]),
      1,
    );
  /** A filled disc's box, 4 pt across, centred on the x-height of the line whose top is `y`. */
  const disc = (x: number, y: number) => ({ x0: x, x1: x + 4, top: 842 - y + 6, bottom: 842 - y + 2 });

  test("Chromium's disc markers, drawn as shapes, make each line they stand left of an item, with no gap", () => {
    const page: Page = {
      number: 1,
      top: 842,
      bottom: 0,
      images: [],
      ...placeMarks(lines(), [disc(80, 113), disc(80, 126)]),
    };
    expect(readPages([page], 1, [], english).text).toBe(
      'The council should:\n\n• raise the proportion of good early years settings\n• improve the timeliness of assessments\n',
    );
  });

  test('a marker that stands far left of its line cannot be placed, and the letter is refused', () => {
    const page: Page = {
      number: 1,
      top: 842,
      bottom: 0,
      images: [],
      ...placeMarks(lines(), [disc(20, 126)]),
    };
    expect(readPages([page], 1, [], english).refusals.map((r) => r.message)).toEqual([
      'draws a list marker the reader cannot place at page 1, beside "improve the timeliness of assessments"; --explain shows it',
    ]);
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
    const pages: Page[] = [page1, page2].map((runs, i) => ({
      number: i + 1,
      top: 842,
      bottom: 0,
      images: [],
      lines: toLines(runs, i + 1),
    }));
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

describe('never a silent wrong letter', { timeout: 60_000 }, () => {
  test('a symbol the reader cannot name is refused with its page and line', () => {
    const read = readItems(items([['Services perform \uF0E0 well.', 72, 100]]));
    expect(read.refusals).toEqual([
      {
        page: 1,
        line: 1,
        message: 'prints a symbol the reader cannot name (U+F0E0) at page 1, line 1; --explain shows it',
      },
    ]);
  });

  test('a PDF with an unknown symbol is refused by the importer, and nothing is written', async () => {
    const pdf = symbolPdf(['Dear Ms Wilson', 'Services perform ~ well.']);
    const input = await letterInput('letter.pdf', pdf);
    expect('errors' in input && input.errors).toEqual([
      'letter.pdf: pdf: prints a symbol the reader cannot name (U+F0E0) at page 1, line 2; --explain shows it',
    ]);
    const plan = planImport([input], { existing: () => undefined, lettersDir: LETTERS, added: '2030-01-31' });
    expect(plan.writes).toEqual([]);
    expect(plan.files.map((file) => file.status)).toEqual(['refused']);
  });

  test('a PDF with a word missing from the letter read from it is refused by the importer, and nothing is written', async () => {
    const input = await letterInput('letter.pdf', await letterPdf(CAMBRIDGESHIRE));
    if ('errors' in input) throw new Error(input.errors.join('\n'));
    expect(
      planImport([input], { existing: () => undefined, lettersDir: LETTERS, added: '2030-01-31' }).writes,
    ).not.toEqual([]);
    // The text layer as read, with one word more than the letter made from it holds.
    const lines = input.pdfLines!;
    const at = lines.findIndex((line) => line.text.startsWith("Children's services in Cambridgeshire"));
    const withExtra = {
      ...input,
      pdfLines: lines.map((line, i) => (i === at ? { ...line, text: `${line.text} zebra` } : line)),
    };
    const plan = planImport([withExtra], {
      existing: () => undefined,
      lettersDir: LETTERS,
      added: '2030-01-31',
    });
    expect(plan.writes).toEqual([]);
    expect(plan.files.map((file) => file.status)).toEqual(['refused']);
    expect(plan.files[0]!.errors?.join('\n') ?? JSON.stringify(plan.files[0])).toContain(
      `the word "zebra" printed at page ${lines[at]!.page}, line ${at + 1} is not in the letter read from it, in order`,
    );
  });

  test('a word of the PDF missing from the letter read from it is named, with its page and line', async () => {
    const read = await pdfLetterText(await letterPdf(CAMBRIDGESHIRE));
    const letter = parseLetterText(read.text);
    expect(firstMissingWord(read.lines, letter)).toBeUndefined();
    // The letter as read, less one word of its summary: the check names that word.
    const summaryAt = read.lines.findIndex((line) =>
      line.text.startsWith("Children's services in Cambridgeshire"),
    );
    const lines = read.lines.map((line, i) =>
      i === summaryAt ? { ...line, text: `${line.text} zebra` } : line,
    );
    expect(firstMissingWord(lines, letter)).toEqual({
      word: 'zebra',
      page: lines[summaryAt]!.page,
      line: summaryAt + 1,
    });
  });
});
