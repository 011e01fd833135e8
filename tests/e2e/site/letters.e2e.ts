/**
 * Every letter of the archive, whatever it holds: its page carries every word of its
 * published text in order, its grade in words, and anchored headings. Exact expectations
 * about particular letters live in the fixture archive's tests.
 */
import { expect, test } from '../fixtures.ts';
import { readFileSync } from 'node:fs';
import { gradeWithNumber } from '../../../src/lib/archive/grades.ts';
import { archiveLetters } from '../../../src/lib/site/archive-files.ts';
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
    // Every paragraph and bullet of the letter has an id of its own and a ¶ link to it.
    const passages = await page.locator('article .letter-body').evaluate((body) =>
      [...body.querySelectorAll('p, li')]
        .filter((node) => !(node.localName === 'p' && node.parentElement?.localName === 'li'))
        .map((node) => ({
          id: node.id,
          link: node.querySelector(':scope > a.anchor')?.getAttribute('href') ?? null,
          text: (node.textContent ?? '').slice(0, 40),
        })),
    );
    expect(passages.length).toBeGreaterThan(10);
    expect(passages.filter((p) => !/^p-[0-9a-f]{8}(-\d+)?$/.test(p.id) || p.link !== `#${p.id}`)).toEqual([]);
    expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);
    // The letter's words, without the links the site adds to each heading, paragraph and bullet.
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

/** The first letter's page, as the archive holds it. */
const first = letters[0]!;

test(`${first.path}: a passage followed by its link is marked and in view, below the page's top; its ¶ is a 24 px target`, async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto(first.path);
  const paragraphs = page.locator('article .letter-body p[id]');
  // A paragraph well down the letter, so the page must scroll to it.
  const target = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
  const id = (await target.getAttribute('id'))!;
  const background = () => target.evaluate((node) => getComputedStyle(node).backgroundColor);
  const unmarked = await background();
  const link = target.locator(':scope > a.anchor');
  const box = (await link.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(24);
  expect(box.height).toBeGreaterThanOrEqual(24);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  expect(await target.evaluate((node) => node.matches(':target'))).toBe(true);
  expect(await background()).not.toBe(unmarked);
  expect(await target.evaluate((node) => getComputedStyle(node).outlineStyle)).toBe('solid');
  await expect(target).toBeInViewport();
  // Scrolled to with room above it, not flush against the top of the window.
  const top = await target.evaluate((node) => node.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(16);
  // Opened from its address, the page shows the same passage marked.
  await page.goto(`${first.path}#${id}`);
  await expect(target).toBeInViewport();
  expect(await target.evaluate((node) => node.matches(':target'))).toBe(true);
});
