/**
 * Every letter of the archive, whatever it holds: its page carries every word of its
 * published text in order, its grade in words, anchored headings and numbered paragraphs,
 * its judgement near the top on a phone, a contents list, copying that carries only the
 * letter's words, Copy citation early by keyboard, and the assessment said to have ended. Exact expectations
 * about particular letters live in the fixture archive's tests.
 */
import { expect, test } from '../fixtures.ts';
import { readFileSync } from 'node:fs';
import { gradeWithNumber } from '../../../src/lib/archive/grades.ts';
import { letterFileBody } from '../../../src/lib/archive/frontmatter.ts';
import { letterParts } from '../../../src/lib/archive/letter-body.ts';
import { ASSESSMENT_YEARS } from '../../../src/lib/archive/years.ts';
import { ofstedReportsUrl } from '../../../src/lib/site/routes.ts';
import { archiveLetters, readArchiveData } from '../../../src/lib/site/archive-files.ts';
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
    // Every paragraph and bullet of the letter has an id of its own; the letter's own words
    // (outside the standard text) are numbered 1, 2, 3… in order, each number its one link.
    const passages = await page.locator('article .letter-body').evaluate((body) =>
      [...body.querySelectorAll('p, li')]
        .filter((node) => !(node.localName === 'p' && node.parentElement?.localName === 'li'))
        .map((node) => {
          const number = node.querySelector<HTMLAnchorElement>(':scope > a.passage-number');
          return {
            id: node.id,
            standard: node.closest('[data-standard-text]') !== null,
            number: number && {
              n: number.dataset.n,
              id: number.id,
              href: number.getAttribute('href'),
              name: number.getAttribute('aria-label'),
              text: number.textContent,
            },
            links: node.querySelectorAll('a').length,
          };
        }),
    );
    expect(passages.length).toBeGreaterThan(10);
    expect(passages.filter((p) => !/^p-[0-9a-f]{8}(-\d+)?$/.test(p.id))).toEqual([]);
    expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);
    const numbered = passages.filter((p) => p.number);
    expect(numbered.length).toBeGreaterThan(5);
    expect(numbered.map((p) => p.number)).toEqual(
      numbered.map((_, i) => ({
        n: String(i + 1),
        id: `para-${i + 1}`,
        href: `#para-${i + 1}`,
        name: `Paragraph ${i + 1}`,
        text: '',
      })),
    );
    expect(numbered.filter((p) => p.standard || p.links !== 1)).toEqual([]);
    // The letter's words, with its folds (letterhead, standard text) open, as print shows them.
    const article = normaliseText(
      await page.locator('article').evaluate((node) => {
        const copy = node.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('details').forEach((fold) => (fold.open = true));
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
  test(`${path}: published passage links still resolve, to numbered bullets`, async ({ page }) => {
    await page.goto(path);
    for (const id of ids) {
      await expect(page.locator(`article li#${id} > a.passage-number`)).toHaveAccessibleName(
        /^Paragraph \d+$/,
      );
    }
  });
}

/** The first letter's page, as the archive holds it. */
const first = letters[0]!;

test(`${first.path}: a paragraph followed by its number is marked and in view, below the page's top; its number is a 24 px target`, async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto(first.path);
  const paragraphs = page.locator('article .letter-body p:has(> a.passage-number)');
  // A paragraph well down the letter, so the page must scroll to it.
  const target = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
  const link = target.locator(':scope > a.passage-number');
  const id = (await link.getAttribute('id'))!;
  expect(id).toMatch(/^para-\d+$/);
  const background = () => target.evaluate((node) => getComputedStyle(node).backgroundColor);
  const unmarked = await background();
  const box = (await link.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(24);
  expect(box.height).toBeGreaterThanOrEqual(24);
  // In the margin: left of the paragraph's words.
  const words = (await target.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    range.setStartAfter(node.querySelector(':scope > a.passage-number')!);
    return range.getClientRects()[0]!.left;
  }))!;
  expect(box.x + box.width).toBeLessThanOrEqual(words);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  expect(await link.evaluate((node) => node.matches(':target'))).toBe(true);
  expect(await background()).not.toBe(unmarked);
  expect(await target.evaluate((node) => getComputedStyle(node).outlineStyle)).toBe('solid');
  await expect(target).toBeInViewport();
  // Scrolled to with room above it, not flush against the top of the window.
  const top = await target.evaluate((node) => node.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(16);
  // Opened from its address, the page shows the same passage marked; so does its older #p-… address.
  await page.goto(`${first.path}#${id}`);
  await expect(target).toBeInViewport();
  expect(await background()).not.toBe(unmarked);
  const older = (await target.getAttribute('id'))!;
  await page.goto(`${first.path}#${older}`);
  await expect(target).toBeInViewport();
  expect(await target.evaluate((node) => node.matches(':target'))).toBe(true);
});

for (const { path, slug, data } of letters) {
  test(`${path}: on a 320 by 640 phone the letter's own judgement starts within 1,600 px, under a header of at most 120 px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    // The judgement: the first paragraph of the letter's summary, read from its file.
    const body = letterFileBody(readFileSync(`content/letters/${slug}/${data.year}.mdx`, 'utf8'));
    const summary = letterParts(body).find((part) => part.key === 'summary');
    const first = summary?.blocks.find((block) => block.kind === 'paragraph');
    expect(first).toBeDefined();
    const judgement = page
      .locator('article .letter-body p')
      .filter({ hasText: normaliseText(first!.kind === 'paragraph' ? first!.text : '').slice(0, 60) });
    await expect(judgement).toHaveCount(1);
    const top = await judgement.evaluate((node) => node.getBoundingClientRect().top + scrollY);
    expect(top).toBeLessThanOrEqual(1600);
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(120);
    // The folds are closed, and their one line says what each holds.
    await expect(page.locator('.letter-text details[open]')).toHaveCount(0);
    await expect(page.locator('.letter-addresses > summary')).toHaveAccessibleName(/address/);
    // No sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}

test(`${first.path}: a contents list links each of the letter's section headings`, async ({ page }) => {
  await page.goto(first.path);
  const headings = await page
    .locator('article .letter-body :is(h2, h3)[id]')
    .evaluateAll((nodes) => nodes.map((node) => ({ id: node.id, text: (node as HTMLElement).innerText })));
  expect(headings.length).toBeGreaterThan(0);
  const contents = page.getByRole('navigation', { name: 'Contents' });
  const links = await contents.getByRole('link').evaluateAll((nodes) =>
    nodes.map((node) => ({
      id: node.getAttribute('href')!.slice(1),
      text: (node as HTMLElement).innerText,
    })),
  );
  expect(links).toEqual(headings);
  await contents.getByRole('link').last().click();
  await expect(page.locator(`[id="${headings.at(-1)!.id}"]`)).toBeInViewport();
});

test(`${first.path}: copying the letter copies its words only: no number, link name or fold label`, async ({
  page,
}) => {
  await page.goto(first.path);
  const select = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return selection.toString();
      });
  // One numbered passage: exactly its words.
  const passage = page.locator('article .letter-body p:has(> a.passage-number)').first();
  const words = await passage.evaluate((node) => {
    const copy = node.cloneNode(true) as HTMLElement;
    copy.querySelector('.passage-number')?.remove();
    return copy.textContent!.trim();
  });
  expect((await select('article .letter-body p:has(> a.passage-number)')).trim()).toBe(words);
  // The whole letter, its folds open and closed.
  for (const open of [false, true]) {
    if (open)
      await page
        .locator('.letter-text details')
        .evaluateAll((folds) => folds.forEach((f) => ((f as HTMLDetailsElement).open = true)));
    const copied = await select('article .letter-text');
    expect(copied).toContain(words);
    expect(copied).not.toMatch(/¶|Link to|Paragraph \d|Standard text Ofsted|Letterhead|^\s*\d+\s*$/m);
  }
});

