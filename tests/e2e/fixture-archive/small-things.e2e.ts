/**
 * Chart text at a readable size on a phone and a wide screen, and the A–Z's letter links
 * named for a screen reader's list of links, on the fixture archive.
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

test('the A to Z links each letter in its authority’s row, under its year', async ({ page }) => {
  await page.goto('/authorities/');
  const brackenmoor = page.locator('main tr', { has: page.locator('a[href$="brackenmoor/"]') });
  for (const year of ['2010', '2011']) {
    const link = brackenmoor.locator(`a[href$="brackenmoor/${year}/"]`);
    await expect(link).toHaveText('letter');
    // The link's cell sits under its year's heading, which gives the link its context.
    const heading = await link.evaluate((a) => {
      const column = (a.closest('td') as HTMLTableCellElement).cellIndex;
      return a.closest('table')!.querySelectorAll('thead th')[column]?.textContent?.trim();
    });
    expect(heading).toBe(year);
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
