/**
 * Every letter of the archive, whatever it holds: its page carries every word of its
 * published text in order, its grade in words, and anchored headings. Exact expectations
 * about particular letters live in the fixture archive's tests.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gradeWithNumber } from '../../../src/lib/archive/grades.ts';
import { archiveLetters } from '../../../src/lib/import/archive-files.ts';
import {
  COPY_CITATION_SCRIPT,
  missingInOrder,
  normaliseText,
  OTHER_SCRIPTS,
  sourceBlocks,
  watchPage,
} from '../support.ts';

const letters = archiveLetters();

test('the archive has letters to test', () => {
  expect(letters.length).toBeGreaterThan(0);
});

for (const { source, path, data } of letters) {
  test(`${path} carries every word of its source in order, its grade in words and anchored headings, with only the copy-citation script`, async ({
    page,
    baseURL,
  }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('article .summary .grade')).toHaveText(gradeWithNumber(data.grade));
    // The title and each section heading link to themselves.
    const headings = page.locator('article .letter-body :is(h2, h3)[id]');
    expect(await headings.count()).toBeGreaterThan(0);
    for (const id of await headings.evaluateAll((nodes) => nodes.map((node) => node.id))) {
      const link = page.locator(`article .heading-anchored:has(#${id}) > a[href="#${id}"]`);
      await expect(link).toHaveCount(1);
      await expect(link).toHaveAccessibleName(
        `Link to the section: ${await page.locator(`#${id}`).innerText()}`,
      );
    }
    // The letter's words, without the links the site adds to each heading and bullet.
    const article = normaliseText(
      await page.locator('article').evaluate((node) => {
        const copy = node.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.anchor').forEach((anchor) => anchor.remove());
        document.body.append(copy);
        const text = copy.innerText;
        copy.remove();
        return text;
      }),
    );
    const blocks = sourceBlocks(readFileSync(source, 'utf8'));
    expect(blocks.length).toBeGreaterThan(10);
    expect(missingInOrder(blocks, article)).toEqual([]);
    if (data.signatory.signatureImage) {
      await expect(page.getByRole('img', { name: /^Handwritten signature/ })).toHaveText('[signature]');
    }
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offsite).toEqual([]);
    expect(watch.scripts).toEqual([expect.stringMatching(COPY_CITATION_SCRIPT)]);
    await expect(page.locator(OTHER_SCRIPTS)).toHaveCount(0);
  });
}

// Passage links already published: their ids must keep resolving, whatever else changes.
const PUBLISHED_PASSAGES: Record<string, string[]> = {
  '/authorities/cambridgeshire/2010/': ['p-c937d008', 'p-5b8ba825'],
  '/authorities/northamptonshire/2011/': ['p-3bf74624'],
};
for (const [path, ids] of Object.entries(PUBLISHED_PASSAGES)) {
  test(`${path}: published passage links still resolve`, async ({ page }) => {
    await page.goto(path);
    for (const id of ids) {
      await expect(page.locator(`article li#${id} > a.anchor[href="#${id}"]`)).toHaveAccessibleName(
        'Link to this point',
      );
    }
  });
}
