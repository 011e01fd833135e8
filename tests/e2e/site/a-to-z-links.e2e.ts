/** The A to Z names every letter link by authority and year, for whatever letters the archive holds. */
import { expect, test } from '../fixtures.ts';
import { archiveLetters, readArchiveData } from '../../../src/lib/site/archive-files.ts';

test('every letter in the A to Z is linked as "<authority> <year> letter"', async ({ page }) => {
  const { authorities } = readArchiveData();
  const letters = archiveLetters();
  await page.goto('/authorities/');
  const names = await page
    .locator('main table a[aria-label$=" letter"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')));
  expect(names.sort()).toEqual(
    letters
      .map((l) => `${authorities.find((a) => a.data.slug === l.slug)!.data.name} ${l.data.year} letter`)
      .sort(),
  );
  await expect(page.getByRole('link', { name: 'letter', exact: true })).toHaveCount(0);
});
