import { expect, test } from '../fixtures.ts';
import { archiveLetters, readArchiveData } from '../../../src/lib/site/archive-files.ts';
import { feedOrder } from '../../../src/lib/site/feed.ts';
import { gradeWithNumber, type Grade } from '../../../src/lib/archive/grades.ts';
import { WITHHELD, WITHHELD_LABEL } from '../../../src/lib/archive/reported-grades.ts';
import { ASSESSMENT_YEARS } from '../../../src/lib/archive/years.ts';
import { authoritySlug } from '../../../src/lib/archive/slug.ts';

// Every page is checked with axe by the gates (gates.ts); these tests check what pages say.

// The register and the reported grades, read as the site reads them.
const data = readArchiveData();
const register = data.authorities.map((a) => a.data.name);
const reported = data.reported.map((r) => r.data);
/** The authorities the reported grades give `grade` for `year`, each once. */
const reportedFor = (year: number, grade: Grade | typeof WITHHELD) =>
  [...new Set(reported.filter((r) => r.year === year && r.grade === grade).map((r) => r.authority))].sort();
const letters = archiveLetters();
const nameOf = new Map(data.authorities.map((a) => [a.data.slug, a.data.name]));
/** The authorities the letters give, or state, `grade` for `year`, by their register names. */
const lettersFor = (year: number, grade: Grade) =>
  letters.flatMap(({ slug, data: letter }) =>
    (letter.year === year && letter.grade === grade) ||
    (letter.previous?.year === year && letter.previous.grade === grade)
      ? [nameOf.get(slug)!]
      : [],
  );

test('/authorities/ names every authority of the register: 152', async ({ page }) => {
  await page.goto('/authorities/');
  const names = await page.locator('main section li a').allTextContents();
  expect(names).toHaveLength(152);
  expect([...names].sort()).toEqual([...register].sort());
});

// Authorities whose grades are known only from reports, with no letter held: today Leeds
// and most others; one is enough to show how a reported grade is shown.
const withLetters = new Set(letters.map((letter) => letter.slug));
const reportedOnly = register.find(
  (name) => !withLetters.has(authoritySlug(name)) && reported.some((r) => r.authority === name),
);

test(`/authorities/<an authority with no letter>/: each reported grade or withheld outcome, with every source`, async ({
  page,
}) => {
  expect(reportedOnly, 'an authority known only from reports').toBeDefined();
  const name = reportedOnly!;
  await page.goto(`/authorities/${authoritySlug(name)}/`);
  await expect(page.locator('h1')).toHaveText(name);
  const rows = page.locator('main table').first().locator('tbody tr');
  for (const year of ASSESSMENT_YEARS) {
    const sources = reported.filter((r) => r.authority === name && r.year === year);
    if (sources.length === 0) continue;
    const row = rows.filter({ has: page.locator('th', { hasText: String(year) }) });
    const { grade } = sources[0]!;
    await expect(row.locator('td').nth(0)).toHaveText(
      grade === WITHHELD ? WITHHELD_LABEL : gradeWithNumber(grade),
    );
    const links = row.locator('td').nth(1).locator('a');
    await expect(links).toHaveCount(sources.length);
    expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).toEqual(
      sources.map((r) => r.source.url),
    );
  }
  await expect(page.locator('main .no-letter')).toHaveText(
    'No letter for this authority is in the archive yet.',
  );
  // How a letter gets added; the repository only when SITE_REPO names it (not in this build).
  await expect(page.locator('main .add-letter')).toContainText('2009, 2010 and 2011 letters');
  await expect(page.locator('main .add-letter a')).toHaveAttribute('href', '/about/#adding');
});

