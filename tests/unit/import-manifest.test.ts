import { expect, test } from 'vitest';
import { parseManifest } from '../../src/lib/import/import-manifest.ts';
import { formatProblem } from '../../src/lib/archive/problems.ts';

const HEADER = 'file,url,retrieved';

test('a manifest row gives its file an origin, quoted fields and a byte-order mark as CSV has them', () => {
  const text = `\uFEFF${HEADER}\r\n"a, b.pdf",https://example.org/a.pdf,2011-01-05\r\n\r\nc.pdf,,\r\n`;
  const manifest = parseManifest(text, 'm.csv');
  expect(manifest.errors).toEqual([]);
  expect(manifest.rows.get('a, b.pdf')).toEqual({
    url: 'https://example.org/a.pdf',
    retrieved: '2011-01-05',
    line: 2,
  });
  expect(manifest.rows.get('c.pdf')).toEqual({ line: 4 });
});

test('each bad row is named by its line and field', () => {
  const text = `${HEADER}\na.pdf,ftp://x,2011-02-30\nb.pdf,https://example.org/b.pdf\na.pdf,,\n`;
  expect(parseManifest(text, 'm.csv').errors.map(formatProblem)).toEqual([
    'm.csv:2: url: must be an http or https address',
    'm.csv:2: retrieved: must be a calendar date written YYYY-MM-DD',
    'm.csv:3: row: has 2 fields; expected file,url,retrieved',
    'm.csv:4: file: a.pdf is already on line 2',
  ]);
});

test('a wrong header, or a quote never closed, stops with the line', () => {
  expect(parseManifest('name,url\na.pdf,x\n', 'm.csv').errors.map(formatProblem)).toEqual([
    'm.csv:1: header: must be "file,url,retrieved", not "name,url"',
  ]);
  expect(
    parseManifest(`${HEADER}\n"a.pdf,https://example.org/a.pdf,2011-01-05\n`, 'm.csv').errors.map(
      formatProblem,
    )[0],
  ).toMatch(/^m\.csv:\d: .*quote/i);
});
