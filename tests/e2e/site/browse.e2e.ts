/**
 * Browsing the real archive, whatever it holds: every letter is reachable from the A to
 * Z and from its year's page, and the counts shown equal the letters present. Exact
 * expectations (which change reads how) live in the fixture archive's tests.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, archiveLetters } from '../support.ts';

const letters = archiveLetters();
const hrefs = (html: string) => new Set([...html.matchAll(/\shref="([^"#?]*)/g)].map((m) => m[1]!));

test('every letter is reachable from the A to Z through its authority page', async ({ request }) => {
  const index = hrefs(await (await request.get('/authorities/')).text());
  const unreachable: string[] = [];
  for (const slug of new Set(letters.map((l) => l.slug))) {
    if (!index.has(`/authorities/${slug}/`)) {
      unreachable.push(`/authorities/${slug}/ (not in the A to Z)`);
      continue;
    }
    const links = hrefs(await (await request.get(`/authorities/${slug}/`)).text());
    for (const letter of letters.filter((l) => l.slug === slug)) {
      if (!links.has(letter.path)) unreachable.push(letter.path);
    }
  }
  expect(unreachable).toEqual([]);
});

for (const year of [2009, 2010, 2011]) {
  test(`/years/${year}/ links to exactly the ${year} letters present`, async ({ request }) => {
    const response = await request.get(`/years/${year}/`);
    expect(response.status()).toBe(200);
    const linked = [...hrefs(await response.text())].filter((href) =>
      new RegExp(`^/authorities/[^/]+/${year}/$`).test(href),
    );
    expect(linked.sort()).toEqual(letters.filter((l) => l.data.year === year).map((l) => l.path));
  });
}

test('the home page counts the letters and years present, and links to browse', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main input[name="q"]')).toBeVisible();
  const years = new Set(letters.map((l) => l.data.year)).size;
  const counts = page.locator('main .counts li');
  await expect(counts.filter({ hasText: /^\d+ letters?$/ })).toHaveText(
    `${letters.length} letter${letters.length === 1 ? '' : 's'}`,
  );
  await expect(counts.filter({ hasText: /with letters$/ })).toHaveText(
    `${years} year${years === 1 ? '' : 's'} with letters`,
  );
  await expect(page.locator('main a[href="/authorities/"]')).toBeVisible();
  await expect(page.locator('main a[href="/years/"]')).toBeVisible();
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
