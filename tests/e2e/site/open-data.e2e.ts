import { expect, test } from '../fixtures.ts';
import { DomUtils, parseDocument } from 'htmlparser2';
import { formatLetterDate, letterTitle } from '../../../src/lib/archive/letters.ts';
import { archiveLetters, readArchiveData, type ArchiveLetter } from '../../../src/lib/site/archive-files.ts';
import { gradeLabel, gradeWithNumber } from '../../../src/lib/archive/grades.ts';
import { WITHHELD, WITHHELD_LABEL } from '../../../src/lib/archive/reported-grades.ts';
import type { LetterData } from '../../../src/lib/archive/letter-schema.ts';

// Whatever letters the archive holds; exact rows are tested on the fixture archive.
const archive = archiveLetters();
const [first, second = first] = archive as [ArchiveLetter, ...ArchiveLetter[]];
// Built without SITE_URL: addresses are relative to the site (docs/deploy.md).
const SITE = '';

test('grades.csv and grades.json: one row per authority and year, with evidence, codes and region; grade-sources.csv keyed to them', async ({
  request,
}) => {
  const csv = await (await request.get('/data/grades.csv')).text();
  const [header, ...lines] = csv.trim().split('\r\n');
  expect(header).toBe(
    'authority,slug,dfe_la_code,ons_code,region,year,grade_words,evidence,letter_url,letter_date,quote,sources',
  );
  const { authorities, reported } = readArchiveData();
  // 152 authorities × 3 years: 456 rows, known or not.
  expect(lines).toHaveLength(authorities.length * 3);
  const json = (await (await request.get('/data/grades.json')).json()) as Array<
    Record<string, string | number>
  >;
  expect(json).toHaveLength(lines.length);
  const row = (slug: string, year: number) => json.find((r) => r.slug === slug && r.year === year);
  const held = (slug: string, year: number) => archive.some((l) => l.slug === slug && l.data.year === year);
  const stated = (slug: string, year: number) =>
    archive.some((l) => l.slug === slug && l.data.previous?.year === year);
  // A grade a letter states for a year the archive has no letter of.
  for (const { slug, path, data } of archive) {
    if (!data.previous || held(slug, data.previous.year)) continue;
    expect(row(slug, data.previous.year)).toMatchObject({
      grade_words: gradeLabel(data.previous.grade),
      evidence: 'stated',
      letter_url: path,
      quote: data.previous.evidence,
    });
  }
  // A reported grade or withheld outcome where no letter is held, with the register's codes.
  const notHeld = reported.map((r) => r.data).filter((r) => !held(r.slug, r.year) && !stated(r.slug, r.year));
  const sourcesCsv = (await (await request.get('/data/grade-sources.csv')).text()).trim().split('\r\n');
  expect(sourcesCsv[0]).toBe('slug,authority,year,evidence,url,title');
  for (const kind of ['reported', 'withheld'] as const) {
    const sample = notHeld.find((r) => (r.grade === WITHHELD) === (kind === 'withheld'));
    expect(sample, `a ${kind} row where no letter is held`).toBeDefined();
    const register = authorities.find((a) => a.data.slug === sample!.slug)!.data;
    const itsSources = notHeld.filter((r) => r.slug === sample!.slug && r.year === sample!.year);
    expect(row(sample!.slug, sample!.year)).toMatchObject({
      authority: register.name,
      dfe_la_code: register.dfeCode,
      ons_code: register.onsCode,
      region: register.region,
      grade_words: sample!.grade === WITHHELD ? WITHHELD_LABEL : gradeLabel(sample!.grade),
      evidence: kind,
      letter_url: '',
      quote: '',
      letter_date: '',
      sources: itsSources.length,
    });
    // Every source, one a row, in the file's order.
    const urls = sourcesCsv
      .filter((line) => line.startsWith(`${sample!.slug},`) && line.includes(`,${sample!.year},`))
      .map((line) => itsSources.find((r) => line.includes(`,${r.source.url},`))?.source.url);
    expect(urls).toEqual(itsSources.map((r) => r.source.url));
  }
  // Every authority-year with nothing known says so.
  const known = new Set([
    ...reported.map((r) => `${r.data.slug} ${r.data.year}`),
    ...archive.map((l) => `${l.slug} ${l.data.year}`),
    ...archive.flatMap((l) => (l.data.previous ? [`${l.slug} ${l.data.previous.year}`] : [])),
  ]);
  const unknown = json.filter((r) => !known.has(`${r.slug} ${r.year}`));
  expect(unknown.length).toBe(json.length - known.size);
  for (const r of unknown)
    expect(r).toMatchObject({ grade_words: 'Not known', evidence: 'not known', sources: 0 });
  // Every letter in the archive gives its own year's row.
  const letters = (await (await request.get('/data/letters.json')).json()) as Array<{
    url: string;
    year: number;
  }>;
  for (const letter of letters)
    expect(json.find((r) => r.letter_url === letter.url && r.year === letter.year)?.evidence).toBe('letter');
});

