/**
 * Each failure seen on letters laid out by others, mended: every test typesets its own
 * PDF (from a fixture text in a chosen layout, or drawn here with pdfkit) and reads it.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { getDocumentProxy } from 'unpdf';
import { describe, expect, test } from 'vitest';
import { OFSTED_LAYOUT, letterPdf, type PdfLayout } from '../../scripts/letter-pdf.ts';
import { mdxOf } from '../../scripts/pdf-layouts.ts';
import { foldQuotes } from '../../src/lib/archive/typography.ts';
import { explainPdfText } from '../../src/lib/import/pdf-explain.ts';
import { parseLetterText } from '../../src/lib/import/text/letter-text.ts';
import { pdfLetterText } from '../../src/lib/import/pdf/pdf-text.ts';

const CAMBRIDGESHIRE = readFileSync('tests/fixtures/published/sources/cambridgeshire/2010.txt', 'utf8');
const NORTHAMPTONSHIRE = readFileSync('tests/fixtures/published/sources/northamptonshire/2011.txt', 'utf8');
const layout = (changes: Partial<PdfLayout>): PdfLayout => ({ ...OFSTED_LAYOUT, ...changes });

async function read(text: string, changes: Partial<PdfLayout>) {
  const pdf = await letterPdf(text, layout(changes));
  return { pdf, read: await pdfLetterText(pdf) };
}

/** The text items pdf.js finds on every page. */
async function items(pdf: Uint8Array): Promise<Array<{ str: string; y: number }>> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const out = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const item of content.items) {
      if ('str' in item) out.push({ str: item.str, y: (p * 10_000 - item.transform[5]) as number });
    }
  }
  return out;
}

/** A one-page PDF of lines drawn at the given positions, in Helvetica. */
async function drawn(lines: Array<[string, number, number]>): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 0 });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on('end', resolve));
  doc.font('Helvetica').fontSize(11);
  for (const [text, x, y] of lines) doc.text(text, x, y, { lineBreak: false });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

describe('failures seen on letters typeset by others, mended', { timeout: 60_000 }, () => {
  test.each([0, 8, 20])('name and post %i pt apart are still the last two lines', async (spacing) => {
    for (const signatureImage of [true, false]) {
      const { read: text } = await read(CAMBRIDGESHIRE, { signatureSpacing: spacing, signatureImage });
      const { signatory } = parseLetterText(text.text).data;
      expect(signatory).toEqual({
        name: 'Juliet Winstanley',
        role: "Divisional Manager, Children's Services Assessment",
        ...(signatureImage ? { signatureImage: true } : {}),
      });
    }
  });

  test('wrapped scale-table cells stay in their rows, and the 2009 grade a 2010 letter states is read', async () => {
    const { pdf, read: text } = await read(CAMBRIDGESHIRE, {
      scaleColumns: [0.06, 0.13, 0.3],
      scaleRules: true,
      font: 'carlito',
    });
    // The cells did wrap: "Performs" and "excellently" are drawn on different lines.
    const drawnItems = await items(pdf);
    const performs = drawnItems.find((item) => item.str === 'Performs');
    expect(performs).toBeDefined();
    expect(drawnItems.find((item) => item.str === 'excellently')!.y).toBeGreaterThan(performs!.y);
    const rows = text.lines.filter((line) => line.part === 'table row').map((line) => line.text);
    expect(rows.slice(0, 4)).toEqual([
      '4\tPerforms excellently\tAn organisation that significantly exceeds minimum requirements',
      '3\tPerforms well\tAn organisation that exceeds minimum requirements',
      '2\tPerforms adequately\tAn organisation that meets only minimum requirements',
      '1\tPerforms poorly\tAn organisation that does not meet minimum requirements',
    ]);
    const { data } = parseLetterText(text.text);
    expect(data.previous).toMatchObject({ year: 2009, grade: 3 });
    expect(mdxOf(text.text)).toBe(mdxOf(CAMBRIDGESHIRE));
  });

  test.each([
    ['across the top', { letterhead: 'top' }],
    ['on the left, the recipient on the right', { letterhead: 'left' }],
    ['on the right, the recipient on the left', { letterhead: 'right' }],
    ['on the right with the date under it', { letterhead: 'right', dateUnderLetterhead: true }],
  ] as const)('a letterhead %s is read as the letterhead', async (_, changes) => {
    const { read: text } = await read(NORTHAMPTONSHIRE, changes);
    const sender = parseLetterText(NORTHAMPTONSHIRE).data.sender!;
    expect(parseLetterText(text.text).data.sender).toEqual(sender);
    expect(text.lines.filter((line) => line.part === 'letterhead').map((line) => line.text)).toEqual(sender);
    expect(mdxOf(text.text)).toBe(mdxOf(NORTHAMPTONSHIRE));
  });

  test('a word hyphenated at a line end is mended; compounds and suspended hyphens keep theirs', async () => {
    const pdf = await drawn([
      ['Its performance is good. Overall perfor-', 50, 100],
      ['mance improved for low-', 50, 114],
      ['income families, for their well-', 50, 128],
      ['being and for pre- and post-16 learners in pre-', 50, 142],
      ['and post-16 settings.', 50, 156],
    ]);
    expect((await pdfLetterText(pdf)).text).toBe(
      'Its performance is good. Overall performance improved for low-income families, for their well-being ' +
        'and for pre- and post-16 learners in pre- and post-16 settings.\n',
    );
  });

  test('a word in italics keeps its line in the paragraph; a bold heading stands apart with no gap', async () => {
    const doc = new PDFDocument({ size: 'A4', margin: 0 });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise((resolve) => doc.on('end', resolve));
    doc.font('Helvetica-Bold').fontSize(11).text('Outcomes for children', 50, 100, { lineBreak: false });
    doc.font('Helvetica').text('An assessment of', 50, 114, { lineBreak: false });
    const x = 50 + doc.widthOfString('An assessment of ');
    doc.font('Helvetica-Oblique').text('performs well', x, 128 - 14, { lineBreak: false });
    doc.font('Helvetica').text('does not mean all is good.', 50, 128, { lineBreak: false });
    doc.end();
    await done;
    expect((await pdfLetterText(new Uint8Array(Buffer.concat(chunks)))).text).toBe(
      'Outcomes for children\n\nAn assessment of performs well does not mean all is good.\n',
    );
  });

  test('ligatures the text layer names as ﬁ, ﬂ, ﬃ are read as their letters', async () => {
    const { pdf, read: text } = await read(CAMBRIDGESHIRE, { font: 'eb-garamond', ligatureCodes: true });
    // The PDF's text layer maps the ligature glyphs to U+FB01 and its kin, not to letters.
    expect(Buffer.from(pdf).toString('latin1')).toContain('<FB01>');
    expect(text.text).not.toMatch(/[\uFB00-\uFB06]/);
    expect(text.text).toContain('significantly exceeds minimum requirements');
    expect(mdxOf(text.text)).toBe(mdxOf(CAMBRIDGESHIRE));
  });

  test('curly quotes and dashes are kept as printed; comparisons fold them', async () => {
    const curly = CAMBRIDGESHIRE.replace("Ofsted's inspection", 'Ofsted’s inspection').replace(
      'The assessment has involved the application of inspector judgement.',
      'The assessment – as “Ofsted guidance” says – has involved the application of inspector judgement.',
    );
    expect(curly).not.toBe(CAMBRIDGESHIRE);
    const { read: text } = await read(curly, { font: 'tinos' });
    expect(text.text).toContain('Ofsted’s inspection');
    expect(text.text).toContain('The assessment – as “Ofsted guidance” says –');
    expect(mdxOf(text.text)).toBe(mdxOf(curly));
    expect(foldQuotes(text.text)).toContain('as "Ofsted guidance" says');
  });
});