// A grade a letter states for a year whose own letter the archive does not hold.
for (const { slug, path, data } of letters) {
  const previous = data.previous;
  if (!previous || letters.some((l) => l.slug === slug && l.data.year === previous.year)) continue;
  test(`/authorities/${slug}/: ${previous.year} as stated in the ${data.year} letter, with the quote`, async ({
    page,
  }) => {
    await page.goto(`/authorities/${slug}/`);
    const row = page
      .locator('main table')
      .first()
      .locator('tbody tr')
      .filter({ has: page.locator('th', { hasText: String(previous.year) }) });
    await expect(row.locator('td').nth(0)).toHaveText(gradeWithNumber(previous.grade));
    await expect(row.getByRole('link', { name: `Stated in the ${data.year} letter` })).toHaveAttribute(
      'href',
      path,
    );
    await expect(row.locator('q')).toHaveText(previous.evidence);
    await expect(page.locator('svg[role="img"] desc')).toContainText(
      `${previous.year}: ${gradeWithNumber(previous.grade).toLowerCase()}, stated in the ${data.year} letter`,
    );
  });
}

test('/years/2010/ lists the 12 authorities rated performs poorly and the 6 withheld, and every other', async ({
  page,
}) => {
  // Ofsted's 2010 announcement named all twelve rated poorly, and withheld six outcomes.
  const withheld = reportedFor(2010, WITHHELD);
  expect([reportedFor(2010, 1).length, withheld.length]).toEqual([12, 6]);
  // Any letter of the archive may add to the twelve (a synthetic archive's letters do).
  const poorly = [...new Set([...reportedFor(2010, 1), ...lettersFor(2010, 1)])].sort();
  await page.goto('/years/2010/');
  const rows = page.locator('main table').last().locator('tbody tr');
  await expect(rows).toHaveCount(152);
  const byGrade = async (words: string) =>
    (
      await rows
        .filter({ has: page.locator('td:nth-child(2)', { hasText: new RegExp(`^${words}$`) }) })
        .locator('th')
        .allTextContents()
    ).sort();
  expect(await byGrade('Performs poorly')).toEqual(poorly);
  expect(await byGrade('Outcome withheld')).toEqual(withheld);
  await expect(rows.filter({ hasText: 'Haringey' })).toContainText(
    "Outcome withheld from Ofsted's 2010 announcement",
  );
  // Each count links to the list behind it.
  const counts = page.locator('main table').first().locator('tbody tr');
  await expect(counts.filter({ hasText: 'Performs poorly' }).locator('a')).toHaveText(String(poorly.length));
  await counts.filter({ hasText: 'Outcome withheld' }).getByRole('link').click();
  await expect(page).toHaveURL(/\/years\/2010\/withheld\/$/);
  expect((await page.locator('main tbody th').allTextContents()).sort()).toEqual(withheld);
});

const NATIONAL = {
  2009: { counts: ['10', '93', '40', '9', '0', '–'], source: 'reported 9 December 2009' },
  2010: { counts: ['20', '77', '37', '12', '6', '–'], source: 'reported 9 December 2010' },
  2011: {
    counts: ['28', '71', '33', '15', '5', '–'],
    source: '25 authorities improved and 7 declined against 2010',
  },
};

for (const [year, expected] of Object.entries(NATIONAL)) {
  test(`/years/${year}/ shows the national totals beside what is known, with their source`, async ({
    page,
  }) => {
    await page.goto(`/years/${year}/`);
    const counts = page.locator('main table').first();
    await expect(counts.locator('tbody tr td:last-child')).toHaveText(expected.counts);
    await expect(counts.locator('tfoot td')).toHaveText(['152', '152']);
    await expect(page.locator('main .source')).toContainText(expected.source);
  });
}

