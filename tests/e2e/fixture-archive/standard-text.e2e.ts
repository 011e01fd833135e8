/**
 * Ofsted's standard text on a letter's page: every standard part the importer marked
 * (the opening explanation, the scale within it, the closing statutory sentence) is
 * inside an element carrying data-standard-text="<part>", labelled, and shown quietly;
 * nothing of the letter's own assessment is. Expectations come from the fixture letters.
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
  test(`${path}: each standard part is marked, labelled and quiet, and only those`, async ({ page }) => {
    const body = letterFileBody(readFileSync(`tests/fixtures/letters/${slug}/${data.year}.mdx`, 'utf8'));
    const expected = letterStandardText(body);
    expect(expected.map((s) => s.part)).toEqual(['opening', 'scale', 'statutory']);
    await page.goto(path);
    const marked = page.locator('article .letter-body [data-standard-text]');
    await expect(marked).toHaveCount(expected.length);
    for (const [i, { part, lines }] of expected.entries()) {
      const element = marked.nth(i);
      await expect(element).toHaveAttribute('data-standard-text', part);
      const shown = normaliseText(await element.innerText());
      for (const line of lines) expect(shown).toContain(normaliseText(line.replace(/\t/g, ' ')));
      if (part === 'scale') {
        // Within the opening, whose label covers it.
        await expect(page.locator('[data-standard-text="opening"] [data-standard-text="scale"]')).toHaveCount(
          1,
        );
        continue;
      }
      const label = element.locator('> .standard-text-label');
      await expect(label).toHaveText(new RegExp(`^Standard text Ofsted used in its ${data.year} letters: `));
      await expect(label).toHaveAttribute('data-pagefind-ignore', '');
      // Quiet: the muted colour, not the letter's own.
      const [standard, own] = await Promise.all([
        element.evaluate((node) => getComputedStyle(node).color),
        page.locator('article .letter-body h2').evaluate((node) => getComputedStyle(node).color),
      ]);
      expect(standard).not.toBe(own);
    }
    // The authority's heading, the grade line and the summary are the letter's own.
    await expect(page.locator('[data-standard-text] :is(h2, h3)')).toHaveCount(0);
    await expect(page.locator('[data-standard-text]', { hasText: `${data.authority}` })).toHaveCount(0);
  });
}
