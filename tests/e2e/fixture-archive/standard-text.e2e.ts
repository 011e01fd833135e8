/**
 * Ofsted's standard text on a letter's page: every standard part the importer marked
 * (the opening explanation, the scale within it, the closing statutory sentence) is
 * inside an element carrying data-standard-text="<part>", folded under a label, shown
 * quietly, opened by a tap and printed open; nothing of the letter's own assessment is. Expectations come from the fixture letters.
 */
import { expect, test } from '../fixtures.ts';
import { readFileSync } from 'node:fs';
import { letterStandardText } from '../../../src/lib/archive/letter-body.ts';
import { letterFileBody } from '../../../src/lib/archive/frontmatter.ts';
import { archiveLetters } from '../../../src/lib/site/archive-files.ts';
import { normaliseText } from '../support.ts';

const letters = archiveLetters('tests/fixtures/letters');

test('the fixture archive has letters in three wordings of the standard text', () => {
  const slugs = letters.map((l) => l.path);
  expect(slugs).toEqual(
    expect.arrayContaining(['/authorities/larkford/2009/', '/authorities/yarrowby/2011/']),
  );
});

for (const { path, slug, data } of letters) {
  test(`${path}: each standard part is marked, folded under a label, quiet, opened by a tap, printed open, and only those`, async ({
    page,
  }) => {
    const body = letterFileBody(readFileSync(`tests/fixtures/letters/${slug}/${data.year}.mdx`, 'utf8'));
    const expected = letterStandardText(body);
    expect(expected.map((s) => s.part)).toEqual(['opening', 'scale', 'statutory']);
    await page.goto(path);
    const marked = page.locator('article .letter-body [data-standard-text]');
    await expect(marked).toHaveCount(expected.length);
    for (const [i, { part, lines }] of expected.entries()) {
      const element = marked.nth(i);
      await expect(element).toHaveAttribute('data-standard-text', part);
      if (part === 'scale') {
        // Within the opening, whose fold and label cover it.
        await expect(page.locator('[data-standard-text="opening"] [data-standard-text="scale"]')).toHaveCount(
          1,
        );
        continue;
      }
      // Folded: only its one line shows, naming what it is (drawn by CSS, so never copied).
      await expect(element).toHaveJSProperty('localName', 'details');
      await expect(element).not.toHaveAttribute('open');
      const label = element.locator('> summary.standard-text-label');
      await expect(label).toHaveAccessibleName(
        new RegExp(`^Standard text Ofsted used in its ${data.year} letters: `),
      );
      await expect(label).toHaveText('');
      const inside = element.locator('p').first();
      await expect(inside).toBeHidden();
      // Printed, it is open, without its label.
      await page.emulateMedia({ media: 'print' });
      await expect(inside).toBeVisible();
      await expect(label).toBeHidden();
      await page.emulateMedia({ media: 'screen' });
      // A tap opens it, and every line of it is there.
      await label.click();
      await expect(inside).toBeVisible();
      const shown = normaliseText(await element.innerText());
      for (const line of lines) expect(shown).toContain(normaliseText(line.replace(/\t/g, ' ')));
      // Quiet: the muted colour, not the letter's own.
      const [standard, own] = await Promise.all([
        element.evaluate((node) => getComputedStyle(node).color),
        page.locator('article .letter-body h2').evaluate((node) => getComputedStyle(node).color),
      ]);
      expect(standard).not.toBe(own);
      // Not numbered: the numbers are the letter's own words'.
      await expect(element.locator('.passage-number')).toHaveCount(0);
    }
    // The authority's heading, the grade line and the summary are the letter's own.
    await expect(page.locator('[data-standard-text] :is(h2, h3)')).toHaveCount(0);
    await expect(page.locator('[data-standard-text]', { hasText: `${data.authority}` })).toHaveCount(0);
  });
}
