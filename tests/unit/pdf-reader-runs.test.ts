/**
 * Words drawn in more than one run (issue 27). LibreOffice starts a new run at each
 * optional hyphen, up to about 0.18 em from the last and with no space drawn; Chromium
 * draws a soft hyphen as a space glyph and starts the word's rest where that space began.
 * pdf.js's text content reads both as two words; the reader places the glyphs itself
 * (glyph-runs.ts), and on a line that draws its spaces a gap with none drawn in it is no
 * word's end up to a fifth of an em (pdf-lines.ts). Each test draws its own pages with pdfkit.
 */
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { describe, expect, test } from 'vitest';
import { openPdf } from '../../src/lib/import/pdf/pdf-open.ts';
import { pageContent } from '../../src/lib/import/pdf/page-content.ts';
import { toLines } from '../../src/lib/import/pdf/pdf-lines.ts';
import { lineText } from '../../src/lib/import/pdf/pdf-model.ts';

const SIZE = 11;

/** The letter's words of seven letters or more, each once. */
const WORDS = [
  ...new Set(
    readFileSync('tests/fixtures/published/sources/cambridgeshire/2010.txt', 'utf8').match(
      /\b\p{Ll}{7,}\b/gu,
    ),
  ),
];

type Draw = (doc: PDFKit.PDFDocument, word: string, cut: number, x: number, y: number) => void;

/** Pages of lines, one a line, 40 to a page, each drawn by `draw`; the text each line reads as. */
async function linesRead(words: Array<[string, number]>, draw: Draw, font = 'Helvetica'): Promise<string[]> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on('end', resolve));
  for (const [i, [word, cut]] of words.entries()) {
    if (i % 40 === 0) doc.addPage().font(font).fontSize(SIZE);
    draw(doc, word, cut, 72, 60 + (i % 40) * 18);
  }
  doc.end();
  await done;
  const pdf = await openPdf(new Uint8Array(Buffer.concat(chunks)));
  const read: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const { items } = await pageContent(await pdf.getPage(n));
    read.push(...toLines(items, n).map(lineText));
  }
  await pdf.loadingTask.destroy();
  return read;
}

/** Every word of the letter cut at every place that leaves two letters or more each side. */
const everyCut = WORDS.flatMap((word) =>
  Array.from({ length: word.length - 3 }, (_, i) => [word, i + 2] as [string, number]),
);

describe('a word drawn in two runs is one word', { timeout: 60_000 }, () => {
  test.each([0.12, 0.18])(
    'runs %s em apart with no space drawn between them, as LibreOffice draws them at an optional hyphen',
    async (ems) => {
      const read = await linesRead(everyCut, (doc, word, cut, x, y) => {
        const head = `the ${word.slice(0, cut)}`;
        doc.text(head, x, y, { lineBreak: false });
        doc.text(`${word.slice(cut)} of`, x + doc.widthOfString(head) + SIZE * ems, y, { lineBreak: false });
      });
      expect(read).toEqual(everyCut.map(([word]) => `the ${word} of`));
    },
  );

  test('a space drawn and then drawn over, as Chromium draws a soft hyphen', async () => {
    const read = await linesRead(everyCut, (doc, word, cut, x, y) => {
      const head = word.slice(0, cut);
      doc.text(`${head} `, x, y, { lineBreak: false });
      doc.text(word.slice(cut), x + doc.widthOfString(head), y, { lineBreak: false });
    });
    expect(read).toEqual(everyCut.map(([word]) => word));
  });

  test('two words a space apart stay two, in a font whose space is a quarter of an em', async () => {
    const pairs = WORDS.slice(0, 40).map(
      (word, i) => [`${word} ${WORDS[i + 1]}`, word.length] as [string, number],
    );
    const read = await linesRead(
      pairs,
      (doc, words, cut, x, y) => {
        const head = words.slice(0, cut);
        doc.text(head, x, y, { lineBreak: false });
        doc.text(words.slice(cut + 1), x + doc.widthOfString(`${head} `), y, { lineBreak: false });
      },
      'Times-Roman',
    );
    expect(read).toEqual(pairs.map(([words]) => words));
  });
});

