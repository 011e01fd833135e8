/**
 * The national picture and what Ofsted asked for, on the fixture archive. Every count is
 * worked out here from the archive's own files (the register, the letters, the reported
 * grades), not from the site's code, and every count's link must list exactly the
 * authorities counted.
 */
import { expect, test, type Page } from '@playwright/test';
import { archiveLetters, readArchiveData } from '../../../src/lib/import/archive-files.ts';
import { WITHHELD } from '../../../src/lib/archive/reported-grades.ts';

const LETTERS = 'tests/fixtures/letters';
const letters = archiveLetters(LETTERS);
const { authorities, reported } = readArchiveData(LETTERS);

/** An authority's grade in a year as the files give it: its letter, a later letter's statement, a report. */
function gradeOf(slug: string, year: number): number | undefined {
  const letter = letters.find((l) => l.slug === slug && l.data.year === year);
  if (letter) return letter.data.grade;
  const stating = letters.find((l) => l.slug === slug && l.data.previous?.year === year);
  if (stating) return stating.data.previous!.grade;
  const report = reported.find((r) => r.data.slug === slug && r.data.year === year)?.data.grade;
  return report === undefined || report === WITHHELD ? undefined : report;
}

/** The names of the authorities (among `slugs`) that went from grade f to grade t. */
function expectedCell(slugs: string[], from: number, to: number, f: number, t: number): string[] {
  return authorities
    .filter((a) => slugs.includes(a.data.slug))
    .filter((a) => gradeOf(a.data.slug, from) === f && gradeOf(a.data.slug, to) === t)
    .map((a) => a.data.name)
    .sort();
}

const PAIRS = [
  [2009, 2010],
  [2010, 2011],
] as const;
const HIGHEST_FIRST = [4, 3, 2, 1];

/** The matrix in `section`: each cell's text and link, rows and columns highest grade first. */
async function matrixCells(page: Page, section: string) {
  const rows = page.locator(`${section} table.matrix tbody tr`);
  await expect(rows).toHaveCount(4);
  const cells: Array<{ f: number; t: number; text: string; href: string | null }> = [];
  for (const [i, f] of HIGHEST_FIRST.entries()) {
    const tds = rows.nth(i).locator('td');
    await expect(tds).toHaveCount(4);
    for (const [j, t] of HIGHEST_FIRST.entries()) {
      const td = tds.nth(j);
      const link = td.locator('a');
      cells.push({
        f,
        t,
        text: (await td.innerText()).trim(),
        href: (await link.count()) ? await link.getAttribute('href') : null,
      });
    }
  }
  return cells;
}

/** The names listed at an address's #fragment: the list right after the element with that id. */
async function namesAt(page: Page, href: string): Promise<string[]> {
  await page.goto(href);
  const id = decodeURIComponent(new URL(href, 'http://x').hash.slice(1));
  const names = await page
    .locator(`[id="${id}"] + ul > li > a`)
    .evaluateAll((links) => links.map((a) => a.textContent!.trim()));
  return names.sort();
}

async function checkMatrix(
  page: Page,
  where: string,
  section: string,
  slugs: string[],
  from: number,
  to: number,
) {
  await page.goto(where);
  const cells = await matrixCells(page, section);
  let known = 0;
  for (const cell of cells) {
    const expected = expectedCell(slugs, from, to, cell.f, cell.t);
    known += expected.length;
    expect(cell.text, `${where} ${from}→${to} from ${cell.f} to ${cell.t}`).toBe(String(expected.length));
    if (expected.length === 0) expect(cell.href).toBeNull();
    else expect(await namesAt(page, new URL(cell.href!, page.url()).href)).toEqual(expected);
    if (cell.href) await page.goto(where);
  }
  return known;
}

const all = authorities.map((a) => a.data.slug);

for (const [from, to] of PAIRS) {
  test(`/national/: the ${from}→${to} matrix counts what the files give, and each count lists exactly its authorities`, async ({
    page,
  }) => {
    const known = await checkMatrix(page, '/national/', `section:has(#moves-${from}-${to})`, all, from, to);
    expect(known).toBeGreaterThan(0);
    await page.goto('/national/');
    await expect(page.locator(`section:has(#moves-${from}-${to}) .coverage`)).toContainText(
      `Known in both years for ${known} of ${authorities.length} authorities`,
    );
  });
}

test('each region page has its own matrices, counted from the files, with in-page lists', async ({
  page,
}) => {
  const regions = [...new Set(authorities.map((a) => a.data.region))];
  let counted = 0;
  for (const region of regions) {
    const slugs = authorities.filter((a) => a.data.region === region).map((a) => a.data.slug);
    const where = `/authorities/regions/${region.toLowerCase().replace(/ /g, '-')}/`;
    for (const [from, to] of PAIRS)
      counted += await checkMatrix(page, where, `section:has(#moves-${from}-${to})`, slugs, from, to);
  }
  expect(counted).toBeGreaterThan(2);
});

