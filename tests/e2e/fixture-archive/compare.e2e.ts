/**
 * Compare pages that show change, on the fixture archive's letters: each strength and area
 * for improvement is marked in words as repeated, of the same theme, dropped or new, the
 * sections lined up; on a phone, one column with each passage's year.
 */
import { expect, test } from '../fixtures.ts';

const marks = (page: import('@playwright/test').Page, section: string) =>
  page.locator('section.part', { has: page.locator('h2', { hasText: section }) }).locator('.mark');

test('repeated, dropped and same-theme items are marked in words, the repeated pair in one row', async ({
  page,
}) => {
  await page.goto('/authorities/brackenmoor/compare/2010-2011/');
  const improvement = page.locator('section.part', {
    has: page.locator('h2', { hasText: 'Areas for improvement' }),
  });
  await expect(improvement.locator('.heading')).toHaveText([
    '2010 letter: “Key areas for further development”',
    '2011 letter: “Areas for further improvement”',
  ]);
  // 2010's second item names schools only in "progress in their primary schools", which is
  // no theme's match (the taxonomy's notWithin): none of its themes is in the 2011 section.
  await expect(marks(page, 'Areas for improvement')).toHaveText([
    'Repeated: in close wording in 2010 and 2011',
    'Dropped: not in the 2011 letter, in wording or theme',
  ]);
  // The repeated row holds 2010's item 1 and 2011's item 1; the other row only 2010's item 2.
  const repeated = improvement.locator('li.row[data-mark="repeated"] .cell');
  await expect(repeated.nth(0)).toContainText('2010: Children in care make good progress');
  await expect(repeated.nth(1)).toContainText('2011: Young people from low-income families');
  await expect(improvement.locator('li.row[data-mark="dropped"] .cell').nth(1)).toHaveText(
    'Not in the 2011 letter.',
  );
  await expect(page.locator('main .key-counts')).toHaveText(
    'Marked on this page, in the areas for improvement or development both letters have: 1 repeated, 0 of the same theme in other words, 1 dropped and 0 new.',
  );
  // Side by side on a wide screen.
  await page.setViewportSize({ width: 1280, height: 800 });
  const [left, right] = [await repeated.nth(0).boundingBox(), await repeated.nth(1).boundingBox()];
  expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
  expect(right!.y).toBe(left!.y);
  // A section only one letter has is shown unmarked, and the other letter's absence said,
  // above it and in each of its rows: not "not in the 2010 letter", which the count above
  // would leave out of its new items.
  await expect(marks(page, 'Strengths')).toHaveCount(0);
  const strengths = page.locator('section.part', { has: page.locator('h2', { hasText: 'Strengths' }) });
  await expect(strengths.locator('.heading').first()).toHaveText('The 2010 letter has no such section.');
  const absent = strengths.locator('.cell[data-year="2010"]');
  await expect(absent.first()).toHaveText('The 2010 letter has no such section.');
  for (const cell of await absent.all())
    await expect(cell).toHaveText('The 2010 letter has no such section.');
});

test('an item of the same theme in other words: the other letter’s cell says it is not in these words', async ({
  page,
}) => {
  await page.goto('/authorities/quillbridge/compare/2009-2011/');
  await expect(marks(page, 'Areas for improvement')).toHaveText([
    'Same theme, in other words: Safeguarding',
    'Dropped: not in the 2011 letter, in wording or theme',
    'Same theme, in other words: Safeguarding',
  ]);
  const rows = page.locator('li.row[data-mark="same-theme"]');
  await expect(rows.nth(0).locator('.cell')).toHaveText([
    /^2009: /,
    /^Not in these words in the 2011 letter; of the same theme there: “/,
  ]);
  await expect(rows.nth(1).locator('.cell')).toHaveText([
    /^Not in these words in the 2009 letter; of the same theme there: “/,
    /^2011: /,
  ]);
});

test('dropped and new items are marked in words', async ({ page }) => {
  await page.goto('/authorities/fernleigh/compare/2010-2011/');
  await expect(marks(page, 'Areas for improvement')).toHaveText([
    'Dropped: not in the 2011 letter, in wording or theme',
    'Dropped: not in the 2011 letter, in wording or theme',
    'New in 2011: not in the 2010 letter, in wording or theme',
  ]);
  const rows = page.locator('li.row[data-mark="new"] .cell');
  await expect(rows.nth(0)).toHaveText('Not in the 2010 letter.');
  await expect(rows.nth(1)).toContainText(/^2011: /);
  // The key quotes each mark as the rows give it, and counts them.
  await expect(page.locator('main .key')).toContainText(
    '“Dropped: not in the 2011 letter, in wording or theme” or “New in 2011: not in the 2010 letter, in wording or theme” when it has neither',
  );
  await expect(page.locator('main .key-counts')).toHaveText(
    /^Marked on this page, in the areas for improvement or development both letters have: \d+ repeated, \d+ of the same theme in other words, 2 dropped and 1 new\.$/,
  );
});

test('a compare page lists its sections at the top, each linking to its section', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/authorities/eastwold/compare/2009-2010/');
  const contents = page.locator('nav.contents a');
  const sections = await page.locator('section.part h2').allTextContents();
  expect(sections.length).toBeGreaterThan(2);
  await expect(contents).toHaveText(sections);
  for (const link of await contents.all()) {
    const id = (await link.getAttribute('href'))!.slice(1);
    await expect(page.locator(`section.part h2#${id}`)).toHaveCount(1);
  }
  // Near the top on a phone: within the first two screens.
  const top = await page.locator('nav.contents').evaluate((el) => el.getBoundingClientRect().top + scrollY);
  expect(top).toBeLessThan(2 * 640);
});

test('on a phone, one column: every passage says its year, nothing sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/authorities/eastwold/compare/2009-2010/');
  const cells = page.locator('main li.row .cell');
  const count = await cells.count();
  expect(count).toBeGreaterThan(4);
  const x = (await cells.first().boundingBox())!.x;
  for (let i = 0; i < count; i++) {
    const cell = cells.nth(i);
    expect((await cell.boundingBox())!.x).toBe(x);
    await expect(cell).toHaveText(
      /^(2009: |2010: |2009 and 2010, same words: |Not in (these words in )?the 20(09|10) letter[.;])/,
    );
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
