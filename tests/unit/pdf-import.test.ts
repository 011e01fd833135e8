import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, test } from 'vitest';
import { badPdfs, letterPdf } from '../../scripts/letter-pdf.ts';
import { DATA_FILES, scratchProject } from './scratch-project.ts';
import { archiveFolders } from '../../src/lib/archive/archive-folders.ts';
import { planImport } from '../../src/lib/import/import-letters.ts';
import { letterInput, sha256, type ImportInput } from '../../src/lib/import/import-input.ts';
import { letterAdded } from '../../src/lib/import/mdx/letter-mdx.ts';
import { isSignatureNote } from '../../src/lib/archive/letter-patterns.ts';
import { PDF_LIMITS } from '../../src/lib/import/pdf/pdf-open.ts';
import { pdfLetterText } from '../../src/lib/import/pdf/pdf-text.ts';
import { formatProblem } from '../../src/lib/archive/problems.ts';

/** Every published text of the fixture archives, with the letters folder it belongs to. */
const SOURCES = [
  ...['tests/fixtures/published/letters', 'tests/fixtures/letters'].flatMap((lettersDir) => {
    const dir = archiveFolders(lettersDir).sources;
    return readdirSync(dir, { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => ({ source: `${dir}/${name}`, lettersDir }));
  }),
];
const CAMBRIDGESHIRE = 'tests/fixtures/published/sources/cambridgeshire/2010.txt';
const NORTHAMPTONSHIRE = 'tests/fixtures/published/sources/northamptonshire/2011.txt';

const nothingYet = () => undefined;
const textInput = (path: string): ImportInput => ({ path, bytes: readFileSync(path) });
/** A letter's MDX without the SHA-256 line, which names the very file imported. */
const withoutHash = (mdx: string) => mdx.replace(/^ {2}sha256: [0-9a-f]{64}\n/m, '');
/** A letter's words in order, without the signature (a picture) and the rule under the grade line. */
const words = (text: string) =>
  text
    .split(/\r?\n/)
    .filter((line) => !isSignatureNote(line) && !/^[-\s]*$/.test(line))
    .join(' ')
    .replace(/^[-•]\s/gm, '')
    .split(/\s+/)
    .filter((word) => word && word !== '•' && word !== '-');

const pdfs = new Map<string, Uint8Array>();
beforeAll(async () => {
  for (const { source } of SOURCES) pdfs.set(source, await letterPdf(readFileSync(source, 'utf8')));
}, 60_000);

describe('a PDF of a letter imports to exactly the letter its text gives', { timeout: 30_000 }, () => {
  test.each(SOURCES)('$source', async ({ source, lettersDir }) => {
    const pdf = pdfs.get(source)!;
    const fromPdf = await letterInput(source.replace(/\.txt$/, '.pdf'), pdf);
    if ('errors' in fromPdf) throw new Error(fromPdf.errors.map(formatProblem).join('\n'));
    // The layout the reader had to undo: a paragraph and a bullet cut by a page break.
    expect(fromPdf.notes!.some((note) => /a paragraph runs on from page/.test(note))).toBe(true);
    expect(fromPdf.notes!.some((note) => /a bullet runs on from page/.test(note))).toBe(true);
    expect(fromPdf.notes!.some((note) => /is the signature$/.test(note))).toBe(true);

    const pdfPlan = planImport([fromPdf], { existing: nothingYet, lettersDir, added: '2030-01-31' });
    const textPlan = planImport([textInput(source)], {
      existing: nothingYet,
      lettersDir,
      added: '2030-01-31',
    });
    expect(pdfPlan.errors).toEqual([]);
    const [pdfLetter, pdfSource] = pdfPlan.writes;
    const [textLetter] = textPlan.writes;
    expect(pdfLetter!.path).toBe(textLetter!.path);
    expect(withoutHash(String(pdfLetter!.content))).toBe(withoutHash(String(textLetter!.content)));
    expect(String(pdfLetter!.content)).toContain(`  sha256: ${sha256(pdf)}\n`);
    // Every word of the published text, in order, and no other.
    expect(words(new TextDecoder().decode(pdfSource!.content as Uint8Array))).toEqual(
      words(readFileSync(source, 'utf8')),
    );
  });
});

describe('a PDF that is not a readable letter is refused, saying why', () => {
  let bad: Awaited<ReturnType<typeof badPdfs>>;
  beforeAll(async () => {
    bad = await badPdfs();
  }, 60_000);
  const refusal = async (bytes: Uint8Array) => {
    const input = await letterInput('letter.pdf', bytes);
    return 'errors' in input ? input.errors.map(formatProblem) : [];
  };

  test('a scanned page, with no text layer', async () => {
    expect(await refusal(bad.scanned)).toEqual([
      'letter.pdf: pdf: page 1 has no text layer (it is a scanned image); its text must be recognised (OCR) and checked before it can be imported',
    ]);
  });
  test('an encrypted PDF', async () => {
    expect(await refusal(bad.encrypted)).toEqual([
      'letter.pdf: pdf: the PDF is encrypted with a password, so its text cannot be read',
    ]);
  });
  test('a damaged PDF', async () => {
    expect(await refusal(bad.corrupt)).toEqual([
      'letter.pdf: pdf: the PDF is damaged and cannot be read (Invalid PDF structure.)',
    ]);
  });
  test('more pages than a letter has', async () => {
    expect(await refusal(bad.tooManyPages)).toEqual([
      'letter.pdf: pdf: the PDF has 21 pages; a letter has 2 to 4, so more than 20 are refused',
    ]);
  });
  test('a file over 20 MB, before it is parsed', async () => {
    const huge = new Uint8Array(PDF_LIMITS.bytes + 1);
    huge.set(new TextEncoder().encode('%PDF-1.7\n'));
    expect(await refusal(huge)).toEqual([
      'letter.pdf: pdf: the PDF is 20.0 MB; a letter is a few pages, so files over 20 MB are refused',
    ]);
  });
  test('a file named .pdf that is not one', async () => {
    expect(await refusal(new TextEncoder().encode('Dear Sir'))).toEqual([
      'letter.pdf: pdf: not a PDF file (no "%PDF-" header)',
    ]);
  });
});

test('running headers go, a word broken at its hyphen is mended, a blank page is passed over', async () => {
  const doc = new PDFDocument({ size: 'A4', margin: 0 });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on('end', resolve));
  const header = () =>
    doc.font('Helvetica').fontSize(9).text('Annual assessment letter', 50, 30, { lineBreak: false });
  header();
  doc.fontSize(11).text('Too few young people from low-', 50, 100, { lineBreak: false });
  doc.text('income families stay in education.', 50, 114, { lineBreak: false });
  doc.addPage();
  doc.addPage();
  header();
  doc.fontSize(11).text('A second paragraph.', 50, 100, { lineBreak: false });
  doc.end();
  await done;
  const read = await pdfLetterText(new Uint8Array(Buffer.concat(chunks)));
  expect(read.text).toBe(
    'Too few young people from low-income families stay in education.\n\nA second paragraph.\n',
  );
  expect(read.notes).toEqual([
    'page 2: blank',
    'page 1: dropped the running header or footer "Annual assessment letter"',
    'page 3: dropped the running header or footer "Annual assessment letter"',
  ]);
});

