import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isSignatureNote } from '../../src/lib/letter-text.ts';

/** WCAG 2.2 A and AA, as axe tags them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
  );
  expect(summary).toEqual([]);
}

export interface PageWatch {
  consoleErrors: string[];
  /** Requests to any origin but the site's own. */
  offsite: string[];
  scripts: string[];
}

/** Start before navigating: records console errors, off-site requests and scripts loaded. */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { consoleErrors: [], offsite: [], scripts: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
      watch.offsite.push(request.url());
    if (request.resourceType() === 'script') watch.scripts.push(request.url());
  });
  return watch;
}

/** Every published source text, as content/sources/<slug>/<year>.txt, and its letter page. */
export function sourceLetters(root = 'content/sources'): Array<{ source: string; path: string }> {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(root, dir.name))
        .filter((name) => /^\d{4}\.txt$/.test(name))
        .map((name) => ({
          source: join(root, dir.name, name),
          path: `/authorities/${dir.name}/${name.slice(0, 4)}/`,
        })),
    );
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
