import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support.ts';

test('Northamptonshire: 2010 stated by the 2011 letter, unchanged at performs adequately', async ({
  page,
}) => {
  await page.goto('/authorities/northamptonshire/');
  const rows = page.locator('main table tbody tr');
  await expect(rows.nth(0)).toContainText('2009Not knownNo letter in the archive');
  await expect(rows.nth(1)).toContainText('Performs adequately (2 of 4)');
  await expect(rows.nth(1)).toContainText('Stated in the 2011 letter');
  await expect(rows.nth(1).locator('q')).toHaveText(
    "Children's services in Northamptonshire County Council perform adequately, as in 2010.",
  );
  await expect(rows.nth(2)).toContainText('The 2011 letter');
  await expect(page.locator('main li[data-change]')).toHaveText([
    '2010 to 2011: Unchanged: performs adequately in 2010 and 2011.',
  ]);
  await expect(page.locator('svg[role="img"] desc')).toContainText(
    '2010: performs adequately (2 of 4), stated in the 2011 letter',
  );
  await expectNoAxeViolations(page);
});

test('Cambridgeshire: 2009 stated by the 2010 letter, unchanged at performs well', async ({ page }) => {
  await page.goto('/authorities/cambridgeshire/');
  await expect(page.locator('main li[data-change]')).toHaveText([
    '2009 to 2010: Unchanged: performs well in 2009 and 2010.',
  ]);
  await expect(page.locator('main table tbody tr').nth(0)).toContainText('Stated in the 2010 letter');
});

test('the A to Z lists both authorities with their latest known grade', async ({ page }) => {
  await page.goto('/authorities/');
  await expect(page.locator('nav[aria-label="Jump to initial"] a')).toHaveText(['C', 'N']);
  const rows = page.locator('main tbody tr');
  await expect(rows).toHaveText([
    /^Cambridgeshire County Council\s*2010\s*Performs well \(3 of 4\) in 2010$/,
    /^Northamptonshire County Council\s*2011\s*Performs adequately \(2 of 4\) in 2011$/,
  ]);
  await expectNoAxeViolations(page);
});

const NATIONAL = {
  2009: { counts: ['10', '93', '40', '9'], source: 'reported 9 December 2009' },
  2010: { counts: ['20', '77', '37', '12', '6'], source: 'reported 9 December 2010' },
  2011: {
    counts: ['28', '71', '33', '15', '5'],
    source: '25 authorities improved and 7 declined against 2010',
  },
};

for (const [year, expected] of Object.entries(NATIONAL)) {
  test(`/years/${year}/ shows the national totals with their source`, async ({ page }) => {
    await page.goto(`/years/${year}/`);
    const national = page.locator('table.counts tbody tr td:last-child');
    await expect(national).toHaveText(expected.counts);
    await expect(page.locator('table.counts tfoot td:last-child')).toHaveText('152');
    await expect(page.locator('main .source')).toContainText(expected.source);
    await expectNoAxeViolations(page);
  });
}

test('/years/2010/ lists Cambridgeshire by letter and Northamptonshire as stated', async ({ page }) => {
  await page.goto('/years/2010/');
  const rows = page.locator('main table').first().locator('tbody tr');
  await expect(rows.nth(0)).toContainText('Cambridgeshire County Council');
  await expect(rows.nth(0)).toContainText('Unchanged: performs well in 2009 and 2010');
  await expect(rows.nth(1)).toContainText('stated in the 2011 letter');
});

test('the home page has a search box, counts and links to browse', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main input[name="q"]')).toBeVisible();
  await expect(page.locator('main .counts li')).toHaveText([
    '2 letters',
    '2 authorities',
    '2 years with letters',
  ]);
  await expect(page.locator('main a[href="/authorities/"]')).toBeVisible();
  await expect(page.locator('main a[href="/years/"]')).toBeVisible();
});
