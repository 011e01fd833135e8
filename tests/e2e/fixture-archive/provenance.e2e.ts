import { expect, test } from '../fixtures.ts';

test.describe('a handwritten signature is a picture, not words', () => {
  test('the letter page shows a labelled placeholder where it stands', async ({ page }) => {
    await page.goto('/authorities/wrenfold/2010/');
    const signature = page.getByRole('img', {
      name: 'Handwritten signature (a picture in the original letter)',
    });
    await expect(signature).toHaveText('[signature]');
    await expect(page.locator('article .letter-signatory')).toHaveText(
      "[signature]Sam SampleDivisional Manager, Children's Services Assessment",
    );
    // Left out of the search index, and no transcriber's description anywhere.
    await expect(page.locator('[data-pagefind-ignore] >> text=[signature]')).toHaveCount(1);
    await expect(page.locator('article')).not.toContainText('handwritten signature');
  });

  test('search finds no signature, and letters.json has no placeholder or description', async ({
    page,
    request,
  }) => {
    await page.goto('/search/?q=signature');
    await expect(page.locator('#search-status')).toHaveText(
      "No letter contains “signature” in the text searched: none of the 15 letters in the archive (of the 445 Ofsted published). Searched: each letter's own words, not its letterhead, addresses or signature, nor the standard text every letter prints (unless asked).",
    );
    await expect(page.locator('#search-results .result')).toHaveCount(0);
    const letters = (await (await request.get('/data/letters.json')).json()) as Array<{ text: string }>;
    expect(letters.length).toBeGreaterThan(0);
    for (const letter of letters) {
      expect(letter.text).not.toMatch(/signature/i);
      expect(letter.text).toMatch(/Yours (?:sincerely|faithfully)\nSam Sample\n/);
    }
  });
});

test.describe('where a letter came from', () => {
  test('a letter with a known original links to it, with the day it was retrieved', async ({ page }) => {
    await page.goto('/authorities/brackenmoor/2010/');
    const original = page.locator('.letter-original');
    await expect(original).toHaveText(
      'Original: https://example.org/ofsted/brackenmoor-2010.pdf (retrieved 5 January 2011)',
    );
    await expect(original.locator('a')).toHaveAttribute(
      'href',
      'https://example.org/ofsted/brackenmoor-2010.pdf',
    );
  });

  test('a letter whose original is not known says so', async ({ page }) => {
    await page.goto('/authorities/brackenmoor/2011/');
    await expect(page.locator('.letter-original')).toHaveText(
      'Ofsted published this letter as a PDF; where it was published was not recorded.',
    );
    await expect(page.locator('.letter-original a')).toHaveCount(0);
  });

  test('letters.json carries the provenance and every SHA-256', async ({ request }) => {
    const letters = (await (await request.get('/data/letters.json')).json()) as Array<{
      authority: string;
      year: number;
      source: { url?: string; retrieved?: string; sha256: string };
    }>;
    const brackenmoor = letters.find((l) => l.authority === 'Brackenmoor County Council' && l.year === 2010)!;
    expect(brackenmoor.source).toMatchObject({
      url: 'https://example.org/ofsted/brackenmoor-2010.pdf',
      retrieved: '2011-01-05',
    });
    for (const letter of letters) expect(letter.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
