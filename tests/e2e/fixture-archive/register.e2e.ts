/**
 * The register and reported grades of the fixture archive (tests/fixtures/authorities.csv
 * and reported-grades.csv): every kind of evidence, with exact expectations.
 */
import { expect, test } from '../fixtures.ts';

const cells = (row: import('@playwright/test').Locator) => row.locator('td');

test('the A to Z names every authority of the register; each initial’s page has their grades and how each is known', async ({
  page,
}) => {
  await page.goto('/authorities/');
  const names = [
    'Ashcombe',
    'Brackenmoor',
    'Eastwold',
    'Fernleigh',
    'Hollowmere',
    'Kestleigh',
    'Larkford',
    "Marsh & St Anne's",
    'Millbrook',
    'Oakhurst',
    'Quillbridge',
    'Wrenfold',
    'Yarrowby',
  ];
  await expect(page.locator('main section li a')).toHaveText(names);
  await expect(page.getByRole('navigation', { name: 'Jump to initial' }).getByRole('link')).toHaveText([
    ...new Set(names.map((name) => name.charAt(0))),
  ]);
  const initial = page.locator('main section').filter({ has: page.locator('h2', { hasText: /^M$/ }) });
  await initial.getByRole('link', { name: 'Grades and letters of the 2 authorities under M' }).click();
  await expect(page).toHaveURL(/\/authorities\/a-to-z\/m\/$/);
  await expect(page.locator('h1')).toHaveText('Authorities A to Z: M');
  await expect(page.locator('main tbody th')).toHaveText(["Marsh & St Anne's", 'Millbrook']);
  await expect(
    page.getByRole('navigation', { name: 'Authorities by initial' }).getByRole('link', { name: 'M' }),
  ).toHaveAttribute('aria-current', 'page');

  const row = async (name: string) => {
    await page.goto(`/authorities/a-to-z/${name.charAt(0).toLowerCase()}/`);
    return cells(page.locator('main tbody tr').filter({ hasText: name }));
  };
  await expect(await row('Ashcombe')).toHaveText([
    'Performs excellently, reported',
    'Performs poorly, reported',
    'Not known',
  ]);
  // A letter's link is named in full; its authority and year are hidden from the eye, which has the row and column.
  await expect(await row('Brackenmoor')).toHaveText([
    'Not known',
    'Performs adequately, Brackenmoor 2010 letter',
    'Performs well, Brackenmoor 2011 letter',
  ]);
  await expect(await row('Hollowmere')).toHaveText([
    'Not known',
    'Performs excellently, stated',
    'Performs excellently, Hollowmere 2011 letter',
  ]);
  await expect(await row('Millbrook')).toHaveText(['Not known', 'Withheld', 'Performs adequately, reported']);
  await expect(await row('Oakhurst')).toHaveText(['Not known', 'Not known', 'Not known']);
});

