/**
 * Every letter of the archive is exactly what the importer makes of its published text:
 * no letter is edited by hand. Run on whatever archive was built (LETTERS_DIR), so a
 * letter added tomorrow is checked too; it opens no page.
 */
import { expect, test } from '../fixtures.ts';
import { existsSync, readFileSync } from 'node:fs';
import { archiveLetters } from '../../../src/lib/import/archive-files.ts';
import { planImport } from '../../../src/lib/import/import-letters.ts';
import { lettersDirectory } from '../../../src/lib/site/site-config.ts';

const lettersDir = lettersDirectory();
const fromProject = (path: string) => (existsSync(path) ? readFileSync(path) : undefined);

for (const letter of archiveLetters(lettersDir)) {
  test(`${letter.source} imports to the letter as it is`, () => {
    // Where the original came from is the letter's record, not the text's: re-read the
    // text with the provenance the letter holds (a PDF's SHA-256 is not its text's).
    const { url, retrieved, sha256 } = letter.data.source;
    const origin = { ...(url ? { url } : {}), ...(retrieved ? { retrieved } : {}) };
    const plan = planImport([{ path: letter.source, bytes: readFileSync(letter.source), origin, sha256 }], {
      existing: fromProject,
      lettersDir,
      added: '2030-01-31',
    });
    expect(plan.errors).toEqual([]);
    expect(plan.writes.map((w) => w.status)).toEqual(['unchanged', 'unchanged']);
  });
}
