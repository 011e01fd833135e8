/**
 * The national picture and what Ofsted asked for, on the fixture archive. Every count is
 * worked out here from the archive's own files (the register, the letters, the reported
 * grades), not from the site's code, and every count's link must list exactly the
 * authorities counted.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { archiveLetters, readArchiveData } from '../../../src/lib/site/archive-files.ts';
import { WITHHELD } from '../../../src/lib/archive/reported-grades.ts';
import { gradeLabel, type Grade } from '../../../src/lib/archive/grades.ts';

const LETTERS = 'tests/fixtures/letters';
const letters = archiveLetters(LETTERS);
const { authorities, reported, totals } = readArchiveData(LETTERS);

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
  // Read in one go: the page is static once loaded.
  const rows = await page.locator(`${section} table.matrix tbody tr`).evaluateAll((trs) =>
    trs.map((tr) =>
      [...tr.querySelectorAll(':scope > td')].map((td) => ({
        text: (td as HTMLElement).innerText.trim(),
        href: td.querySelector('a')?.getAttribute('href') ?? null,
      })),
    ),
  );
  expect(rows.map((row) => row.length)).toEqual([4, 4, 4, 4]);
  return HIGHEST_FIRST.flatMap((f, i) => HIGHEST_FIRST.map((t, j) => ({ f, t, ...rows[i]![j]! })));
}

/**
 * The names listed at an address's #fragment: the list right after the element with that
 * id. A link within the page open is followed by reading that page; any other is opened.
 */
async function namesAt(page: Page, href: string): Promise<string[]> {
  const target = new URL(href, page.url());
  if (target.pathname !== new URL(page.url()).pathname) await page.goto(target.href);
  const id = decodeURIComponent(target.hash.slice(1));
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
    else expect(await namesAt(page, cell.href!)).toEqual(expected);
    if (new URL(page.url()).pathname !== new URL(where, page.url()).pathname) await page.goto(where);
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
      `Known to this archive in both years for ${known} of ${authorities.length} authorities`,
    );
    // Where Ofsted announced how many moved, the page gives that too, with its source.
    const announced = totals.find((t) => t.data.year === to && t.data.movement?.against === from)?.data;
    if (announced)
      await expect(page.locator(`section:has(#moves-${from}-${to}) .coverage`)).toContainText(
        `Ofsted announced that, of all ${announced.authorities} authorities, ${announced.movement!.improved} improved and ${announced.movement!.declined} declined between ${from} and ${to} (source: ${announced.source}). The counts here are the part of those the archive knows by name, so they can be smaller than Ofsted's but never larger.`,
      );
    await expect(page.locator('main')).not.toContainText('build');
  });
}

test("a matrix's row headings say their year where the rows stack on a phone, and only there", async ({
  page,
}) => {
  const [from, to] = PAIRS[0]!;
  const rows = page.locator(`section:has(#moves-${from}-${to}) table.matrix tbody th`);
  const words = HIGHEST_FIRST.map((grade) => gradeLabel(grade as Grade));
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto('/national/');
  expect(await rows.evaluateAll((ths) => ths.map((th) => (th as HTMLElement).innerText.trim()))).toEqual(
    words.map((label) => `${label} in ${from}`),
  );
  // Wide, the column of row headings is headed "Grade in <from>": the year is drawn no wider than a point.
  await page.setViewportSize({ width: 1280, height: 900 });
  const widths = await rows
    .locator('.when-stacked')
    .evaluateAll((spans) => spans.map((span) => span.getBoundingClientRect().width));
  expect(widths).toHaveLength(4);
  expect(widths.filter((width) => width > 1)).toEqual([]);
  // Screen readers hear the year at every width.
  await expect(rows.first()).toHaveAccessibleName(`${words[0]} in ${from}`);
});

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
      await expect(cell).toHaveText(new RegExp(`^\\d+ \\(${named.length} named\\)$`));
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