test(`${first.path}: by keyboard, Copy citation comes before any paragraph's number, in a few Tabs`, async ({
  page,
}) => {
  await page.goto(first.path);
  const button = page.getByRole('button', { name: 'Copy citation' });
  await expect(page.locator('article a.passage-number').first()).toBeAttached();
  let tabs = 0;
  const passed: string[] = [];
  while (tabs < 60 && !(await button.evaluate((node) => node === document.activeElement))) {
    await page.keyboard.press('Tab');
    tabs++;
    passed.push(await page.evaluate(() => document.activeElement?.className ?? ''));
  }
  await expect(button).toBeFocused();
  expect(passed.filter((name) => name.includes('passage-number'))).toEqual([]);
  // Only what comes before the letter: the header (5 stops), the breadcrumb, the scale, Ofsted's
  // link, the contents and the citation field; never a stop per passage.
  expect(tabs).toBeLessThanOrEqual(20);
});

/** Each authority's short name, by slug, as the register gives it. */
const registerNames = new Map(readArchiveData().authorities.map(({ data }) => [data.slug, data.name]));

for (const { path, slug } of letters) {
  test(`${path} and its authority's page say the annual assessment ended after 2011, and link Ofsted's reports`, async ({
    page,
  }) => {
    const name = registerNames.get(slug)!;
    expect(name).toBeDefined();
    // The letter's page, and its authority's: /authorities/<slug>/.
    for (const at of [path, path.replace(/\d{4}\/$/, '')]) {
      await page.goto(at);
      const note = page.locator('.assessment-ended');
      await expect(note, at).toHaveCount(1);
      await expect(note).toContainText(
        `annual assessment ran from ${ASSESSMENT_YEARS[0]} to ${ASSESSMENT_YEARS.at(-1)}, then ended`,
      );
      await expect(note.getByRole('link', { name: `Ofsted's reports for ${name}` })).toHaveAttribute(
        'href',
        ofstedReportsUrl(name),
      );
    }
  });
}
