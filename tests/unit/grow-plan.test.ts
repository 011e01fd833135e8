import { expect, test } from 'vitest';
import { growPlan } from '../../scripts/grow-archive.ts';
import { isKnown } from '../../src/lib/archive/grade-history.ts';
import { buildArchive } from '../../src/lib/archive/build-archive.ts';
import { readArchive } from '../../src/lib/site/archive-files.ts';
import { FIXTURE_LETTERS } from './letters.ts';

/** Improved and declined from 2010 to 2011 once the plan's grades join what the archive knows. */
function movesAfter(read: ReturnType<typeof readArchive>, plan: ReturnType<typeof growPlan>['plan']) {
  const { contents } = read;
  const archive = buildArchive(
    contents.letters.map((l) => ({ id: l.filePath, data: l.data })),
    contents.totals,
    { register: contents.register, reported: contents.reported.map((r) => r.data) },
  );
  const gradeOf = (slug: string, name: string, year: number) => {
    const known = archive.authorities
      .find((a) => a.slug === slug)!
      .history.years.find((y) => y.year === year)!;
    return isKnown(known)
      ? known.grade
      : plan.find((p) => p.authority === `${name} Council` && p.year === year)?.grade;
  };
  let improved = 0;
  let declined = 0;
  for (const authority of archive.authorities) {
    const [a, b] = [
      gradeOf(authority.slug, authority.name, 2010),
      gradeOf(authority.slug, authority.name, 2011),
    ];
    if (a === undefined || b === undefined) continue;
    if (b > a) improved++;
    if (b < a) declined++;
  }
  return { improved, declined };
}

test('grow-archive plans no more authorities improving or declining than Ofsted announced', () => {
  const read = readArchive(FIXTURE_LETTERS);
  const loose = movesAfter(read, growPlan(read, 1000).plan);
  // A limit tighter than the walk would reach: the plan must keep within it.
  const limit = { improved: 1, declined: 0 };
  expect(loose.improved + loose.declined).toBeGreaterThan(limit.improved + limit.declined);
  const tight = {
    ...read,
    contents: {
      ...read.contents,
      totals: read.contents.totals.map((t) =>
        t.year === 2011 ? { ...t, movement: { against: 2010 as const, ...limit } } : t,
      ),
    },
  };
  const { plan } = growPlan(tight, 1000);
  expect(plan.length).toBeGreaterThan(0);
  const moves = movesAfter(tight, plan);
  expect(moves.improved).toBeLessThanOrEqual(limit.improved);
  expect(moves.declined).toBeLessThanOrEqual(limit.declined);
});
