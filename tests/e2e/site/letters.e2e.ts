import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  COPY_CITATION_SCRIPT,
  expectNoAxeViolations,
  missingInOrder,
  normaliseText,
  OTHER_SCRIPTS,
  sourceBlocks,
  sourceLetters,
  watchPage,
} from '../support.ts';

const letters = sourceLetters();

test('the archive has the two seed letters', () => {
  expect(letters.map((l) => l.path).sort()).toEqual([
    '/authorities/cambridgeshire/2010/',
    '/authorities/northamptonshire/2011/',
  ]);
});

// `passages`: bullet ids already published in passage links, which must keep resolving.
const expected: Record<string, { grade: string; headings: Record<string, string>; passages: string[] }> = {
  '/authorities/cambridgeshire/2010/': {
    grade: 'Performs well (3 of 4)',
    headings: {
      'cambridgeshire-county-council-childrens-services-assessment-2010':
        "Cambridgeshire County Council children's services assessment 2010",
      'key-areas-for-further-development': 'Key areas for further development',
      'outcomes-for-children-and-young-people': 'Outcomes for children and young people',
      'prospects-for-improvement': 'Prospects for improvement',
    },
    passages: ['p-c937d008', 'p-5b8ba825'],
  },
  '/authorities/northamptonshire/2011/': {
    grade: 'Performs adequately (2 of 4)',
    headings: {
      'northamptonshire-county-council-childrens-services-assessment-2011':
        "Northamptonshire County Council children's services assessment 2011",
      strengths: 'Strengths',
      'areas-for-further-improvement': 'Areas for further improvement',
    },
    passages: ['p-3bf74624'],
  },
};

for (const { source, path } of letters) {
  test.describe(path, () => {
    test('shows its grade in words and its section headings, with no errors, no off-site requests and only the copy-citation script', async ({
      page,
      baseURL,
    }) => {
      const watch = watchPage(page, new URL(baseURL!).origin);
      await page.goto(path);
      const want = expected[path]!;
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('article .summary .grade')).toHaveText(want.grade);
      for (const [id, text] of Object.entries(want.headings)) {
        const heading = page.locator(`article #${id}`);
        await expect(heading).toHaveText(text);
        const link = page.locator(`article .heading-anchored:has(#${id}) > a[href="#${id}"]`);
        await expect(link).toHaveCount(1);
        await expect(link).toHaveAccessibleName(`Link to the section: ${text}`);
      }
      for (const id of want.passages) {
        await expect(page.locator(`article li#${id} > a.anchor[href="#${id}"]`)).toHaveAccessibleName(
          'Link to this point',
        );
      }
      await expect(page.locator('article table')).toHaveCount(2);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.offsite).toEqual([]);
      expect(watch.scripts).toEqual([expect.stringMatching(COPY_CITATION_SCRIPT)]);
      await expect(page.locator(OTHER_SCRIPTS)).toHaveCount(0);
    });

    test('carries every word of its source text, in order', async ({ page }) => {
      await page.goto(path);
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
      expect(blocks.length).toBeGreaterThan(20);
      expect(missingInOrder(blocks, article)).toEqual([]);
    });

    test('has no WCAG 2.2 A or AA violations', async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  });
}

test('the home page lists both letters and passes axe', async ({ page, baseURL }) => {
  const watch = watchPage(page, new URL(baseURL!).origin);
  await page.goto('/');
  for (const { path } of letters) {
    await expect(page.locator(`main a[href="${path}"]`)).toHaveCount(1);
  }
  await expectNoAxeViolations(page);
  expect(watch.offsite).toEqual([]);
});
