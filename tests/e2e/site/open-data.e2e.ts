import { expect, test } from '@playwright/test';
import { decodeXML } from 'entities';
import { formatLetterDate, letterTitle } from '../../../src/lib/archive.ts';
import { gradeLabel, gradeWithNumber } from '../../../src/lib/grades.ts';
import { archiveLetters, type ArchiveLetter } from '../support.ts';

// Whatever the archive holds; exact rows are tested on the fixture archive.
const letters = archiveLetters();
const [first, second = first] = letters as [ArchiveLetter, ...ArchiveLetter[]];
const SITE = 'https://assessment-letters.example';

test("grades.csv and grades.json hold each letter's own grade, row for row", async ({ request }) => {
  const csv = await (await request.get('/data/grades.csv')).text();
  const rows = csv
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(',').slice(1, 6).join(' '));
  for (const { slug, data } of letters) {
    expect(rows).toContain(`${slug} ${data.year} ${data.grade} ${gradeLabel(data.grade)} letter`);
  }
  const json = (await (await request.get('/data/grades.json')).json()) as unknown[];
  expect(json).toHaveLength(rows.length);
});

test("letters.json holds each letter's metadata and full text", async ({ request }) => {
  const records = (await (await request.get('/data/letters.json')).json()) as Array<{
    authority: string;
    year: number;
    text: string;
  }>;
  expect(records).toHaveLength(letters.length);
  for (const { data } of letters) {
    const record = records.find((r) => r.authority === data.authority && r.year === data.year)!;
    expect(record.text).toContain(`${data.authority} children's services assessment ${data.year}`);
  }
});

test('the Atom feed lists every letter, newest addition to the archive first', async ({ request }) => {
  const feed = await (await request.get('/feed.xml')).text();
  const entries = [...feed.matchAll(/<entry>\s*<title>([^<]+)<\/title>[\s\S]*?<updated>([^<]+)<\/updated>/g)];
  expect(entries.map((m) => decodeXML(m[1]!)).sort()).toEqual(letters.map((l) => letterTitle(l.data)).sort());
  const updated = entries.map((m) => m[2]!);
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

test('where a page already runs a script, a Copy button copies the citation, by keyboard', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(HITS_PAGE);
  const button = page.getByRole('button', { name: 'Copy citation' });
  await expect(button).toBeVisible();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.cite [role="status"]')).toHaveText('Citation copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.getByLabel('Citation, ready to select and copy').inputValue());
  expect(copied).toContain(`${SITE}${second.path}`);
});

test("on the search-hits page, a passage's link still names the letter's own page", async ({ page }) => {
  await page.goto(HITS_PAGE);
  const bullet = page.locator('#hits-letter article li[id]').first();
  const id = await bullet.getAttribute('id');
  await expect(bullet.locator('a.anchor')).toHaveAttribute('href', `${second.path}#${id}`);
});

test('when the browser refuses the clipboard, the Copy button selects the citation and says so', async ({
  page,
}) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Refused', 'NotAllowedError'));
  });
  await page.goto(HITS_PAGE);
  await page.getByRole('button', { name: 'Copy citation' }).click();
  await expect(page.locator('.cite [role="status"]')).toContainText('The citation is selected');
  const field = page.getByLabel('Citation, ready to select and copy');
  await expect(field).toBeFocused();
  const { start, end, length } = await field.evaluate((el: HTMLTextAreaElement) => ({
    start: el.selectionStart,
    end: el.selectionEnd,
    length: el.value.length,
  }));
  expect([start, end]).toEqual([0, length]);
});

test('a letter page has a citation, canonical URL, description and Open Graph tags', async ({ page }) => {
  await page.goto(first.path);
  await expect(page.getByLabel('Citation, ready to select and copy')).toHaveValue(
    `Ofsted, "${letterTitle(first.data)}", letter to ${first.data.authority}, ${formatLetterDate(first.data.date)}. Assessment Letters archive, ${SITE}${first.path}`,
  );
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${first.path}`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    new RegExp(gradeWithNumber(first.data.grade).toLowerCase().replace(/[()]/g, '\\$&')),
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', letterTitle(first.data));
  const bullet = page.locator('article li[id]').first();
  const id = await bullet.getAttribute('id');
  await expect(bullet.locator(`a.anchor[href="#${id}"]`)).toHaveCount(1);
});

test('an unknown address gets a useful 404 page', async ({ page }) => {
  const response = await page.goto('/authorities/nowhere/2010/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('main input[name="q"]')).toBeVisible();
  await expect(page.locator('main a[href="/authorities/"]')).toBeVisible();
});
