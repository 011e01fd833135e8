import { expect, test } from '@playwright/test';
import { siteGates } from '../gates.ts';

siteGates('dist-subpath', '/archive/');

test('under /archive/, links, styles and search all work', async ({ page }) => {
  await page.goto('/archive/');
  await expect(page.locator('header')).toHaveCSS('background-color', 'rgb(11, 61, 92)');
  await page.locator('main a', { hasText: '2011 letter' }).click();
  await expect(page).toHaveURL('/archive/authorities/northamptonshire/2011/');
  await page.locator('header input[name="q"]').fill('"leaving care"');
  await page.locator('header button[type="submit"]').click();
  await expect(page).toHaveURL('/archive/search/?q=%22leaving+care%22');
  const result = page.locator('#search-results .result h2 a');
  await expect(result).toHaveText(['Northamptonshire County Council, 2011']);
  await result.click();
  await expect(page).toHaveURL(
    /^http:\/\/localhost:\d+\/archive\/search\/letter\/\?letter=authorities%2Fnorthamptonshire%2F2011%2F/,
  );
  await expect(page.locator('#hits-letter mark.hit').first()).toHaveText(/leaving care/i);
  await expect(page.locator('[data-plain]')).toHaveAttribute(
    'href',
    '/archive/authorities/northamptonshire/2011/',
  );
});
