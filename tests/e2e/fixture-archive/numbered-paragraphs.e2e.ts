/**
 * Numbered paragraphs on the fixture archive's letters, exactly: the numbers run 1, 2, 3…
 * over the letter's own words (what lib/archive/letter-body.ts reads as its summary and
 * sections, after the grade line), never over the salutation, the standard text or the
 * sign-off; and a paragraph's number is cited by its words and its address.
 */
import { expect, test } from '../fixtures.ts';
import { readFileSync } from 'node:fs';
import { letterFileBody } from '../../../src/lib/archive/frontmatter.ts';
import { letterParts } from '../../../src/lib/archive/letter-body.ts';
import { archiveLetters } from '../../../src/lib/site/archive-files.ts';
import { normaliseText } from '../support.ts';

const letters = archiveLetters('tests/fixtures/letters');

for (const { path, slug, data } of letters) {
  test(`${path}: the numbered passages are the letter's own paragraphs and bullets, in order`, async ({
    page,
  }) => {
    const body = letterFileBody(readFileSync(`tests/fixtures/letters/${slug}/${data.year}.mdx`, 'utf8'));
    const own = letterParts(body).flatMap((part) =>
      part.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.items)),
    );
    expect(own.length).toBeGreaterThan(0);
    await page.goto(path);
    const numbered = await page
      .locator('article .letter-body :is(p, li):has(> a.passage-number)')
      .evaluateAll((nodes) =>
        nodes.map((node) => ({
          n: node.querySelector<HTMLElement>(':scope > a.passage-number')!.dataset.n,
          text: (node as HTMLElement).innerText,
        })),
      );
    expect(numbered.map((p) => normaliseText(p.text))).toEqual(own.map(normaliseText));
    expect(numbered.map((p) => p.n)).toEqual(own.map((_, i) => String(i + 1)));
  });
}

test('/authorities/hollowmere/2011/: following paragraph 3 cites it as "para 3" at #para-3', async ({
  page,
}) => {
  await page.goto('/authorities/hollowmere/2011/');
  await page.getByRole('link', { name: 'Paragraph 3', exact: true }).click();
  await expect(page).toHaveURL(/\/authorities\/hollowmere\/2011\/#para-3$/);
  await expect(page.getByLabel('Citation, ready to select and copy')).toHaveValue(
    `Ofsted, "Hollowmere Metropolitan Borough Council: children's services assessment 2011", letter to Hollowmere Metropolitan Borough Council, 24 December 2011, para 3. Assessment Letters archive, /authorities/hollowmere/2011/#para-3`,
  );
});

test('following a paragraph number says so beside the paragraph, opens the folded citation and announces it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/authorities/hollowmere/2011/');
  await expect(page.locator('.cite-fold')).not.toHaveAttribute('open');
  await page.getByRole('link', { name: 'Paragraph 3', exact: true }).click();
  const paragraph = page.locator('.letter-body :is(p, li):has(> #para-3)');
  await expect(paragraph).toHaveAttribute('data-cited', '3');
  expect(await paragraph.evaluate((el) => getComputedStyle(el, '::after').content)).toBe(
    '"Cited: the citation under “Cite this letter”, above, now ends “para 3”."',
  );
  await expect(page.locator('.cite-fold')).toHaveAttribute('open');
  await expect(page.locator('.cite-copy [role="status"]')).toHaveText('The citation now cites para 3.');
  // Following another number moves the note: one paragraph says it at a time.
  await page.getByRole('link', { name: 'Paragraph 4', exact: true }).click();
  await expect(page.locator('[data-cited]')).toHaveCount(1);
  await expect(page.locator('.letter-body :is(p, li):has(> #para-4)')).toHaveAttribute('data-cited', '4');
  // The note is drawn, never copied with the letter's words.
  expect(await paragraph.evaluate((el) => el.textContent)).not.toContain('Cited:');
});
