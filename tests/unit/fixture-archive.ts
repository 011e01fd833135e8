/** The fixture archive (tests/fixtures/), read without Astro: letters with their bodies, as the site builds them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchive } from '../../src/lib/archive/build-archive.ts';
import type { Letter } from '../../src/lib/archive/letters.ts';
import { nationalTotalsSchema } from '../../src/lib/archive/national-totals.ts';
import { archiveLetters, readArchiveData } from '../../src/lib/import/archive-files.ts';

export const FIXTURE_LETTERS = 'tests/fixtures/letters';

export interface FixtureLetter extends Letter {
  body: string;
}

export function fixtureArchive() {
  const data = readArchiveData(FIXTURE_LETTERS);
  const letters = archiveLetters(FIXTURE_LETTERS).map((letter): FixtureLetter => {
    const text = readFileSync(join(FIXTURE_LETTERS, letter.slug, `${letter.data.year}.mdx`), 'utf8');
    return {
      id: `${letter.slug}/${letter.data.year}`,
      data: letter.data,
      body: text.replace(/^---\n[\s\S]*?\n---\n/, ''),
    };
  });
  const totals = (JSON.parse(readFileSync('tests/fixtures/national-totals.json', 'utf8')) as unknown[]).map(
    (t) => nationalTotalsSchema.parse(t),
  );
  return buildArchive(letters, totals, {
    register: data.register,
    reported: data.reported.map((r) => r.data),
  });
}