test('the A to Z filters by region and by grade in a year with plain links', async ({ page }) => {
  await page.goto('/authorities/');
  await page.getByRole('link', { name: 'London', exact: true }).click();
  await expect(page).toHaveURL(/\/authorities\/regions\/london\/$/);
  await expect(page.locator('h1')).toHaveText('Authorities in London');
  await expect(page.locator('main .authority-table tbody th')).toHaveText(['Millbrook', 'Oakhurst']);
  // A region's filters by grade count its own authorities, not England's, and link to their names.
  await expect(page.locator('.filters')).toContainText('of the 2 authorities in London the archive knows');
  const london2010 = page.locator('.year-filters li').filter({ hasText: '2010:' });
  await expect(london2010).toHaveText('2010: Outcome withheld (1) · Not known (1)');
  await london2010.getByRole('link', { name: 'Not known' }).click();
  await expect(page).toHaveURL(/\/authorities\/regions\/london\/#y2010-not-known$/);
  await expect(page.locator('#y2010-not-known')).toContainText('Oakhurst');

  await page.goto('/authorities/');
  const year2010 = page.locator('.year-filters li').filter({ hasText: '2010:' });
  await expect(year2010).toHaveText(
    '2010: Performs excellently (1) · Performs well (1) · Performs adequately (4) · Performs poorly (2) · Outcome withheld (1) · Not known (4)',
  );
  await year2010.getByRole('link', { name: 'Performs adequately' }).click();
  await expect(page).toHaveURL(/\/years\/2010\/performs-adequately\/$/);
  await expect(page.locator('main tbody th')).toHaveText([
    'Brackenmoor',
    'Eastwold',
    'Kestleigh',
    'Yarrowby',
  ]);
});

test('an authority with no letter: its reported grades with every source, and how letters are added', async ({
  page,
}) => {
  await page.goto('/authorities/ashcombe/');
  const rows = page.locator('main table').first().locator('tbody tr');
  await expect(cells(rows.nth(0))).toHaveText([
    'Performs excellently (4 of 4)',
    "Reported: Ten councils excel in children's services (2009); Ashcombe Gazette: top marks for children's services",
  ]);
  await expect(rows.nth(0).locator('a')).toHaveCount(2);
  await expect(
    rows.nth(0).getByRole('link', { name: "Ashcombe Gazette: top marks for children's services" }),
  ).toHaveAttribute('href', 'https://gazette.example/ashcombe-excellent');
  await expect(cells(rows.nth(2))).toHaveText(['Not known', 'Not known']);
  await expect(page.locator('main .no-letter')).toContainText(
    'No letter for this authority is in the archive yet.',
  );
  await expect(page.locator('main .lead')).toHaveText(
    'Latest known grade: Performs poorly (1 of 4) in 2010, reported in 1 source.',
  );
  await expect(page.locator('svg[role="img"] desc')).toContainText(
    '2009: performs excellently (4 of 4), reported in 2 sources',
  );
  await expect(page.locator('main li[data-change]')).toHaveText([
    '2009 to 2010: Declined from performs excellently to performs poorly.',
  ]);
});

test('a withheld outcome is said in words, never as a grade, and is not counted as known', async ({
  page,
}) => {
  await page.goto('/authorities/millbrook/');
  const rows = page.locator('main table').first().locator('tbody tr');
  await expect(cells(rows.nth(1))).toHaveText([
    'Outcome withheld',
    "Outcome withheld from Ofsted's 2010 announcement; reported by Twelve councils rated poor (2010)",
  ]);
  await expect(page.locator('svg[role="img"] desc')).toContainText(
    "2010: outcome withheld from Ofsted's 2010 announcement",
  );
  await expect(page.locator('main li[data-change]')).toHaveCount(0);

  await page.goto('/years/2010/');
  await expect(page.locator('main .coverage')).toHaveText(
    'Coverage, 2010: the archive holds 5 of the 146 letters Ofsted published for 2010; grades are known for 8 of the 13 authorities in 2010.',
  );
});

test('a grade stated in a later letter and also reported shows both', async ({ page }) => {
  await page.goto('/authorities/hollowmere/');
  const known = cells(page.locator('main table').first().locator('tbody tr').nth(1)).nth(1);
  await expect(known).toHaveText(
    /^Stated in the 2011 letter: “?"?Children's services in Hollowmere Metropolitan Borough Council .*"?”?; also reported: Excellent ratings double, says Ofsted \(2010\)$/,
  );
});

test('/years/2010/: counts beside the national totals, each linking to its list; every authority with its evidence', async ({
  page,
}) => {
  await page.goto('/years/2010/');
  const counts = page.locator('main table').first().locator('tbody tr');
  await expect(counts.locator('td:nth-child(2)')).toHaveText(['1', '1', '4', '2', '1', '4']);
  await expect(counts.locator('td:nth-child(3)')).toHaveText(['20', '77', '37', '12', '6', '–']);
  // A grade a letter gives links the letter and counts the reports beside it (the
  // authority's page lists them): a year lists 152 authorities and must stay light.
  const hollowmere = page.locator('main table').last().locator('tbody tr').filter({ hasText: 'Hollowmere' });
  await expect(cells(hollowmere)).toHaveText([
    'Performs excellently',
    'Stated in the 2011 letter; also reported by 1 source',
    // Its 2009 grade is not known, so neither is the change: said, never a blank.
    'Not known',
  ]);
  await counts.filter({ hasText: 'Performs poorly' }).getByRole('link').click();
  await expect(page).toHaveURL(/\/years\/2010\/performs-poorly\/$/);
  await expect(page.locator('h1')).toHaveText('2010: performs poorly, known for 2 of the 13 authorities');
  const rows = page.locator('main tbody tr');
  await expect(rows.locator('th')).toHaveText(['Ashcombe', 'Wrenfold']);
  await expect(cells(rows.nth(0))).toHaveText([
    'Performs poorly',
    'Reported: Twelve councils rated poor (2010)',
    'Declined',
  ]);
  await expect(cells(rows.nth(1))).toHaveText(['Performs poorly', 'From the letter', 'Not known']);
  // Ashcombe has no letters to set side by side: its change is said, not linked.
  await expect(rows.nth(0).getByRole('link', { name: 'Declined' })).toHaveCount(0);
});

test('no letters to compare: the change said plainly, no compare link and no compare page', async ({
  page,
}) => {
  await page.goto('/authorities/ashcombe/');
  const compare = page.locator('main ul.compare li');
  await expect(compare).toHaveText([
    '2009 and 2010: declined from performs excellently to performs poorly (both reported).',
  ]);
  // Said once, below the pairs.
  await expect(page.locator('main .no-pair')).toHaveText(
    'The archive holds no letter of Ashcombe, so there is nothing to set side by side.',
  );
  expect((await page.locator('main').innerText()).split('side by side').length - 1).toBe(1);
  await expect(page.locator('main a[href*="/compare/"]')).toHaveCount(0);
  expect((await page.request.get('/authorities/ashcombe/compare/2009-2010/')).status()).toBe(404);
  // Where both letters are held, the link is offered.
  await page.goto('/authorities/brackenmoor/');
  await expect(page.getByRole('link', { name: 'Compare the 2010 and 2011 letters' })).toHaveAttribute(
    'href',
    '/authorities/brackenmoor/compare/2010-2011/',
  );
});

test('compare two letters two years apart, side by side, linked from both letters', async ({ page }) => {
  await page.goto('/authorities/quillbridge/2009/');
  await page.getByRole('link', { name: 'Compare with 2011' }).click();
  await expect(page).toHaveURL(/\/authorities\/quillbridge\/compare\/2009-2011\/$/);
  await expect(page.locator('main .change')).toHaveText(
    'Improved from performs poorly to performs adequately.',
  );
  // The summaries' first paragraphs, one of each year, each labelled with it.
  await expect(
    page.locator('section.part').first().locator('li.row').first().locator('.cell .year'),
  ).toHaveText(['2009:', '2011:']);
  await page.goto('/authorities/quillbridge/2011/');
  await expect(page.getByRole('link', { name: 'Compare with 2009' })).toHaveAttribute(
    'href',
    '/authorities/quillbridge/compare/2009-2011/',
  );
});
