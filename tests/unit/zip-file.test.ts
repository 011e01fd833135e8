/**
 * The open data's zip (src/lib/site/zip-file.ts): a reader gets back every file's words under
 * its name, and the same files always make the same bytes.
 */
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from 'vitest';
import { zipTexts } from '../../src/lib/site/zip-file.ts';

const files: Array<[string, string]> = [
  ['data/letters.csv', 'authority,year\nLeeds,2011\n'],
  ['data/letters/ynys-môn-2010.txt', 'Performs well (3): “children’s services”.\n'.repeat(50)],
  ['data/empty.txt', ''],
];
const mtime = new Date('2011-12-09T00:00:00Z');

test('a zip reader gets every file back, by its name, with its words', async () => {
  const unzipped = unzipSync(await zipTexts(files, mtime));
  expect(Object.keys(unzipped)).toEqual(files.map(([name]) => name));
  for (const [name, text] of files) expect(strFromU8(unzipped[name]!)).toBe(text);
});

test('the files are deflated, dated in UTC, and the same files give the same bytes', async () => {
  const zip = await zipTexts(files, mtime);
  expect(Buffer.from(await zipTexts(files, mtime)).equals(Buffer.from(zip))).toBe(true);
  const header = new DataView(zip.buffer, zip.byteOffset);
  expect(header.getUint32(0, true)).toBe(0x04034b50);
  // Method 8 (deflate), then the MS-DOS time and date: 00:00:00 on 9 December 2011.
  expect(header.getUint16(8, true)).toBe(8);
  expect(header.getUint16(10, true)).toBe(0);
  expect(header.getUint16(12, true)).toBe(((2011 - 1980) << 9) | (12 << 5) | 9);
  // The repeated letter's text shrinks: it is compressed, not stored.
  expect(zip.length).toBeLessThan(files.reduce((n, [, text]) => n + text.length, 0) / 2);
});
