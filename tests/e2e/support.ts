import AxeBuilder from '@axe-core/playwright';
import { expect, type ConsoleMessage, type Page, type Request } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { isSignatureNote } from '../../src/lib/archive/letter-patterns.ts';
import type { ArchiveLetter } from '../../src/lib/site/archive-files.ts';

/** WCAG 2.2 A and AA, as axe tags them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The page's WCAG 2.2 AA violations as axe finds them, a line each: [] when there are none.
 * Only violations are collected node by node: axe then skips building a selector for every
 * element that passes.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // options() replaces every option given before it, so it comes before withTags(). Legacy
  // mode runs axe in the page itself, without opening a blank page to finish each run (the
  // site has no cross-origin frames, which that page is for): a page's check in half the time.
  const { violations } = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS)
    .setLegacyMode(true)
    .analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/**
 * The one script a letter's page loads: the Copy citation button's (CopyCitation.astro),
 * as its built file's path.
 */
export const COPY_CITATION_SCRIPT = /\/_astro\/CopyCitation\b[^/]*\.js$/;

/** A selector for any script element but the copy-citation module's: none on a letter's page. */
export const OTHER_SCRIPTS = 'script:not([type="module"][src*="/_astro/CopyCitation"])';

export interface PageWatch {
  consoleErrors: string[];
  /** Requests to any origin but the site's own. */
  offsite: string[];
  scripts: string[];
  /** Stops recording: for a page that goes on to open another. */
  stop(): void;
}

/** Start before navigating: records console errors, off-site requests and scripts loaded. */
export function watchPage(page: Page, origin: string): PageWatch {
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  };
  const onError = (error: Error) => watch.consoleErrors.push(error.message);
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
      watch.offsite.push(request.url());
    if (request.resourceType() === 'script') watch.scripts.push(request.url());
  };
  const watch: PageWatch = {
    consoleErrors: [],
    offsite: [],
    scripts: [],
    stop() {
      page.off('console', onConsole).off('pageerror', onError).off('request', onRequest);
    },
  };
  page.on('console', onConsole).on('pageerror', onError).on('request', onRequest);
  return watch;
}

/** How a search result names a letter: "<authority>, <year>". */
export const resultHeading = ({ data }: ArchiveLetter) => `${data.authority}, ${data.year}`;

/** A letter's published words, lower case and single-spaced, for checking search results. */
export function letterWords({ source }: ArchiveLetter): string {
  return sourceBlocks(readFileSync(source, 'utf8')).join(' ').toLowerCase();
}

/** Text compared for "nothing lost": straight quotes, plain hyphens, single spaces. */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The source's blocks of text in order, without the PDF's artefacts: blank and
 * space-only lines (page ends), the dashed rule under the grade line, and the signature
 * (a picture, noted in the text; not words of the letter).
 */
export function sourceBlocks(source: string): string[] {
  return source
    .split(/\r?\n(?:[ \t\u00a0]*\r?\n)+/)
    .map((block) =>
      block
        .split(/\r?\n/)
        .filter((line) => !/^[-\s]*$/.test(line))
        .map((line) => line.replace(/^\s*[-•*]\s+/, ''))
        .join(' '),
    )
    .filter((block) => !isSignatureNote(block))
    .map(normaliseText)
    .filter(Boolean);
}

/** The blocks that are not found, in order, in the text: [] when nothing is lost. */
export function missingInOrder(blocks: readonly string[], text: string): string[] {
  const missing: string[] = [];
  let from = 0;
  for (const block of blocks) {
    const at = text.indexOf(block, from);
    if (at < 0) missing.push(block);
    else from = at + block.length;
  }
  return missing;
}
