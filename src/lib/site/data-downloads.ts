/**
 * What the open data offers to take away beyond its tables: each letter on its own, as
 * JSON and as plain text, and one zip of every file, made at build time. The zip's dates
 * are the build's day, so the same data always gives the same bytes.
 */
import type { Letter } from '../archive/letters.ts';
import { letterDownload, letterPlainText } from './letter-records.ts';
import { letterDataPath } from './routes.ts';
import { zipTexts } from './zip-file.ts';

/** Each letter's two files, by their path below data/: letters/<slug>-<year>.json and .txt. */
export function letterFiles<L extends Letter & { body?: string }>(
  letters: readonly L[],
  site: string | undefined,
): Map<string, string> {
  return new Map(
    letters.flatMap((letter) => [
      [
        letterDataPath(letter.data, 'json'),
        JSON.stringify(letterDownload(letter, letter.body ?? '', site), null, 2),
      ],
      [letterDataPath(letter.data, 'txt'), `${letterPlainText(letter, letter.body ?? '', true)}\n`],
    ]),
  );
}

/** Every file, by its path below data/, in one zip (folders kept: letters/…), in order of path. */
export function dataZip(files: ReadonlyMap<string, string>, built: string): Promise<Uint8Array> {
  const sorted = [...files].sort(([a], [b]) => a.localeCompare(b));
  return zipTexts(
    sorted.map(([path, text]) => [`assessment-letters-data/${path}`, text]),
    new Date(`${built}T00:00:00Z`),
  );
}

/** "12.3 KB", "1.2 MB": a file's size for the /data/ page (1 KB = 1,000 bytes). */
export function fileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
