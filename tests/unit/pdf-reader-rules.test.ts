/**
 * The PDF reader's rules for letters typeset by software nobody here wrote (issue 27):
 * each test draws its own page, with pdfkit or as the items pdf.js gives, and fails on a
 * reader without the rule.
 */
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, test } from 'vitest';
import { letterPdf } from '../../scripts/letter-pdf.ts';
import { planImport } from '../../src/lib/import/import-letters.ts';
import { letterInput } from '../../src/lib/import/import-input.ts';
import { englishWords } from '../../src/lib/import/pdf/hyphenation.ts';
import { placeMarks } from '../../src/lib/import/pdf/list-marks.ts';
import { toLines } from '../../src/lib/import/pdf/pdf-lines.ts';
import type { HyphenDraw, Item, Page } from '../../src/lib/import/pdf/pdf-model.ts';
import { pdfLetterText, readPages } from '../../src/lib/import/pdf/pdf-text.ts';
import { parseLetterText } from '../../src/lib/import/text/letter-text.ts';
import { firstMissingWord } from '../../src/lib/import/words-in-order.ts';
import { formatProblem } from '../../src/lib/archive/problems.ts';

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

describe('a line-end hyphen that nothing decides', () => {
  // Both halves are words and so is the joined word: a broken word, or a compound?
  test.each([
    ['back-', 'grounds'],
    ['on-', 'going'],
    ['over-', 'weight'],
    ['safe-', 'guarding'],
  ])('"%s" / "%s" is refused at its line unless the letter prints one form elsewhere', async (end, start) => {
    const joined = end.slice(0, -1) + start;
    const once = await pdfLetterText(
      await drawn([
        [`Outcomes improved for children from low ${end}`, 50, 100],
        [`${start} families in the county.`, 50, 114],
      ]),
    );
    expect(once.refusals).toHaveLength(1);
    expect(once.refusals[0]!.message).toContain(
      `cannot tell whether "${end}" / "${start}" ("${joined}" or "${end}${start}") at a line's end is one word broken or a compound`,
    );
    for (const elsewhere of [joined, `${end}${start}`]) {
      const decided = await pdfLetterText(
        await drawn([
          [`Outcomes improved for children from low ${end}`, 50, 100],
          [`${start} families, as ${elsewhere} did.`, 50, 114],
        ]),
      );
      expect(decided.refusals).toEqual([]);
      expect(decided.text).toContain(`low ${elsewhere} families`);
    }
  });
});

describe('a line-end hyphen decided by how the letter draws its hyphens', () => {
  /**
   * A paragraph's items, a line each, 14 pt apart. A line ending in "-" with a way of
   * drawing has its hyphen as an item of its own drawn so (Item.hyphen), as LibreOffice
   * draws an added hyphen ('alone') and Chromium one at a soft hyphen ('marked'); a "-"
   * inside a line with a way of drawing (`low|-|income`) is drawn so too.
   */
  function paragraph(lines: Array<[string, HyphenDraw?]>): Item[] {
    return lines.flatMap(([text, draw], i) => {
      const y = 100 + i * 14;
      if (!draw) return items([[text.replaceAll('|', ''), 50, y]]);
      const parts = text.split('|');
      let x = 50;
      return parts.map((part) => {
        const [item] = items([[part, x, y]]);
        x += part.length * 6;
        return part === '-' ? { ...item!, hyphen: draw } : item!;
      });
    });
  }
  const page = (runs: Item[]): Page => ({
    number: 1,
    lines: toLines(runs, 1),
    images: [],
    top: 842,
    bottom: 0,
  });

  const DOUBTS = [
    ['back', 'grounds'],
    ['on', 'going'],
    ['over', 'weight'],
    ['safe', 'guarding'],
  ];
  describe.each(['alone', 'marked'] as const)('drawn %s', (draw) => {
    /** A letter with a typed hyphen inside a line, a word it broke, and the doubtful pair at a line's end. */
    const letter = (first: string, second: string, doubt: HyphenDraw | undefined, typed?: HyphenDraw) =>
      paragraph([
        [`Outcomes for ${typed ? 'low|-|income' : 'low-income'} families improved signific|-`, draw],
        [`antly, with support for the ${first}|-`, doubt],
        [`${second} needs of children.`],
      ]);

    test.each(DOUBTS)(
      '"%s-" / "%s" drawn as the letter draws the words it broke is one word',
      (first, second) => {
        const read = readPages([page(letter(first, second, draw))], 1, [], english);
        expect(read.refusals).toEqual([]);
        expect(read.text).toContain(
          `low-income families improved significantly, with support for the ${first}${second} needs`,
        );
      },
    );

    test.each(DOUBTS)(
      '"%s-" / "%s" drawn with its word, as the letter draws no word it broke, is a compound',
      (first, second) => {
        const read = readPages([page(letter(first, second, undefined))], 1, [], english);
        expect(read.refusals).toEqual([]);
        expect(read.text).toContain(`support for the ${first}-${second} needs`);
      },
    );

    test.each(DOUBTS)(
      '"%s-" / "%s" is refused where the letter draws a typed hyphen the same way',
      (first, second) => {
        const read = readPages([page(letter(first, second, draw, draw))], 1, [], english);
        expect(read.refusals.map((r) => r.message)).toEqual([
          expect.stringContaining(`cannot tell whether "${first}-" / "${second}"`),
        ]);
      },
    );
  });

  test.each(DOUBTS)(
    '"%s-" / "%s" drawn with its word in a letter that breaks no word: refused, unless its producer is known to draw added hyphens alone',
    (first, second) => {
      const runs = paragraph([
        [`Outcomes for low-income families improved, with support for the ${first}-`],
        [`${second} needs.`],
      ]);
      const refused = readPages([page(runs)], 1, [], english);
      expect(refused.refusals).toHaveLength(1);
      const known = readPages([page(runs)], 1, [], english, 'LibreOffice 7.4');
      expect(known.refusals).toEqual([]);
      expect(known.text).toContain(`the ${first}-${second} needs`);
      // A letter that draws a typed hyphen by itself is not drawn as LibreOffice draws.
      const odd = paragraph([
        [`Outcomes for low|-|income families improved, with support for the ${first}-`, 'alone'],
        [`${second} needs.`],
      ]);
      expect(readPages([page(odd)], 1, [], english, 'LibreOffice 7.4').refusals).toHaveLength(1);
    },
  );
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
    expect('errors' in input && input.errors.map(formatProblem)).toEqual([
      'letter.pdf: pdf: prints a symbol the reader cannot name (U+F0E0) at page 1, line 2; --explain shows it',
    ]);
    // As a record: the page and line are fields of their own, not only words in the message.
    expect('errors' in input && input.errors[0]).toMatchObject({
      file: 'letter.pdf',
      page: 1,
      line: 2,
      field: 'pdf',
    });
    const plan = planImport([input], { existing: () => undefined, lettersDir: LETTERS, added: '2030-01-31' });
    expect(plan.writes).toEqual([]);
    expect(plan.files.map((file) => file.status)).toEqual(['refused']);
  });

  test('a PDF with a word missing from the letter read from it is refused by the importer, and nothing is written', async () => {
    const input = await letterInput('letter.pdf', await letterPdf(CAMBRIDGESHIRE));
    if ('errors' in input) throw new Error(input.errors.map(formatProblem).join('\n'));
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
    expect(plan.files[0]!.errors?.map(formatProblem).join('\n') ?? JSON.stringify(plan.files[0])).toContain(
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