test('the home page, the A to Z and each year page state the coverage, as computed from the archive', async ({
  page,
  request,
}) => {
  const totals = data.totals.map((record) => record.data);
  const published = totals.reduce((sum, t) => sum + t.authorities - t.notPublished, 0);
  const grades = (await (await request.get('/data/grades.json')).json()) as Array<{
    evidence: string;
    year: number;
  }>;
  const known = grades.filter((g) => g.evidence !== 'withheld' && g.evidence !== 'not known').length;
  // Each count next to what it counts, whatever the sentence around them says.
  for (const path of ['/', '/authorities/', '/years/']) {
    await page.goto(path);
    const coverage = (await page.locator('main .coverage').textContent()) ?? '';
    expect(coverage).toContain('2009 to 2011');
    expect(/(\d+) of the (\d+) letters Ofsted published/.exec(coverage)?.slice(1)).toEqual([
      String(letters.length),
      String(published),
    ]);
    // Grades are counted against the register's authority-years, never the letters published.
    expect(
      /(\d+) of the (\d+) authority-years \((\d+) authorities × 3 years\)/.exec(coverage)?.slice(1),
    ).toEqual([String(known), String(grades.length), String(register.length)]);
  }
  await page.goto('/years/2011/');
  const year = totals.find((t) => t.year === 2011)!;
  const held2011 = letters.filter((l) => l.data.year === 2011).length;
  await expect(page.locator('main .coverage')).toContainText(
    `holds ${held2011} of the ${year.authorities - year.notPublished} letters Ofsted published for 2011; grades are known for ${
      grades.filter((g) => g.year === 2011 && g.evidence !== 'withheld' && g.evidence !== 'not known').length
    } of the ${register.length} authorities in 2011.`,
  );
});

test('the home page has a search box, counts and links to browse', async ({ page }) => {
  await page.goto('/');
  // One search box, the header's, as on every page: not a second copy in the page.
  await expect(page.getByRole('search')).toHaveCount(1);
  await expect(page.locator('header input[name="q"]')).toBeVisible();
  const withLetters = new Set(letters.map((l) => l.slug)).size;
  await expect(page.locator('main .counts li')).toHaveText([
    new RegExp(`^${letters.length} letters?$`),
    new RegExp(`^${withLetters} authorit(y|ies) with letters, of ${register.length}$`),
    /^\d years? with letters$/,
  ]);
  await expect(page.locator('main a[href="/authorities/"]').first()).toBeVisible();
  await expect(page.locator('main a[href="/years/"]').first()).toBeVisible();
  // The newest additions only, newest first: the archive grows to 445 letters.
  const recent = feedOrder(letters).slice(0, 10);
  const rows = page.locator('main .recent li');
  await expect(rows).toHaveCount(recent.length);
  for (const [i, { path }] of recent.entries())
    await expect(rows.nth(i).locator('a')).toHaveAttribute('href', path);
});

test('every letter is linked from its initial’s page of the A to Z and from its year page', async ({
  page,
}) => {
  expect(letters.length).toBeGreaterThan(0);
  const linked = async (path: string) => {
    await page.goto(path);
    // Each link as the address it leads to (the A to Z links relative to itself).
    return new Set(
      await page
        .locator('main a')
        .evaluateAll((all) => all.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    );
  };
  await page.goto('/authorities/');
  const initials = await page
    .locator('main a[href*="a-to-z/"]')
    .evaluateAll((all) => all.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const fromAtoZ = new Set<string>();
  for (const initial of initials) for (const path of await linked(initial)) fromAtoZ.add(path);
  const missing = letters.filter((l) => !fromAtoZ.has(l.path)).map((l) => `A to Z: ${l.path}`);
  for (const year of ASSESSMENT_YEARS) {
    const fromYear = await linked(`/years/${year}/`);
    missing.push(
      ...letters
        .filter((l) => l.data.year === year && !fromYear.has(l.path))
        .map((l) => `${year}: ${l.path}`),
    );
  }
  expect(missing).toEqual([]);
});

test('each authority with letters lists them first, and its latest letter is linked from the lead', async ({
  page,
}) => {
  for (const slug of withLetters) {
    const own = letters.filter((l) => l.slug === slug).sort((a, b) => a.data.year - b.data.year);
    const latest = own.at(-1)!;
    await page.goto(`/authorities/${slug}/`);
    await expect(page.locator('main h2').first()).toHaveText('Letters');
    await expect(page.locator('#letters + ul a')).toHaveText(own.map((l) => `${l.data.year} letter`));
    // The latest known grade is the latest letter's unless a report of a later year names one.
    const later = reported.some((r) => r.slug === slug && r.year > latest.data.year && r.grade !== WITHHELD);
    const link = page.locator('main p.lead a');
    if (later) await expect(link).toHaveCount(0);
    else await expect(link).toHaveAttribute('href', latest.path);
  }
});
