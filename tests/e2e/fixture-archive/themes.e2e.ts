/**
 * Themes across the years on the fixture archive: exact expectations on its letters.
 * Brackenmoor's 2010 item 2 is in safeguarding by its third sentence ("staying safe");
 * its item 1 names "pupil referral units", which is no referral to social care.
 */
import { expect, test } from '../fixtures.ts';
import { checkThemePages } from '../theme-pages.ts';

test('the safeguarding page across the years: the sentence that matched, marked, and who was asked again', async ({
  page,
}) => {
  await page.goto('/improvements/safeguarding/');
  await expect(page.locator('h1')).toHaveText('Safeguarding: what Ofsted asked for, 2009 to 2011');
  await expect(page.locator('main')).toContainText(
    '10 items in 10 of the 15 letters the archive holds, to 8 authorities.',
  );
  await expect(page.locator('main .by-year')).toHaveText(
    'By the year of their letter: 2009: 3 items, 2010: 4 items, 2011: 3 items.',
  );
  await expect(page.locator('section:has(#asked-again) p')).toHaveText(
    '2 authorities were asked about safeguarding in two or more years, of the 5 whose letters of two or more years the archive holds:',
  );
  await expect(page.locator('main details.asked-again-fold')).toHaveCount(0);
  await expect(page.locator('main ul.asked-again li')).toHaveText([
    'Eastwold Borough Council: 2009 and 2010',
    'Quillbridge Council: 2009 and 2011',
  ]);
  // Each name goes to its authority's items, which say it was asked again.
  await page.locator('main ul.asked-again a', { hasText: 'Quillbridge' }).click();
  await expect(page).toHaveURL(/\/improvements\/safeguarding\/#quillbridge$/);
  const quillbridge = page.locator('section.authority', { has: page.locator('h3#quillbridge') });
  await expect(quillbridge.locator('.asked-years')).toHaveText('Asked again: in 2009 and 2011.');
  await expect(quillbridge.locator('li mark')).toHaveText(['staying safe', 'safeguarding']);

  // The match in Brackenmoor's item is in its third sentence: that sentence is shown, marked.
  const brackenmoor = page.locator('section.authority', { has: page.locator('h3#brackenmoor') });
  await expect(brackenmoor.locator('.asked-years')).toHaveText('Asked in 2010, not in its 2011 letter.');
  await expect(brackenmoor.locator('li')).toHaveText([
    '2010, item 2: … Almost all provision supports children well in staying safe and the large majority help them to enjoy their learning.',
  ]);
  await expect(brackenmoor.locator('li mark')).toHaveText(['staying safe']);
  // Its item 1, on pupil referral units, is not a safeguarding item (nor on the year page).
  await expect(brackenmoor.locator('li a')).toHaveAttribute(
    'href',
    '../../authorities/brackenmoor/2010/#p-1d88ebcd',
  );
  await page.goto('/improvements/safeguarding/2010/');
  await expect(page.locator('main .theme-items li a', { hasText: 'Brackenmoor' })).toHaveText([
    'Brackenmoor County Council, item 2',
  ]);
  // In schools it is, by its third sentence: "progress in their primary schools", in its first,
  // is about the children, not the schools (the taxonomy's notWithin), so is not the match.
  await page.goto('/improvements/schools/2010/');
  await expect(
    page.locator('main .theme-items li', { hasText: 'Brackenmoor County Council, item 1' }).locator('mark'),
  ).toHaveText(['pupil referral units']);
});

test('a theme no item is in has its page, saying so', async ({ page }) => {
  await page.goto('/improvements/teenage-pregnancy/');
  await expect(page.locator('main')).toContainText(
    'No item in the 15 letters the archive holds has words that put it in this theme.',
  );
  await expect(page.locator('main .theme-items li')).toHaveCount(0);
  // Nothing describes items the page has none of.
  await expect(page.locator('main')).not.toContainText('Each item shows');
  // Each year says how many letters it is out of.
  await expect(page.locator('main .by-year')).toHaveText(
    'By the year of their letter: 2009: no item in the 4 letters of 2009 the archive holds, 2010: no item in the 5 letters of 2010 the archive holds, 2011: no item in the 6 letters of 2011 the archive holds.',
  );
});

test('every theme has a page across the years listing exactly its items, each with its match marked', async ({
  page,
  request,
}) => {
  await checkThemePages(page, request);
});