test('the PDF reader is a pdf.js without the eval path of CVE-2024-4367 (fixed in 4.2.67)', async () => {
  const bundle = readFileSync('node_modules/unpdf/dist/pdfjs.mjs', 'utf8');
  const version = /apiVersion:`(\d+)\.(\d+)\.(\d+)`/.exec(bundle)!.slice(1).map(Number);
  expect(version[0]! * 1e6 + version[1]! * 1e3 + version[2]!).toBeGreaterThanOrEqual(4_002_067);
  expect(bundle).not.toMatch(/new Function\(|\beval\(/);
  // A text PDF reads without any font, CMap or other file being fetched.
  const read = await pdfLetterText(await letterPdf(readFileSync(SOURCES[0]!.source, 'utf8')));
  expect(read.pages).toBeGreaterThan(1);
});

// Each test starts the command line more than once: slow on a busy machine, so a longer limit.
describe('npm run import with a folder of PDFs and texts', { timeout: 90_000 }, () => {
  // The published letters as the importer wrote them into their own small archive; here
  // they go to the default content/ of a scratch folder.
  const published = (path: string) =>
    readFileSync(`tests/fixtures/published/letters/${path}`, 'utf8').replace(
      'tests/fixtures/published/',
      'content/',
    );
  // The date those letters record, so what is imported can be compared with them.
  const added = letterAdded(published('cambridgeshire/2010.mdx'))!;
  const run = (root: string, ...args: string[]) =>
    spawnSync(process.execPath, ['scripts/import.ts', '--root', root, '--added', added, ...args], {
      encoding: 'utf8',
      env: { ...process.env, CI: '1' },
    });
  const filesUnder = (root: string) =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
      .sort();

  /** A folder holding the real letters as PDFs (one in a subfolder), a fixture text and a stray file. */
  function inbox(root: string, extra: Record<string, Uint8Array | string> = {}) {
    const folder = join(root, 'inbox');
    mkdirSync(join(folder, '2011'), { recursive: true });
    writeFileSync(join(folder, 'cambridgeshire-2010.pdf'), pdfs.get(CAMBRIDGESHIRE)!);
    writeFileSync(join(folder, '2011/northamptonshire.pdf'), pdfs.get(NORTHAMPTONSHIRE)!);
    writeFileSync(
      join(folder, 'wrenfold-2010.txt'),
      readFileSync('tests/fixtures/sources/wrenfold/2010.txt'),
    );
    writeFileSync(join(folder, 'README.md'), 'not a letter');
    writeFileSync(
      join(folder, 'manifest.csv'),
      'file,url,retrieved\ncambridgeshire-2010.pdf,https://example.org/letters/cambridgeshire-2010.pdf,2011-01-05\n',
    );
    for (const [name, bytes] of Object.entries(extra)) writeFileSync(join(folder, name), bytes);
    return folder;
  }

  test('imports every letter, walking subfolders in order, with the provenance of the manifest', () => {
    const root = scratchProject(['Wrenfold']);
    const result = run(root, inbox(root));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/note: skipped .*inbox\/README\.md \(not a \.pdf or \.txt file\)/);
    // One plain line per file when not on a terminal, in order.
    expect(result.stdout.match(/^\[\d\/3\] .*$/gm)!.map((line) => line.replace(/ .*inbox\//, ' '))).toEqual([
      '[1/3] 2011/northamptonshire.pdf',
      '[2/3] cambridgeshire-2010.pdf',
      '[3/3] wrenfold-2010.txt',
    ]);
    expect(result.stdout).toContain('Summary: 3 imported, 0 unchanged, 0 refused');
    const letter = readFileSync(join(root, 'content/letters/cambridgeshire/2010.mdx'), 'utf8');
    expect(letter).toContain(
      '  url: https://example.org/letters/cambridgeshire-2010.pdf\n  retrieved: 2011-01-05\n',
    );
    expect(withoutHash(letter).replace(/ {2}url: .*\n {2}retrieved: .*\n/, '')).toBe(
      withoutHash(published('cambridgeshire/2010.mdx')),
    );
    // A second run finds nothing to do.
    expect(run(root, inbox(root)).stdout).toContain('Summary: 0 imported, 3 unchanged, 0 refused');
  });

  test('all or nothing: one bad PDF and nothing at all is written', async () => {
    const root = scratchProject(['Wrenfold']);
    const folder = inbox(root, { 'scanned.pdf': (await badPdfs()).scanned });
    const result = run(root, folder);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${folder}/scanned.pdf: pdf: page 1 has no text layer`);
    expect(result.stderr).toContain('Nothing written: 1 of 4 file(s) refused.');
    expect(filesUnder(root).every((file) => file.startsWith('inbox/') || DATA_FILES.includes(file))).toBe(
      true,
    );
  });

  test('--keep-going writes every valid letter, lists the refused ones and exits 1', async () => {
    const root = scratchProject(['Wrenfold']);
    const bad = await badPdfs();
    const folder = inbox(root, { 'encrypted.pdf': bad.encrypted, 'corrupt.pdf': bad.corrupt });
    const result = run(root, '--keep-going', folder);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Summary: 3 imported, 0 unchanged, 2 refused');
    expect(result.stderr).toContain(
      `refused ${folder}/corrupt.pdf\n  ${folder}/corrupt.pdf: pdf: the PDF is damaged`,
    );
    expect(result.stderr).toContain(
      `refused ${folder}/encrypted.pdf\n  ${folder}/encrypted.pdf: pdf: the PDF is encrypted`,
    );
    expect(
      filesUnder(join(root, 'content')).filter((file) => !DATA_FILES.includes(`content/${file}`)),
    ).toEqual([
      'letters/cambridgeshire/2010.mdx',
      'letters/northamptonshire/2011.mdx',
      'letters/wrenfold/2010.mdx',
      'sources/cambridgeshire/2010.txt',
      'sources/northamptonshire/2011.txt',
      'sources/wrenfold/2010.txt',
    ]);
  });

  test('the same letter twice in one batch: both refused, each naming the other', () => {
    const root = scratchProject(['Wrenfold']);
    const folder = inbox(root, {
      'cambridgeshire-2010.txt': readFileSync(CAMBRIDGESHIRE),
    });
    const result = run(root, '--keep-going', folder);
    expect(result.status).toBe(1);
    const pdf = `${folder}/cambridgeshire-2010.pdf`;
    const text = `${folder}/cambridgeshire-2010.txt`;
    expect(result.stderr).toMatch(
      new RegExp(`${pdf}:\\d+: authority, year: Cambridgeshire County Council 2010 is also in ${text}`),
    );
    expect(result.stderr).toMatch(
      new RegExp(`${text}:\\d+: authority, year: Cambridgeshire County Council 2010 is also in ${pdf}`),
    );
    expect(result.stdout).toContain('Summary: 2 imported, 0 unchanged, 2 refused');
  });

  test('--url and --retrieved give one file its provenance, checked like the manifest', () => {
    const root = scratchProject(['Wrenfold']);
    const file = join(root, 'letter.pdf');
    writeFileSync(file, pdfs.get(NORTHAMPTONSHIRE)!);
    const bad = run(root, '--url', 'ftp://x', '--retrieved', '2011-13-01', file);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(
      '--url: must be an http or https address\n--retrieved: must be a calendar date',
    );
    expect(run(root, '--url', 'https://example.org/n.pdf', '--retrieved', '2011-11-20', file).status).toBe(0);
    expect(readFileSync(join(root, 'content/letters/northamptonshire/2011.mdx'), 'utf8')).toContain(
      '  url: https://example.org/n.pdf\n  retrieved: 2011-11-20\n',
    );
  });

  test('a bad manifest stops the run before anything is read', () => {
    const root = scratchProject(['Wrenfold']);
    const folder = inbox(root);
    writeFileSync(join(folder, 'manifest.csv'), 'file,url,retrieved\nwrenfold-2010.txt,ftp://x,2011-02-30\n');
    const result = run(root, folder);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${folder}/manifest.csv:2: url: must be an http or https address`);
    expect(result.stderr).toContain(
      `${folder}/manifest.csv:2: retrieved: must be a calendar date written YYYY-MM-DD`,
    );
    expect(filesUnder(root).every((file) => file.startsWith('inbox/') || DATA_FILES.includes(file))).toBe(
      true,
    );
  });
});
