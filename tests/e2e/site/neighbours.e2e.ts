/**
 * Statistical neighbours on the real archive: every expectation is worked out from the
 * archive's files (statistical-neighbours.csv, the letters, reported-grades.csv), so the
 * test holds however the archive grows. Checked on each authority with a letter, and on the
 * first whose list holds an authority created after 2011.
 */
import { expect, test } from '../fixtures.ts';
import { archiveLetters, readArchiveData } from '../../../src/lib/site/archive-files.ts';
import { gradeLabel, type Grade } from '../../../src/lib/archive/grades.ts';
import { WITHHELD } from '../../../src/lib/archive/reported-grades.ts';

const letters = archiveLetters();
const { neighbours, reported, authorities } = readArchiveData();
const YEARS = [2009, 2010, 2011];

/** A year's cell as the files give it: the grade's words and how it is known. */
function expectedCell(slug: string, year: number): string {
  const letter = letters.find((l) => l.slug === slug && l.data.year === year);
  if (letter) return `${gradeLabel(letter.data.grade)}, from the letter`;
  const stating = letters.find((l) => l.slug === slug && l.data.previous?.year === year);
  if (stating)
    return `${gradeLabel(stating.data.previous!.grade)}, stated in the ${stating.data.year} letter`;
  const reports = reported.filter((r) => r.data.slug === slug && r.data.year === year);
  const grade = reports[0]?.data.grade;
  if (grade === undefined) return 'Not known';
  if (grade === WITHHELD) return 'Outcome withheld';
  return `${gradeLabel(grade as Grade)}, reported in ${reports.length} ${reports.length === 1 ? 'source' : 'sources'}`;
}

const withLetters = [...new Set(letters.map((l) => l.slug))];
const firstCreated = neighbours.find((n) => !n.data.assessed)?.data.slug;
const checked = [...new Set([...withLetters, ...(firstCreated ? [firstCreated] : [])])];

test('the archive lists 10 neighbours for every authority of the register', () => {
  for (const authority of authorities)
    expect(
      neighbours.filter((n) => n.data.slug === authority.data.slug),
      authority.data.name,
    ).toHaveLength(10);
  expect(firstCreated).toBeDefined();
});

for (const slug of checked) {
  test(`/authorities/${slug}/: all 10 neighbours named, closest first, with each year's grade as the files give it`, async ({
    page,
  }) => {
    await page.goto(`/authorities/${slug}/`);
    const list = neighbours.filter((n) => n.data.slug === slug).sort((a, b) => a.data.rank - b.data.rank);
    const rows = page.locator('table.neighbours tbody tr');
    await expect(rows.locator('th')).toHaveText(
      list.map(
        (n) =>
          `${n.data.rank}. ${n.data.neighbour}${n.data.assessed ? '' : ' (created after 2011: not assessed)'}`,
      ),
    );
    for (const [i, n] of list.entries()) {
      await expect(rows.nth(i).locator('td')).toHaveText(
        YEARS.map((year) => (n.data.assessed ? expectedCell(n.data.neighbourSlug, year) : 'Not assessed')),
      );
      await expect(rows.nth(i).locator('a')).toHaveCount(n.data.assessed ? 1 : 0);
    }
    await expect(page.locator('main')).toContainText("DfE's statistical neighbours, April 2021 edition");
    await expect(page.locator('.standing li')).toHaveCount(3);
    // Placed only by grades known from a letter; grades known only from reports said apart.
    for (const [i, year] of YEARS.entries()) {
      const cells = list.filter((n) => n.data.assessed).map((n) => expectedCell(n.data.neighbourSlug, year));
      const fromLetters = cells.filter((c) =>
        / from the letter$| stated in the \d{4} letter$/.test(c),
      ).length;
      const reportedOnly = cells.filter((c) => / reported in \d+ sources?$/.test(c)).length;
      const item = page.locator('.standing li').nth(i);
      await expect(item).toContainText(
        `${year}: of its 10 neighbours, ${fromLetters} ${fromLetters === 1 ? 'has' : 'have'} a ${year} grade known from a letter`,
      );
      if (reportedOnly > 0 && !/cannot be placed/.test((await item.textContent()) ?? ''))
        await expect(item).toContainText(
          `${reportedOnly} more ${reportedOnly === 1 ? 'has a grade' : 'have grades'} known only from reports, not counted.`,
        );
    }
  });
}
