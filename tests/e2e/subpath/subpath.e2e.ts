import { expect, test } from '../fixtures.ts';
import { siteGates } from '../gates.ts';
import { archiveLetters } from '../../../src/lib/site/archive-files.ts';
import { relativeHref } from '../../../src/lib/site/routes.ts';

// The real archive under a sub-path: every page's links are checked; the browser opens
// the largest of each template, enough to show styles, scripts and search load under the
// base. The markup is the real archive's, which its own gates validate and axe checks.
siteGates('dist-subpath', '/archive/', { open: 'one of each template', axe: 'none', markup: false });

test('under /archive/, links, styles and search all work', async ({ page }) => {
  const letter = archiveLetters().at(-1)!;
  const phrase = `"${letter.data.authority} children's services assessment ${letter.data.year}"`;
  await page.goto('/archive/');
  await expect(page.locator('header')).toHaveCSS('background-color', 'rgb(11, 61, 92)');
  await page.locator('main a[href="/archive/authorities/"]').first().click();
  // The A to Z leads to the letter's initial, whose page links its letters relative to itself.
  const initial = `/archive/authorities/a-to-z/${letter.slug.charAt(0)}/`;
  await page.locator(`main a[href="${relativeHref('/archive/authorities/', initial)}"]`).click();
  await page.locator(`main a[href="${relativeHref(initial, `/archive${letter.path}`)}"]`).click();
  await expect(page).toHaveURL(`/archive${letter.path}`);
  await page.locator('header input[name="q"]').fill(phrase);
  await page.locator('header button[type="submit"]').click();
  await expect(page).toHaveURL(/\/archive\/search\/\?q=/);
  const result = page.locator('#search-results .result h2 a');
  await expect(result).toHaveText([`${letter.data.authority}, ${letter.data.year}`]);
  await result.click();
  await expect(page).toHaveURL(
    new RegExp(`/archive/search/letter/\\?letter=${encodeURIComponent(letter.path.slice(1))}`),
  );
  await expect(page.locator('#hits-letter mark.hit').first()).toHaveText(/children/i);
  await expect(page.locator('[data-plain]')).toHaveAttribute('href', `/archive${letter.path}`);
});
