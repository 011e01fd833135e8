/**
 * npm run fixtures — rewrites the fixture archive in tests/fixtures/ from the plan below:
 * fictional authorities whose grades improve, decline, stay the same, are known only from
 * a later letter or are missing, one whose name has "&" and "'", plus one hostile letter. Texts go through the real
 * importer, so the fixture letters are exactly what it writes. The fixture archive's
 * register and reported grades (tests/fixtures/authorities.csv, reported-grades.csv) are
 * kept by hand: every authority here must be in the register, and every reported grade
 * must agree with these letters.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticLetterText, type SyntheticLetter } from './synthetic-letters.ts';

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
  // Hostile text that must come out as text.
  { authority: 'Wrenfold County Council', year: 2010, grade: 1, seed: 61, extra: HOSTILE },
];

const staging = mkdtempSync(join(tmpdir(), 'fixtures-'));
const files = FIXTURE_PLAN.map((spec, i) => {
  const file = join(staging, `${String(i).padStart(2, '0')}.txt`);
  writeFileSync(file, syntheticLetterText({ ...spec, length: 1 }));
  return file;
});
const result = spawnSync(
  process.execPath,
  ['scripts/import.ts', '--force', '--added', ADDED, '--letters-dir', 'tests/fixtures/letters', ...files],
  { stdio: 'inherit' },
);
rmSync(staging, { recursive: true, force: true });
process.exitCode = result.status ?? 1;
