/**
 * npm run fixtures — rewrites the fixture archive in tests/fixtures/ from the plan below,
 * and writes PDFs of every letter to tests/fixtures/pdfs/ (not committed):
 * fictional authorities whose grades improve, decline, stay the same, are known only from
 * a later letter or are missing, one whose name has "&" and "'", plus one hostile letter. Texts go through the real
 * importer, so the fixture letters are exactly what it writes. The fixture archive's
 * register, reported grades and national totals (tests/fixtures/authorities.csv,
 * reported-grades.csv, national-totals.json: Ofsted's real totals) are kept by hand: every
 * authority here must be in the register, and every reported grade must agree with these
 * letters.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { commandLine, orExit } from './cli.ts';
import { badPdfs, letterPdf } from './letter-pdf.ts';
import { syntheticLetterText, type SyntheticLetter } from './synthetic-letters.ts';

orExit('fixtures', () =>
  commandLine(process.argv.slice(2), {
    name: 'fixtures',
    usage: `usage: npm run fixtures

Rewrites the fixture archive (tests/fixtures/letters and sources) from its plan, through
the real importer, and writes PDFs of every real and fixture letter to
tests/fixtures/pdfs/letters/ and PDFs the importer must refuse to tests/fixtures/pdfs/refused/.
Takes no options.

  -h, --help   show this help`,
    options: {},
  }),
);

/** The fixtures' `added` date: fixed, so regenerating them changes nothing. */
const ADDED = '2026-11-22';

const HOSTILE = [
  'Inspectors noted {process.exit(1)} and <script>alert(1)</script> in the case notes.',
  "import x from 'y'",
  'export const a = 1',
];

export const FIXTURE_PLAN: SyntheticLetter[] = [
  // Improved 2010 → 2011: both letters, so a compare page.
  { authority: 'Brackenmoor County Council', year: 2010, grade: 2, seed: 11, letterhead: true },
  { authority: 'Brackenmoor County Council', year: 2011, grade: 3, seed: 12 },
  // Declined 2009 → 2010.
  { authority: 'Eastwold Borough Council', year: 2009, grade: 3, seed: 21 },
  { authority: 'Eastwold Borough Council', year: 2010, grade: 2, seed: 22 },
  // Unchanged, each later letter stating the year before.
  { authority: 'Fernleigh City Council', year: 2010, grade: 3, statesPrevious: 3, seed: 31 },
  { authority: 'Fernleigh City Council', year: 2011, grade: 3, statesPrevious: 3, seed: 32 },
  // Improved 2009 → 2010, both stated and by letter.
  { authority: 'Kestleigh Council', year: 2009, grade: 1, seed: 71 },
  { authority: 'Kestleigh Council', year: 2010, grade: 2, seed: 72 },
  // 2010 known only from the 2011 letter; no 2009.
  { authority: 'Hollowmere Metropolitan Borough Council', year: 2011, grade: 4, statesPrevious: 4, seed: 41 },
  // 2009 and 2011 letters, nothing for 2010.
  { authority: 'Quillbridge Council', year: 2009, grade: 1, seed: 51 },
  { authority: 'Quillbridge Council', year: 2011, grade: 2, seed: 52 },
  // A name with "&" and "'", in the letter's title heading: its link must read as plain words.
  { authority: "Marsh & St Anne's Council", year: 2011, grade: 3, seed: 81 },
  // Standard paragraphs worded otherwise, found by structure: a 2009 style (a "rating",
  // scale cells one space apart) and a rewording (the scale from 1 up with a wrapped cell,
  // the grade line as a sentence, the year in the subject, the 2010 grade stated anew).
  { authority: 'Larkford Council', year: 2009, grade: 2, seed: 91, wording: '2009' },
  {
    authority: 'Yarrowby Metropolitan Borough Council',
    year: 2011,
    grade: 2,
    statesPrevious: 2,
    seed: 92,
    wording: 'reworded',
  },
  // Hostile text that must come out as text.
  { authority: 'Wrenfold County Council', year: 2010, grade: 1, seed: 61, extra: HOSTILE },
];

const staging = mkdtempSync(join(tmpdir(), 'fixtures-'));
const files = FIXTURE_PLAN.map((spec, i) => {
  const file = join(staging, `${String(i).padStart(2, '0')}.txt`);
  writeFileSync(file, syntheticLetterText({ ...spec, length: 1 }));
  return file;
});
// Where the first letter's original "came from", so a letter page shows its provenance.
writeFileSync(
  join(staging, 'manifest.csv'),
  'file,url,retrieved\n00.txt,https://example.org/ofsted/brackenmoor-2010.pdf,2011-01-05\n',
);
const result = spawnSync(
  process.execPath,
  ['scripts/import.ts', '--force', '--added', ADDED, '--letters-dir', 'tests/fixtures/letters', ...files],
  { stdio: 'inherit' },
);
rmSync(staging, { recursive: true, force: true });

// PDFs of every letter, real and fictional, laid out like Ofsted's, and PDFs the importer
// must refuse: to try `npm run import -- tests/fixtures/pdfs/letters --dry-run` on. The
// tests make their own; these are not committed.
const pdfs = 'tests/fixtures/pdfs';
rmSync(pdfs, { recursive: true, force: true });
for (const dir of ['content/sources', 'tests/fixtures/sources']) {
  for (const name of readdirSync(dir, { recursive: true })
    .map(String)
    .filter((n) => n.endsWith('.txt'))) {
    const target = join(pdfs, 'letters', `${name.replace('/', '-').replace(/\.txt$/, '')}.pdf`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await letterPdf(readFileSync(join(dir, name), 'utf8')));
  }
}
mkdirSync(join(pdfs, 'refused'), { recursive: true });
for (const [name, bytes] of Object.entries(await badPdfs()))
  writeFileSync(join(pdfs, 'refused', `${name}.pdf`), bytes);
console.log(`PDFs of every letter in ${pdfs}/letters, and PDFs to refuse in ${pdfs}/refused.`);
process.exitCode = result.status ?? 1;