describe('how a hyphen is drawn is kept for hyphenation to judge', { timeout: 60_000 }, () => {
  /** Each line's segments, from pages drawn as linesRead draws them. */
  async function segmentsRead(words: Array<[string, number]>, draw: Draw) {
    const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise((resolve) => doc.on('end', resolve));
    for (const [i, [word, cut]] of words.entries()) {
      if (i % 40 === 0) doc.addPage().font('Helvetica').fontSize(SIZE);
      draw(doc, word, cut, 72, 60 + (i % 40) * 18);
    }
    doc.end();
    await done;
    const pdf = await openPdf(new Uint8Array(Buffer.concat(chunks)));
    const read = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const { items } = await pageContent(await pdf.getPage(n));
      read.push(...toLines(items, n).map((line) => line.segments));
    }
    await pdf.loadingTask.destroy();
    return read;
  }
  const cuts = everyCut.filter((_, i) => i % 7 === 0);

  test("a hyphen drawn by an operation of its own at a line's end, as LibreOffice draws one it adds, is 'alone'", async () => {
    const read = await segmentsRead(cuts, (doc, word, cut, x, y) => {
      const head = `the ${word.slice(0, cut)}`;
      doc.text(head, x, y, { lineBreak: false });
      doc.text('-', x + doc.widthOfString(head), y, { lineBreak: false });
    });
    expect(read.map((segments) => segments.map((s) => [s.text, s.endHyphen]))).toEqual(
      cuts.map(([word, cut]) => [[`the ${word.slice(0, cut)}-`, 'alone']]),
    );
  });

  test("after a blank glyph in a marked-content span, as Chromium draws one at a soft hyphen, it is 'marked'", async () => {
    const read = await segmentsRead(cuts, (doc, word, cut, x, y) => {
      const head = `the ${word.slice(0, cut)}`;
      doc.text(head, x, y, { lineBreak: false });
      doc.markContent('Span');
      doc.text(' ', x + doc.widthOfString(head), y, { lineBreak: false });
      doc.endMarkedContent();
      doc.text('-', x + doc.widthOfString(head), y, { lineBreak: false });
    });
    expect(read.map((segments) => segments.map((s) => [s.text, s.endHyphen]))).toEqual(
      cuts.map(([word, cut]) => [[`the ${word.slice(0, cut)}-`, 'marked']]),
    );
  });

  test('in a tagged PDF, whose paragraphs are marked content too, only a sequence of blanks alone marks the hyphen after it', async () => {
    const read = await segmentsRead(cuts, (doc, word, cut, x, y) => {
      const head = `the ${word.slice(0, cut)}`;
      doc.markContent('P');
      doc.text(`${head} -`, x, y, { lineBreak: false });
      // A dash drawn by itself after a space, in the paragraph's marked content: 'alone'.
      doc.text(' ', x + doc.widthOfString(`${head} -`), y, { lineBreak: false });
      doc.text('-', x + doc.widthOfString(`${head} - `), y, { lineBreak: false });
      doc.text(`${word}`, x + doc.widthOfString(`${head} - -`), y, { lineBreak: false });
      // Chromium's soft hyphen inside it: a span of one blank, then the hyphen by itself.
      doc.markContent('Span');
      doc.text(' ', x + doc.widthOfString(`${head} - -${word}`), y, { lineBreak: false });
      doc.endMarkedContent();
      doc.text('-', x + doc.widthOfString(`${head} - -${word}`), y, { lineBreak: false });
      doc.endMarkedContent();
    });
    expect(read.map((segments) => segments.map((s) => [s.endHyphen, s.insideHyphens]))).toEqual(
      cuts.map(() => [['marked', { alone: 1 }]]),
    );
  });

  test('a hyphen drawn with the letters around it, as a typed one is, is neither; one drawn alone inside a line is counted', async () => {
    const read = await segmentsRead(cuts, (doc, word, cut, x, y) => {
      const [head, rest] = [word.slice(0, cut), word.slice(cut)];
      doc.text(`the ${head}-${rest} and ${head}`, x, y, { lineBreak: false });
      const after = x + doc.widthOfString(`the ${head}-${rest} and ${head}`);
      doc.text('-', after, y, { lineBreak: false });
      doc.text(rest, after + doc.widthOfString('-'), y, { lineBreak: false });
    });
    expect(read.map((segments) => segments.map((s) => [s.text, s.endHyphen, s.insideHyphens]))).toEqual(
      cuts.map(([word, cut]) => {
        const hyphened = `${word.slice(0, cut)}-${word.slice(cut)}`;
        return [[`the ${hyphened} and ${hyphened}`, undefined, { alone: 1 }]];
      }),
    );
  });
});
