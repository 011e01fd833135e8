/**
 * A letter's citation: the Copy citation button, the one script a letter page loads, used
 * by keyboard and when the browser refuses the clipboard (on the letter's page and on the
 * search-hits page); the field alone without JavaScript; the citation whole on a phone and
 * in print. These run on the real archive, so they name no letter: they take the build's
 * first letter page.
 */
import type { Page } from '@playwright/test';
import { expect, test, withoutJavaScript } from '../fixtures.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isLetterPath } from '../../../src/lib/site/routes.ts';
import { COPY_CITATION_SCRIPT } from '../support.ts';

const DIST = 'dist';
/** Every letter page of the build, as authorities/<slug>/<year>/. */
const letterPages = readdirSync(DIST, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('/index.html'))
  .map((file) => file.slice(0, -'index.html'.length))
  .filter(isLetterPath)
  .sort();
const letterPage = `/${letterPages[0]}`;

const field = (page: Page) => page.getByLabel('Citation, ready to select and copy');
const button = (page: Page) => page.getByRole('button', { name: 'Copy citation' });
const status = (page: Page) => page.locator('.cite-copy [role="status"]');

test('every letter page loads one script, the copy-citation module, of at most 1 KB gzip', () => {
  expect(letterPages.length).toBeGreaterThan(0);
  const scripts = new Set<string>();
  for (const path of letterPages) {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const tags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(tags, path).toHaveLength(1);
    const src = /\ssrc="([^"]+)"/.exec(tags[0]!)?.[1] ?? '';
    expect(src, path).toMatch(COPY_CITATION_SCRIPT);
    scripts.add(src);
  }
  expect(scripts.size).toBe(1);
  const [src] = scripts;
  const built = readFileSync(join(DIST, new URL(src!, 'http://site.test/').pathname));
  expect(gzipSync(built, { level: 9 }).length).toBeLessThanOrEqual(1024);
});

// The search-hits page shows the same citation, fetched with the letter, and loads the same script.
const hitsPage = `/search/letter/?${new URLSearchParams({ letter: letterPages[0]!, q: 'children' })}`;

for (const [where, path] of [
  ["a letter's page", letterPage],
  ['the search-hits page', hitsPage],
] as const) {
  test.describe(`on ${where}`, () => {
    test('by keyboard: Tab from the field to Copy citation, Enter copies the citation and the page says so', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(path);
      await field(page).focus();
      await page.keyboard.press('Tab');
      await expect(button(page)).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(status(page)).toHaveText('Citation copied.');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await field(page).inputValue());
      // It ends with the letter's own address, whichever page it was copied on.
      expect(new URL(copied.split(' ').at(-1)!, page.url()).pathname).toBe(letterPage);
    });

    test('when the browser refuses the clipboard, the whole citation is selected and the page says to press Ctrl+C', async ({
      page,
    }) => {
      await page.addInitScript(() => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('Refused', 'NotAllowedError'));
      });
      await page.goto(path);
      await button(page).focus();
      await page.keyboard.press('Enter');
      await expect(status(page)).toContainText('The citation is selected: press Ctrl+C');
      await expect(field(page)).toBeFocused();
      const selection = await field(page).evaluate((el: HTMLTextAreaElement) => [
        el.selectionStart,
        el.selectionEnd,
        el.value.length,
      ]);
      expect(selection.slice(0, 2)).toEqual([0, selection[2]]);
    });
  });
}

test("a numbered paragraph's number puts 'para N' and its address in the citation; a heading its id; any other fragment leaves the letter's", async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(letterPage);
  // The citation ends with the letter's published address (the site's own, not the test server's).
  const plain = await field(page).inputValue();
  const address = plain.split(' ').at(-1)!;
  expect(new URL(address, page.url()).pathname).toBe(letterPage);
  const [work, where] = plain.split(/\. (?=Assessment Letters archive, )/) as [string, string];
  const cited = (n: number) => `${work}, para ${n}. ${where}#para-${n}`;
  const passage = page.locator('article .letter-body p:has(> a.passage-number)').nth(2);
  const number = passage.locator(':scope > a.passage-number');
  const n = Number(await number.getAttribute('data-n'));
  expect(n).toBeGreaterThan(0);
  await number.click();
  await expect(field(page)).toHaveValue(cited(n));
  await button(page).click();
  await expect(status(page)).toHaveText('Citation copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(cited(n));
  // Opened at the number's address, or at the paragraph's older #p-… address, the citation names it from the start.
  await page.goto(`${letterPage}#para-${n}`);
  await expect(field(page)).toHaveValue(cited(n));
  await page.goto(`${letterPage}#${await passage.getAttribute('id')}`);
  await expect(field(page)).toHaveValue(cited(n));
  // A section heading is cited by its id, with no number.
  const heading = (await page.locator('article .letter-body h3[id]').first().getAttribute('id'))!;
  await page.goto(`${letterPage}#${heading}`);
  await expect(field(page)).toHaveValue(`${plain}#${heading}`);
  // A fragment that is not one of the letter's passages is not cited.
  await page.goto(`${letterPage}#cite-heading`);
  await expect(field(page)).toHaveValue(plain);
});

test('without JavaScript, the read-only citation field remains, and no Copy button that could not work', async ({
  browser,
  baseURL,
}) => {
  await withoutJavaScript(browser, baseURL, async (page) => {
    await page.goto(letterPage);
    await expect(field(page)).toBeVisible();
    await expect(field(page)).toHaveAttribute('readonly', '');
    await expect(field(page)).toHaveValue(
      /^Ofsted, ".+", letter to .+\. Assessment Letters archive, (https?:\/\/|\/)/,
    );
    await expect(button(page)).toBeHidden();
  });
});

/** The field shows all its text: nothing scrolled out of sight, across or down. */
async function expectWhole(page: Page): Promise<void> {
  const box = await field(page).evaluate((el) => ({
    overflowDown: el.scrollHeight - el.clientHeight,
    overflowAcross: el.scrollWidth - el.clientWidth,
  }));
  expect(box).toEqual({ overflowDown: 0, overflowAcross: 0 });
}

test('on a 320 px phone, the citation is folded under one line; a tap shows it whole, its address wrapped rather than clipped', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto(letterPage);
  await expect(field(page)).toBeHidden();
  await page.locator('.cite-fold > summary').click();
  await expect(field(page)).toBeVisible();
  await expect(button(page)).toBeVisible();
  await expectWhole(page);
});

test('the citation prints with the letter, whole, and the folded parts open; the site chrome and the Copy button do not', async ({
  page,
}) => {
  await page.goto(letterPage);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('article.letter .letter-text')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cite this letter' })).toBeVisible();
  await expect(field(page)).toBeVisible();
  await expectWhole(page);
  for (const chrome of ['.site-header', '.site-footer', 'nav.breadcrumb', '.cite-copy', '.cite .hint']) {
    await expect(page.locator(chrome).first(), chrome).toBeHidden();
  }
  // The folds print open, without their one-line labels: the letterhead and the standard text.
  for (const folded of [
    '.letter-recipient',
    '[data-standard-text="opening"] p',
    '[data-standard-text="statutory"] p',
  ]) {
    await expect(page.locator(folded).first(), folded).toBeVisible();
  }
  await expect(page.locator('.letter-text summary').first()).toBeHidden();
});
