/**
 * The A to Z links every letter the archive holds, each in its authority's row. The links
 * are named "letter" in the context of their row and year column, which a screen reader
 * announces with them: a full name on each ("Leeds 2011 letter") would take the page over
 * its 60 KB at 445 letters.
 */
import { expect, test } from '../fixtures.ts';
import { archiveLetters } from '../../../src/lib/site/archive-files.ts';

test('every letter in the A to Z is linked from its authority’s row', async ({ page }) => {
  const letters = archiveLetters();
  await page.goto('/authorities/');
  const links = await page.locator('main table tbody tr').evaluateAll((rows) =>
    rows.flatMap((row) => {
      const authority = row.querySelector('th a')!.getAttribute('href')!.replace(/\/$/, '');
      return [...row.querySelectorAll('td a')].map((a) => ({
        authority,
        href: a.getAttribute('href')!,
        name: a.textContent,
      }));
    }),
  );
  expect(links.map((l) => l.href).sort()).toEqual(letters.map((l) => `${l.slug}/${l.data.year}/`).sort());
  for (const link of links) {
    expect(link.href.startsWith(`${link.authority}/`)).toBe(true);
    expect(link.name).toBe('letter');
  }
});
