/**
 * Site-wide quality gates over every page of a built site, as the build wrote them:
 * valid HTML, every internal link and #fragment resolving, and in Chromium no axe
 * violation, no request off the site's origin and no Content-Security-Policy violation.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { HITS_PATH, isLetterPath } from '../../src/lib/routes.ts';
import { expectNoAxeViolations, watchPage } from './support.ts';

/** Pages of the site that are not for search engines: the sitemap leaves them out. */
const UNLISTED = ['404.html', HITS_PATH];

/** Every page the build wrote, as its path below the base: "", "about/", "404.html". */
function builtPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map((file) => file.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** The pages the sitemap lists, through its index, as paths below the base. */
function sitemapPages(dist: string, base: string): string[] {
  const locs = (file: string) =>
    [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
      withoutBase(new URL(m[1]!).pathname, base),
    );
  return locs('sitemap-index.xml').flatMap(locs);
}

/** A path below the site's base, without it: /archive/about/ → about/ */
function withoutBase(pathname: string, base: string): string {
  if (!pathname.startsWith(base)) return `(outside the base ${base}) ${pathname}`;
  return pathname.slice(base.length);
}

/** The file a site path is served from, or undefined. */
function fileFor(dist: string, path: string): string | undefined {
  const candidates = [join(dist, path), join(dist, path, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

const attr = (html: string, pattern: RegExp) =>
  [...html.matchAll(pattern)].map((m) => m[1]!.replace(/&amp;/g, '&'));

/**
 * The names of the page's links that carry escaped markup ("children&#39;s") instead of
 * words: what a screen reader would read out. Empty when every link name is plain text.
 */
async function escapedLinkNames(page: Page): Promise<string[]> {
  const snapshot = await page.locator('body').ariaSnapshot();
  // Lines read `- link "name":`, quoted once more where the name has a colon.
  return [...snapshot.matchAll(/\blink "((?:[^"\\]|\\.)*)"/g)]
    .map((m) => m[1]!)
    .filter((name) => /&#|&amp;/.test(name));
}

/** `base` is the path the site is built under, as in astro.config's `base`: "/" or "/archive/". */
export function siteGates(dist: string, base = '/'): void {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`${dist} is not built: run the build before the browser tests`);
  const pages = builtPages(dist);

  test('the sitemap lists every built page but the 404 and search hits pages', () => {
    expect(pages.length).toBeGreaterThan(5);
    expect([...sitemapPages(dist, base), ...UNLISTED].sort()).toEqual(pages);
  });

  test('every page is valid HTML', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Astro writes void elements as <br> and attribute order as authored: style choices, not errors.
        'void-style': 'off',
        'no-trailing-whitespace': 'off',
        // Letters quote their own punctuation, e.g. "A* to C" and straight quotes.
        'no-raw-characters': 'off',
        // A letter page's title is the letter's own title, which runs past 70 characters.
        'long-title': 'off',
        // Search filters are checkbox groups: one name, many values, as HTML intends.
        'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
      },
    });
    const problems: string[] = [];
    for (const page of pages) {
      const file = fileFor(dist, page)!;
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages)
          problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('every internal link and #fragment resolves to a built file and an element id', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!ids.has(file)) ids.set(file, new Set(attr(readFileSync(file, 'utf8'), /\sid="([^"]*)"/g)));
      return ids.get(file)!;
    };
    const broken: string[] = [];
    for (const page of pages) {
      const file = fileFor(dist, page)!;
      const html = readFileSync(file, 'utf8');
      const targets = attr(html, /\s(?:href|src|action)="([^"]*)"/g);
      for (const target of targets) {
        const url = new URL(target, `http://site.test${base}${page}`);
        if (url.origin !== 'http://site.test') continue;
        const path = withoutBase(decodeURIComponent(url.pathname), base);
        const targetFile = fileFor(dist, path) ?? fileFor(dist, posix.normalize(path));
        if (!targetFile) {
          broken.push(`${page}: ${target} (no such file)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && targetFile.endsWith('.html') && !idsOf(targetFile).has(fragment)) {
          broken.push(`${page}: ${target} (no element with id "${fragment}")`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  // The search pages are visited with a query, so their scripts and Pagefind run under the policy.
  const withQuery: Record<string, string> = {
    'search/': 'search/?q=children',
    [HITS_PATH]: `${HITS_PATH}?letter=${encodeURIComponent(pages.find(isLetterPath)!)}&q=children`,
  };
  const visits = pages.map((page) => withQuery[page] ?? page);
  for (const path of visits) {
    test(`${base}${path}: no axe violation, no off-site request, no policy violation`, async ({
      page,
      baseURL,
    }) => {
      const watch = watchPage(page, new URL(baseURL!).origin);
      await page.goto(`${base}${path}`);
      await page.waitForLoadState('networkidle');
      if (path.startsWith('search/?')) await expect(page.locator('#search-status')).toContainText('found');
      if (path.startsWith(HITS_PATH)) await expect(page.locator('#hits-letter article')).toBeVisible();
      await expectNoAxeViolations(page);
      expect(await escapedLinkNames(page)).toEqual([]);
      expect(watch.offsite).toEqual([]);
      expect(watch.consoleErrors.filter((e) => !(path === '404.html' && /404/.test(e)))).toEqual([]);
    });
  }
}