test('the movement lists say once how each pair of grades is known, and link the letters side by side where both are held', async ({
  page,
}) => {
  await page.goto('/national/movements/2009-2010/');
  // Ashcombe's grades are reported in both years; Eastwold's come from its letters.
  const entry = (name: string) => page.locator('main li').filter({ hasText: name });
  await expect(entry('Ashcombe')).toContainText('(both reported)');
  await expect(entry('Eastwold')).toContainText('(both from their letters)');
  // A name links to the compare page only where the archive holds both letters, so it exists.
  await expect(entry('Eastwold').getByRole('link')).toHaveAttribute(
    'href',
    '/authorities/eastwold/compare/2009-2010/',
  );
  await expect(entry('Ashcombe').getByRole('link')).toHaveAttribute('href', '/authorities/ashcombe/');
  for (const href of await page
    .locator('main li > a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
    expect((await page.request.get(href!)).status(), href!).toBe(200);
  // Every count says what it counts: of the authorities known in both years.
  const known = await page.locator('main li > a').count();
  await expect(page.locator('main h2')).toHaveText([
    new RegExp(`^Improved: \\d+ of the ${known} authorities known in both years$`),
    new RegExp(`^Declined: \\d+ of the ${known} authorities known in both years$`),
    new RegExp(`^Stayed the same: \\d+ of the ${known} authorities known in both years$`),
  ]);
  // Before the matrix, a link to each list with its count, the lists that moved first.
  const jump = page.getByRole('navigation', { name: 'The lists on this page' }).getByRole('link');
  await expect(jump).toHaveText([/^Improved: \d+$/, /^Declined: \d+$/, /^Stayed the same: \d+$/]);
  for (const [i, way] of ['improved', 'declined', 'unchanged'].entries()) {
    const count = /: (\d+) of/.exec((await page.locator(`h2#${way}`).textContent()) ?? '')![1];
    await expect(jump.nth(i)).toHaveText(new RegExp(`: ${count}$`));
    await expect(jump.nth(i)).toHaveAttribute('href', `#${way}`);
  }
  // No announcement of movements in 2010: said once.
  await expect(page.locator('main p.announced')).toHaveText(
    "Ofsted's announcement of 2010 gave no count of the authorities that improved or declined since 2009, so these counts stand alone.",
  );
});

test("the 2010→2011 movement page gives Ofsted's announced counts beside the archive's, with the source", async ({
  page,
}) => {
  await page.goto('/national/movements/2010-2011/');
  const source = totals.find((t) => t.data.year === 2011)!.data.source;
  const counted = async (way: string) =>
    Number(/^\w[\w ]*: (\d+) of/.exec((await page.locator(`h2#${way}`).textContent()) ?? '')![1]);
  await expect(page.locator('main p.announced').first()).toHaveText(
    `Ofsted announced that, of all 152 authorities, 25 improved and 7 declined between 2010 and 2011 (source: ${source}). The counts here are the part of those the archive knows by name, so they can be smaller than Ofsted's but never larger.`,
  );
  await expect(page.locator('h2#improved ~ p.announced').first()).toHaveText(
    `Ofsted announced that 25 of all authorities improved between 2010 and 2011; the archive knows ${await counted('improved')} of them by name.`,
  );
  await expect(page.locator('h2#declined ~ p.announced').first()).toHaveText(
    `Ofsted announced that 7 of all authorities declined between 2010 and 2011; the archive knows ${await counted('declined')} of them by name.`,
  );
});

test('the national chart writes every count: inside its segment or, where too narrow, below the bar', async ({
  page,
}) => {
  await page.goto('/national/');
  const chart = page.locator('#totals').locator('xpath=following-sibling::figure[1]');
  const totals = JSON.parse(readFileSync('tests/fixtures/national-totals.json', 'utf8')) as Array<{
    year: number;
    grades: Record<string, number>;
    notPublished: number;
  }>;
  const bars = chart.locator('svg > g');
  await expect(bars).toHaveCount(totals.length);
  for (const [i, t] of totals.entries()) {
    const bar = bars.nth(i);
    const written = [
      ...(await bar.locator('.seg-count').allTextContents()),
      ...(await bar.locator('.seg-note').allTextContents()).map((note) => note.split(': ')[1]!),
    ].map(Number);
    const counts = [...Object.values(t.grades), t.notPublished].filter((n) => n > 0);
    expect(
      written.sort((a, b) => a - b),
      String(t.year),
    ).toEqual(counts.sort((a, b) => a - b));
  }
  // 2009's 10 performs excellently and 9 performs poorly are too narrow to hold their counts.
  await expect(bars.first().locator('.seg-note')).toHaveText([
    'Performs excellently: 10',
    'Performs poorly: 9',
  ]);
});

test('every count link on /national/ and a region page is a target at least 24 by 24 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const path of ['/national/', '/authorities/regions/london/']) {
    await page.goto(path);
    const links = page.locator('main table a').filter({ hasText: /^\d+( of \d+| named)?$/ });
    expect(await links.count(), path).toBeGreaterThan(0);
    for (const box of await links.evaluateAll((as) =>
      as.map((a) => {
        const r = a.getBoundingClientRect();
        return { text: a.textContent, width: r.width, height: r.height };
      }),
    )) {
      expect(box.width, `${path} ${box.text}`).toBeGreaterThanOrEqual(24);
      expect(box.height, `${path} ${box.text}`).toBeGreaterThanOrEqual(24);
    }
  }
});

test("an authority's grade chart keeps its labels clear of the trend line", async ({ page }) => {
  // Ashcombe falls from performs excellently to performs poorly: its line crosses every row.
  for (const slug of ['ashcombe', 'quillbridge', 'brackenmoor']) {
    await page.goto(`/authorities/${slug}/`);
    const overlaps = await page.locator('figure.chart svg').evaluate((svg) => {
      const boxes = (selector: string) =>
        [...svg.querySelectorAll<SVGGraphicsElement>(selector)].map((el) => el.getBBox());
      const lines = boxes('line.trend, .point');
      const meet = (a: DOMRect, b: DOMRect) =>
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      return boxes('text.grade-label').flatMap((label) => lines.filter((line) => meet(label, line)));
    });
    expect(overlaps, slug).toEqual([]);
  }
});

test('no words run together: the open data page and a year page', async ({ page }) => {
  await page.goto('/data/');
  await expect(page.locator('main')).toContainText('39 rows (13 authorities × 3 years)');
  await expect(page.locator('main')).not.toContainText(/\drows/);
  await page.goto('/years/2010/');
  await expect(page.locator('main .source')).toContainText('reported 9 December 2010. The national picture');
  await expect(page.locator('main')).not.toContainText(/\d{4}\.The/);
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
  // Each item is listed on the pages of each of its themes (themes.e2e.ts checks them all).
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
