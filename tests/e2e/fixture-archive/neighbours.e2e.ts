/**
 * Statistical neighbours on the fixture archive: exact expectations on Ashcombe, whose
 * tenth neighbour (North Wold) was created after 2011 and has no page.
 */
import { expect, test } from '../fixtures.ts';

test("an authority page names its 10 neighbours, closest first, each year's grade with how it is known", async ({
  page,
}) => {
  await page.goto('/authorities/ashcombe/');
  const rows = page.locator('table.neighbours tbody tr');
  await expect(rows.locator('th')).toHaveText([
    '1. Brackenmoor',
    '2. Eastwold',
    '3. Fernleigh',
    '4. Hollowmere',
    '5. Kestleigh',
    '6. Millbrook',
    '7. Oakhurst',
    '8. Quillbridge',
    '9. Wrenfold',
    '10. North Wold (created after 2011: not assessed)',
  ]);
  await expect(rows.nth(0).locator('td')).toHaveText([
    'Not known',
    'Performs adequately, from the letter',
    'Performs well, from the letter',
  ]);
  await expect(rows.nth(2).locator('td')).toHaveText([
    'Performs well, stated in the 2010 letter',
    'Performs well, from the letter',
    'Performs well, from the letter',
  ]);
  await expect(rows.nth(5).locator('td')).toHaveText([
    'Not known',
    'Outcome withheld',
    'Performs adequately, reported in 1 source',
  ]);
  await expect(rows.nth(9).locator('td')).toHaveText(['Not assessed', 'Not assessed', 'Not assessed']);
  // A neighbour assessed links its page; one created after 2011 links nothing.
  await expect(rows.nth(0).locator('th a')).toHaveAttribute('href', '/authorities/brackenmoor/');
  await expect(rows.nth(9).locator('a')).toHaveCount(0);
  await expect(page.locator('main')).toContainText("DfE's statistical neighbours, April 2021 edition");
  await expect(page.locator('main')).toContainText(
    'One neighbour was created after 2011, so never assessed.',
  );
});

test('where the authority stands among its neighbours, each year, counted exactly from letters', async ({
  page,
}) => {
  await page.goto('/authorities/ashcombe/');
  await expect(page.locator('.standing li')).toHaveText([
    '2009: of its 10 neighbours, 4 have a 2009 grade known from a letter: 0 graded higher than Ashcombe (performs excellently, reported in 2 sources), 0 the same and 4 lower.',
    '2010: of its 10 neighbours, 6 have a 2010 grade known from a letter: 5 graded higher than Ashcombe (performs poorly, reported in 1 source), 1 the same and 0 lower.',
    "2011: of its 10 neighbours, 4 have a 2011 grade known from a letter; Ashcombe's own 2011 grade is not known, so it cannot be placed among them.",
  ]);
  await expect(page.locator('#standing-basis')).toContainText(
    'Grades known only from press reports are not counted: the reports named mostly the authorities graded performs poorly or performs excellently',
  );
  // Brackenmoor's 2011 neighbour Millbrook is known only from a report: said apart, not counted.
  await page.goto('/authorities/brackenmoor/');
  await expect(page.locator('.standing li').last()).toHaveText(
    '2011: of its 10 neighbours, 4 have a 2011 grade known from a letter: 1 graded higher than Brackenmoor (performs well, from the letter), 2 the same and 1 lower. 1 more has a grade known only from reports, not counted.',
  );
});

test('at 320 px the neighbours table reflows: no sideways scroll, each cell with its year', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/authorities/ashcombe/');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  const region = page.locator('section.table-region:has(table.neighbours)');
  expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
  const cell = page.locator('table.neighbours tbody tr').first().locator('td').first();
  expect(await cell.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"2009: "');
});