test("/national/: each year's grade totals are Ofsted's, with the named count linking to exactly those named", async ({
  page,
}) => {
  await page.goto('/national/');
  const table = page.locator('main table').first();
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(5);
  for (const [i, grade] of HIGHEST_FIRST.entries()) {
    for (const [j, year] of [2009, 2010, 2011].entries()) {
      const named = authorities.filter((a) => gradeOf(a.data.slug, year) === grade).map((a) => a.data.name);
      const cell = rows.nth(i).locator('td').nth(j);
      await expect(cell).toHaveText(new RegExp(`^\\d+ \\(${named.length}\\)$`));
      if (named.length === 0) continue;
      const href = await cell.locator('a').getAttribute('href');
      const list = await page.request.get(href!);
      const html = await list.text();
      for (const name of named) expect(html).toContain(name.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
    }
  }
  // Coverage beside the figure: known for N of the register.
  for (const year of [2009, 2010, 2011]) {
    const known = authorities.filter((a) => gradeOf(a.data.slug, year) !== undefined).length;
    await expect(page.locator('main .coverage').first()).toContainText(
      `${year}, known for ${known} of ${authorities.length}`,
    );
  }
  // An SVG chart, made at build time, with a title and description; no script on the page.
  const chart = page.locator('main svg[role="img"]').first();
  await expect(chart.locator('title')).toHaveText("Ofsted's national totals by grade, 2009 to 2011");
  await expect(chart.locator('desc')).toContainText('2009: 10 performs excellently, 93 performs well');
  await expect(page.locator('script')).toHaveCount(0);
});

test('the movement lists say how each grade is known', async ({ page }) => {
  await page.goto('/national/movements/2009-2010/');
  // Ashcombe's grades are reported in both years; Eastwold's come from its letters.
  const entry = (name: string) => page.locator('main li').filter({ hasText: name });
  await expect(entry('Ashcombe')).toContainText('2009 reported in 2 sources; 2010 reported in 1 source');
  await expect(entry('Eastwold')).toContainText('2009 from the letter; 2010 from the letter');
});

test('improvements round-trip: every item of improvements.json is on its letter page at its passage id', async ({
  page,
  request,
}) => {
  const items = (await (await request.get('/data/improvements.json')).json()) as Array<{
    url: string;
    passage_id: string;
    text: string;
    year: number;
    themes: string[];
  }>;
  // Every fixture letter has its areas for improvement.
  expect(new Set(items.map((i) => i.url.split('#')[0])).size).toBe(letters.length);
  const byPage = new Map<string, typeof items>();
  for (const item of items) {
    const path = item.url.split('#')[0]!;
    byPage.set(path, [...(byPage.get(path) ?? []), item]);
  }
  for (const [path, own] of byPage) {
    await page.goto(path);
    for (const item of own) {
      expect(item.url).toBe(`${path}#${item.passage_id}`);
      await expect(page.locator(`li[id="${item.passage_id}"]`)).toContainText(item.text);
    }
  }
  // Each item is linked from the page of each of its themes for its year.
  for (const item of items)
    for (const theme of item.themes) {
      const html = await (await request.get(`/improvements/${theme}/${item.year}/`)).text();
      expect(html, `${theme} ${item.year}`).toContain(`href="${item.url}"`);
    }
  // /improvements/ counts them by theme and year.
  await page.goto('/improvements/');
  const themes = [...new Set(items.flatMap((i) => i.themes))];
  expect(themes.length).toBeGreaterThan(4);
  for (const theme of themes)
    for (const year of [2009, 2010, 2011]) {
      const n = items.filter((i) => i.year === year && i.themes.includes(theme)).length;
      const link = page.locator(`main table a[href="/improvements/${theme}/${year}/"]`);
      if (n === 0) await expect(link).toHaveCount(0);
      else await expect(link).toHaveText(String(n));
    }
});

test('an authority page without a letter says how a letter gets added; no repository is named when SITE_REPO is unset', async ({
  page,
}) => {
  await page.goto('/authorities/oakhurst/');
  const add = page.locator('.add-letter');
  await expect(add).toContainText("The archive does not yet hold Oakhurst's 2009, 2010 and 2011 letters.");
  await expect(add.locator('a[href="/about/#adding"]')).toHaveCount(1);
  await expect(add).not.toContainText('repository:');
  await page.goto('/about/');
  await expect(page.locator('#corrections + p')).toContainText('built without the address of its repository');
});
