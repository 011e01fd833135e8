/**
 * Chart text at a readable size on a phone and a wide screen, the A–Z's letter links
 * named for a screen reader's list of links, and the grade lines of a letter and of a
 * search result on a phone, on the fixture archive.
 */
import { expect, test } from '../fixtures.ts';

for (const width of [320, 1280]) {
  test(`at ${width} px every chart's text is drawn at 12 to 16 px`, async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width, height: 800 },
      baseURL: test.info().project.use.baseURL,
    });
    try {
      const page = await context.newPage();
      let measured = 0;
      for (const path of ['/national/', '/authorities/fernleigh/']) {
        await page.goto(path);
        // The size on screen: the computed size times the SVG's scale.
        const sizes = await page
          .locator('svg text')
          .evaluateAll((texts) =>
            texts.map(
              (t) => parseFloat(getComputedStyle(t).fontSize) * (t as SVGTextElement).getScreenCTM()!.a,
            ),
          );
        expect(sizes.length, path).toBeGreaterThan(0);
        for (const size of sizes) {
          expect(size, path).toBeGreaterThanOrEqual(12);
          expect(size, path).toBeLessThanOrEqual(16.01);
        }
        measured += sizes.length;
      }
      expect(measured).toBeGreaterThan(10);
    } finally {
      await context.close();
    }
  });
}

test('the A to Z names each letter link in full, relative to the page, under its year', async ({ page }) => {
  await page.goto('/authorities/a-to-z/b/');
  const brackenmoor = page.locator('main tr', { has: page.locator('a[href$="brackenmoor/"]') });
  for (const year of ['2010', '2011']) {
    const link = brackenmoor.getByRole('link', { name: `Brackenmoor ${year} letter`, exact: true });
    // Linked relative to the page ("../../brackenmoor/2010/"), to the letter's address.
    await expect(link).toHaveAttribute('href', `../../brackenmoor/${year}/`);
    expect(await link.evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname)).toBe(
      `/authorities/brackenmoor/${year}/`,
    );
    // The eye sees "letter", under its year's heading; the authority and year are for screen readers.
    const hidden = link.locator('span');
    await expect(hidden).toHaveText(`Brackenmoor ${year}`);
    const box = (await hidden.boundingBox())!;
    expect(box.width * box.height).toBeLessThanOrEqual(1);
    const heading = await link.evaluate((a) => {
      const column = (a.closest('td') as HTMLTableCellElement).cellIndex;
      return a.closest('table')!.querySelectorAll('thead th')[column]?.textContent?.trim();
    });
    expect(heading).toBe(year);
  }
});

test('a letter’s grade line is one line at 1,280 px; at 320 px "Grade:" sits over its badge, the date below', async ({
  page,
}) => {
  await page.goto('/authorities/brackenmoor/2010/');
  const summary = page.locator('article .summary');
  await expect(summary).toHaveText('Grade: Performs adequately (2 of 4) · Letter dated 15 November 2010');
  const boxes = () =>
    summary.evaluate((p) => {
      const label = document.createRange();
      label.selectNodeContents(p.querySelector('.summary-grade')!.firstChild!);
      const box = (r: DOMRect) => ({ top: r.top, bottom: r.bottom, left: r.left });
      return {
        label: box(label.getBoundingClientRect()),
        badge: box(p.querySelector('.grade')!.getBoundingClientRect()),
        date: box(p.lastElementChild!.getBoundingClientRect()),
      };
    });
  await page.setViewportSize({ width: 1280, height: 800 });
  let { label, badge, date } = await boxes();
  // One line: the label and the date each overlap the badge's height.
  for (const text of [label, date]) {
    expect(text.bottom).toBeGreaterThan(badge.top);
    expect(text.top).toBeLessThan(badge.bottom);
  }
  await page.setViewportSize({ width: 320, height: 640 });
  ({ label, badge, date } = await boxes());
  expect(label.bottom).toBeLessThanOrEqual(badge.top);
  expect(Math.abs(label.left - badge.left)).toBeLessThan(1);
  expect(date.top).toBeGreaterThanOrEqual(badge.bottom);
  expect(Math.abs(date.left - badge.left)).toBeLessThan(1);
});

test('at 320 px a search result’s "Grade:" sits over its badge, the date and section below', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/search/?q=care');
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
  const metas = page.locator('#search-results .result-meta');
  expect(await metas.count()).toBeGreaterThan(1);
  for (const meta of await metas.all()) {
    await expect(meta).toHaveText(
      /^Grade: Performs \w+ \(\d of 4\) ·\u00a0Dated \d+ \w+ \d{4} ·\u00a0Section: /,
    );
    const { label, badge, rest } = await meta.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p.querySelector('.result-grade')!.firstChild!);
      const box = (r: DOMRect) => ({ top: r.top, bottom: r.bottom, left: r.left });
      return {
        label: box(range.getBoundingClientRect()),
        badge: box(p.querySelector('.grade')!.getBoundingClientRect()),
        rest: box(p.lastElementChild!.getBoundingClientRect()),
      };
    });
    expect(label.bottom).toBeLessThanOrEqual(badge.top);
    expect(Math.abs(label.left - badge.left)).toBeLessThan(1);
    expect(rest.top).toBeGreaterThanOrEqual(badge.bottom);
  }
});

test('/about/ says where a letter’s citation is and how to cite one numbered paragraph', async ({ page }) => {
  await page.goto('/about/');
  const section = page.locator('main h2#cite ~ p');
  await expect(section.first()).toContainText(
    'Each letter page has its citation near the top, under "Cite this letter", before the letter itself',
  );
  await expect(section.nth(1)).toContainText('To cite one paragraph, follow its number');
  await expect(section.nth(1)).toContainText('the citation ends "para 12"');
  await expect(page.locator('main')).not.toContainText('ends with a citation line');
  // The page it describes: the citation comes before the letter's numbered paragraphs.
  await page.goto('/authorities/hollowmere/2011/');
  const citeTop = await page.locator('#cite-heading').evaluate((el) => el.getBoundingClientRect().top);
  const firstNumber = await page
    .locator('.passage-number')
    .first()
    .evaluate((el) => el.getBoundingClientRect().top);
  expect(citeTop).toBeLessThan(firstNumber);
});