describe('--explain', { timeout: 90_000 }, () => {
  test('numbers each line of the text as read and names the part it was taken for', async () => {
    const { read: text } = await read(NORTHAMPTONSHIRE, { letterhead: 'top', footer: 'number' });
    const explained = explainPdfText(text).split('\n');
    const part = (n: number) => /^\s*\d+\s{2}(\S+(?: \S+)?)\s{2,}/.exec(explained[n - 1]!)?.[1];
    expect(explained[0]).toMatch(/^\s*1 {2}letterhead +Aviation House$/);
    const lines = text.text.split('\n');
    const at = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line)) + 1;
    expect(part(at(/^8 November 2011$/))).toBe('date');
    expect(part(at(/^Mr Charlie MacNally$/))).toBe('recipient');
    expect(part(at(/^Dear Mr MacNally$/))).toBe('body');
    expect(part(at(/^4\tPerforms excellently/))).toBe('table row');
    expect(part(at(/^Juliet Winstanley$/))).toBe('signature block');
    expect(explained.filter((line) => / dropped +page \d+: header or footer "\d+"$/.test(line)).length).toBe(
      text.pages,
    );
  });

  test('npm run import -- --explain prints the reading, says whether it is a letter, and writes nothing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'explain-'));
    const file = join(root, 'letter.pdf');
    writeFileSync(file, await letterPdf(CAMBRIDGESHIRE, layout({ font: 'arimo', signatureSpacing: 12 })));
    const run = spawnSync(process.execPath, ['scripts/import.ts', '--root', root, '--explain', file], {
      encoding: 'utf8',
      env: { ...process.env, CI: '1' },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\s*\d+ {2}date {13}9 December 2010$/m);
    expect(run.stdout).toMatch(
      /^\s*\d+ {2}table row {8}Children's services assessment\tPerforms well \(3\)$/m,
    );
    expect(run.stdout).toContain(`${file}: reads as the letter for Cambridgeshire County Council 2010`);
    expect(readdirSync(root)).toEqual(['letter.pdf']);

    // A PDF that does not read as a letter: the reading, then the importer's refusal.
    const notALetter = join(root, 'note.pdf');
    writeFileSync(notALetter, await drawn([['A note with no salutation.', 50, 100]]));
    const refused = spawnSync(process.execPath, ['scripts/import.ts', '--explain', notALetter], {
      encoding: 'utf8',
      env: { ...process.env, CI: '1' },
    });
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(/^1 {2}body +A note with no salutation\.$/m);
    expect(refused.stdout).toContain(`${notALetter}:1: salutation: no "Dear …" line`);
  });
});