test('authorities.csv lists every authority of the register with its codes', async ({ request }) => {
  const csv = await (await request.get('/data/authorities.csv')).text();
  const [header, ...lines] = csv.trim().split('\r\n');
  expect(header).toBe('authority,slug,dfe_la_code,ons_code,region,letters,url');
  // A row each, with the years of the letters held (none of these fields needs quoting).
  const { authorities } = readArchiveData();
  expect(authorities).toHaveLength(152);
  expect([...lines].sort()).toEqual(
    authorities
      .map(({ data: a }) =>
        [
          a.name,
          a.slug,
          a.dfeCode,
          a.onsCode,
          a.region,
          archive
            .filter((l) => l.slug === a.slug)
            .map((l) => l.data.year)
            .join(' '),
          `${SITE}/authorities/${a.slug}/`,
        ].join(','),
      )
      .sort(),
  );
});

test("letters.json holds each letter's metadata and full text", async ({ request }) => {
  const records = (await (await request.get('/data/letters.json')).json()) as Array<{
    authority: string;
    year: number;
    added: string;
    text: string;
  }>;
  expect(records).toHaveLength(archive.length);
  for (const { data } of archive) {
    const record = records.find((r) => r.authority === data.authority && r.year === data.year)!;
    expect(record.text).toContain(`${data.authority} children's services assessment ${data.year}`);
    expect(record.added).toBe(data.added);
  }
});

test('the Atom feed lists every letter, newest addition to the archive first', async ({ request }) => {
  const feed = await (await request.get('/feed.xml')).text();
  const letters = (await (await request.get('/data/letters.json')).json()) as LetterData[];
  const entries = DomUtils.getElementsByTagName('entry', parseDocument(feed, { xmlMode: true }));
  const text = (entry: (typeof entries)[number], tag: string) =>
    DomUtils.textContent(DomUtils.getElementsByTagName(tag, entry.children, false)[0]!);
  expect(entries.map((entry) => text(entry, 'title')).sort()).toEqual(letters.map(letterTitle).sort());
  const updated = entries.map((entry) => text(entry, 'updated'));
  expect(updated).toEqual([...updated].sort().reverse());
});

test('the citation can be selected and copied by keyboard alone', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(second.path);
  const field = page.getByLabel('Citation, ready to select and copy');
  for (let i = 0; i < 200 && !(await field.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(field).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await field.inputValue());
  expect(copied).toContain(letterTitle(second.data));
});

const HITS_PAGE = `/search/letter/?letter=${encodeURIComponent(second.path.slice(1))}&q=children`;

test("on the search-hits page, a passage's link still names the letter's own page", async ({ page }) => {
  await page.goto(HITS_PAGE);
  const bullet = page.locator('#hits-letter article li[id]').first();
  const number = bullet.locator('a.passage-number');
  await expect(number).toHaveAttribute('href', `${second.path}#${await number.getAttribute('id')}`);
});

test('a letter page has a citation, canonical URL, description and Open Graph tags', async ({ page }) => {
  await page.goto(first.path);
  await expect(page.getByLabel('Citation, ready to select and copy')).toHaveValue(
    `Ofsted, "${letterTitle(first.data)}", letter to ${first.data.authority}, ${formatLetterDate(first.data.date)}. Assessment Letters archive, ${first.path}`,
  );
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', first.path);
  // An Open Graph address must be absolute: without the site's address there is none.
  await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    new RegExp(gradeWithNumber(first.data.grade).toLowerCase().replace(/[()]/g, '\\$&')),
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', letterTitle(first.data));
  const bullet = page.locator('article li[id]').first();
  const number = bullet.locator('a.passage-number');
  await expect(number).toHaveAttribute('href', `#${await number.getAttribute('id')}`);
});

