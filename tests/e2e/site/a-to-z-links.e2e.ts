/**
 * The A to Z names every authority on one page, and each initial's page links every
 * letter the archive holds in its authority's row, each link named in full ("Leeds 2011
 * letter"), as a screen reader's list of links shows it out of its table (WCAG 2.4.9).
 */
import { expect, test } from '../fixtures.ts';
import { archiveLetters, readArchiveData } from '../../../src/lib/site/archive-files.ts';

const letters = archiveLetters();
const nameOf = new Map(readArchiveData().authorities.map((a) => [a.data.slug, a.data.name]));

test('every letter is linked from its initial’s page of the A to Z, named by its authority and year', async ({
  page,
}) => {
  await page.goto('/authorities/');
  const initials = await page
    .locator('main a[href*="a-to-z/"]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const names = new Set(nameOf.values());
  expect(initials).toHaveLength(new Set([...names].map((name) => name.charAt(0))).size);

  // Each letter's address, with the name its link must have.
  const expected = new Map(letters.map((l) => [l.path, `${nameOf.get(l.slug)} ${l.data.year} letter`]));
  const linked: string[] = [];
  for (const initial of initials) {
    await page.goto(initial);
    for (const link of await page.locator('main tbody td a').all()) {
      const path = await link.evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname);
      linked.push(path);
      // The name a screen reader gives the link, from the accessibility tree.
      await expect(link, path).toHaveAccessibleName(expected.get(path) ?? `no letter at ${path}`);
    }
  }
  expect(linked.sort()).toEqual([...expected.keys()].sort());
});