test('an unknown address gets a useful 404 page', async ({ page }) => {
  const response = await page.goto('/authorities/nowhere/2010/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('main input[name="q"]')).toBeVisible();
  await expect(page.locator('main a[href="/authorities/"]')).toBeVisible();
});

test('robots.txt lets every page be crawled; without the site address it names no sitemap, which names no real address', async ({
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toBe(`User-agent: *\nAllow: /\n`);
  const sitemap = await request.get('/sitemap-index.xml');
  expect(sitemap.ok()).toBe(true);
  expect(await sitemap.text()).toContain(
    `<loc>https://site-address-not-configured.invalid/sitemap-0.xml</loc>`,
  );
});

test("national-totals.csv: Ofsted's announced totals, grade × year, each with its source, as national-totals.json gives them", async ({
  request,
}) => {
  const response = await request.get('/data/national-totals.csv');
  expect(response.ok()).toBe(true);
  const [header, ...lines] = (await response.text()).trim().split('\r\n');
  expect(header).toBe('year,grade,grade_words,authorities,assessed,not_published,source');
  const { totals } = readArchiveData();
  expect(lines).toHaveLength(totals.length * 4);
  for (const { data } of totals)
    for (const grade of [4, 3, 2, 1] as const) {
      const source = data.source.includes(',') ? `"${data.source}"` : data.source;
      expect(lines).toContain(
        `${data.year},${grade},${gradeLabel(grade)},${data.grades[grade]},${data.authorities},${data.notPublished},${source}`,
      );
    }
});

test('each letter page links its letter as plain text and JSON, and both load with its words', async ({
  page,
  request,
}) => {
  for (const letter of archive) {
    await page.goto(letter.path);
    const links = page.locator('.letter-downloads a');
    const text = await request.get((await links.nth(0).getAttribute('href'))!);
    expect(text.headers()['content-type']).toMatch(/^text\/plain/);
    const words = await text.text();
    expect(words).toContain(letter.data.signatory.name);
    const json = await request.get((await links.nth(1).getAttribute('href'))!);
    const record = (await json.json()) as {
      authority: string;
      year: number;
      text: string;
      date_written: string;
      paragraphs: Array<{ n: number; url: string; text: string }>;
    };
    expect(record).toMatchObject({
      authority: letter.data.authority,
      year: letter.data.year,
      date_written: formatLetterDate(letter.data.date),
    });
    // The plain text is the JSON's, with each numbered paragraph's number before it.
    expect(`${record.text}\n`).toBe(words.replace(/^\[\d+\] /gm, ''));
    expect(`\n${words}`).toContain(`\n${formatLetterDate(letter.data.date)}\n`);
    // The JSON's paragraphs are the page's numbered ones: the same numbers, addresses and words.
    const numbered = await page
      .locator('article .letter-body :is(p, li):has(> a.passage-number)')
      .evaluateAll((nodes) =>
        nodes.map((node) => ({
          n: Number(node.querySelector<HTMLElement>(':scope > a.passage-number')!.dataset.n),
          text: (node as HTMLElement).innerText,
        })),
      );
    const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
    expect(record.paragraphs.map((p) => [p.n, squash(p.text)])).toEqual(
      numbered.map((p) => [p.n, squash(p.text)]),
    );
    for (const p of record.paragraphs) {
      expect(p.url).toBe(`${letter.path}#para-${p.n}`);
      expect(words).toContain(`[${p.n}] `);
    }
  }
});

test('the zip of all the data loads, and /data/ gives each file its size', async ({ page, request }) => {
  await page.goto('/data/');
  const zipLink = page.locator('main a[href$=".zip"]');
  const zip = await request.get((await zipLink.getAttribute('href'))!);
  expect(zip.headers()['content-type']).toBe('application/zip');
  const bytes = await zip.body();
  // A zip starts "PK\x03\x04".
  expect(bytes.subarray(0, 4).toString('binary')).toBe('PK\x03\x04');
  for (const file of [
    'grades.csv',
    'national-totals.csv',
    'statistical-neighbours.csv',
    'known-grades.csv',
  ]) {
    const item = page.locator('main li', { has: page.locator(`a[href$="/data/${file}"]`) });
    await expect(item).toContainText(
      new RegExp(`${file.replace('.', '\\.')} \\(\\d+(\\.\\d)? (bytes|KB|MB)\\)`),
    );
  }
});
