/**
 * Site-wide quality gates over every page of a built site, as the build wrote them:
 * valid HTML, every internal link and #fragment resolving, and in Chromium no axe
 * violation, no request off the site's origin and no Content-Security-Policy violation.
 */
import { expect, test } from './fixtures.ts';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { Parser } from 'htmlparser2';
import { HITS_PATH, isLetterPath, pageKind } from '../../src/lib/site/routes.ts';
import { axeViolations, watchPage } from './support.ts';

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

/**
 * The values of these attributes on every element of a page, as an HTML parser reads them
 * (character references decoded; nothing taken from comments or scripts), optionally only
 * on the elements `where` accepts.
 */
function attributeValues(
  html: string,
  names: readonly string[],
  where: (tag: string, attributes: Record<string, string>) => boolean = () => true,
): string[] {
  const values: string[] = [];
  const parser = new Parser({
    onopentag(tag, attributes) {
      if (!where(tag, attributes)) return;
      for (const name of names) if (attributes[name] !== undefined) values.push(attributes[name]);
    },
  });
  parser.end(html);
  return values;
}

/**
 * A letter or digit against the start or end of an inline element ("or the<a", "</a>and"),
 * or the site's separators · and › without a space each side ("›<a", "E08000016·"): what
 * a reader sees as two words run together. A passage's anchor link, an icon after the
 * passage's last word, is meant to sit there, and so is a search filter's count, which
 * brings its own punctuation (": 36 letters").
 */
const INLINE = '(?:a|abbr|cite|code|em|q|span|strong|time)';
const WORD_AGAINST_ELEMENT = new RegExp(
  [
    `[\\p{L}\\p{N},;:›·]<${INLINE}\\b(?![^>]*class="(?:anchor|count)")`,
    `</${INLINE}>[\\p{L}\\p{N}›·]`,
    '[^\\s>][›·]|[›·][^\\s<]',
  ].join('|'),
  'gu',
);

/**
 * The links of a page whose name (their text, or their aria-label) carries escaped markup
 * ("children&#39;s") instead of words, as an HTML parser decodes it: what a screen reader
 * would read out. Empty when every link name is plain text.
 */
function escapedLinkNames(html: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let text = '';
  const parser = new Parser({
    onopentag(tag, attributes) {
      if (tag === 'a') {
        depth++;
        text = attributes['aria-label'] ?? '';
      }
    },
    ontext(chunk) {
      if (depth) text += chunk;
    },
    onclosetag(tag) {
      if (tag !== 'a' || !depth) return;
      depth--;
      if (/&#|&amp;|&lt;|&gt;/.test(text)) names.push(text.trim());
    },
  });
  parser.end(html);
  return names;
}

/**
 * The pages to open in a browser: the search pages with a query, so their scripts and
 * Pagefind run under the policy (and the hits page shows a letter).
 */
function pagesToVisit(pages: readonly string[]): string[] {
  const withQuery: Record<string, string> = {
    'search/': 'search/?q=children',
    [HITS_PATH]: `${HITS_PATH}?letter=${encodeURIComponent(pages.find(isLetterPath)!)}&q=children`,
  };
  return pages.map((page) => withQuery[page] ?? page);
}

/** The most a page may weigh, its HTML and the stylesheets it links: phones on slow networks. */
const PAGE_BUDGET = 60 * 1024;

/** Every built page, with its stylesheets, within the budget (pages list all 152 authorities). */
export function pageSizeGate(dist: string, base = '/'): void {
  test(`every page is at most ${PAGE_BUDGET / 1024} KB of HTML and CSS`, () => {
    const over: string[] = [];
    for (const page of builtPages(dist)) {
      const html = readFileSync(fileFor(dist, page)!, 'utf8');
      const stylesheet = (tag: string, attributes: Record<string, string>) =>
        tag === 'link' && attributes.rel === 'stylesheet';
      const styles = attributeValues(html, ['href'], stylesheet).map((href) =>
        fileFor(dist, withoutBase(href, base))!,
      );
      const bytes = [fileFor(dist, page)!, ...styles].reduce((sum, file) => sum + statSync(file).size, 0);
      if (bytes > PAGE_BUDGET) over.push(`${page}: ${bytes} bytes`);
    }
    expect(over).toEqual([]);
  });
}

type Pages = 'every page' | 'each template' | 'one of each template' | 'none';

export interface GateOptions {
  /** Which pages the browser opens: every one, a few of each template, or one of each. */
  open: Pages;
  /** Which of those axe checks: axe takes most of a second a page, the rest a tenth. */
  axe: Pages;
  /**
   * Whether every page's markup is checked (valid HTML, weight, no words run together, no
   * escaped link names), and each page opened on a 320 px phone. Off where another gate
   * checks the same markup: the sub-path build is the real archive's pages with another
   * base. Links and the sitemap are always checked, and each page opened is watched.
   */
  markup: boolean;
}

/**
 * `base` is the path the site is built under, as in astro.config's `base`: "/" or
 * "/archive/". Every page is checked without a browser; `options` say which pages the
 * browser checks too.
 */
export function siteGates(dist: string, base: string, options: GateOptions): void {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`${dist} is not built: run the build before the browser tests`);
  const pages = builtPages(dist);
  if (options.markup) markupGates(dist, base, pages);

  test('the sitemap lists every built page but the 404 and search hits pages', () => {
    expect(pages.length).toBeGreaterThan(5);
    expect([...sitemapPages(dist, base), ...UNLISTED].sort()).toEqual(pages);
  });

  test('every internal link and #fragment resolves to a built file and an element id', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!ids.has(file)) ids.set(file, new Set(attributeValues(readFileSync(file, 'utf8'), ['id'])));
      return ids.get(file)!;
    };
    const broken: string[] = [];
    for (const page of pages) {
      const file = fileFor(dist, page)!;
      const html = readFileSync(file, 'utf8');
      const targets = attributeValues(html, ['href', 'src', 'action']);
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

  browserGates(dist, base, pages, options);
}

/** Every page's own markup, without a browser: weight, valid HTML, words, link names. */
function markupGates(dist: string, base: string, pages: readonly string[]): void {
  pageSizeGate(dist, base);

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

  test('no word runs into a link, code or other inline element: a space lost at a line break', () => {
    const joined: string[] = [];
    for (const page of pages) {
      const html = readFileSync(fileFor(dist, page)!, 'utf8');
      for (const m of html.matchAll(WORD_AGAINST_ELEMENT))
        joined.push(`${page}: …${html.slice(Math.max(0, m.index - 30), m.index + 30)}…`);
    }
    expect(joined).toEqual([]);
  });

  test('no link is named with escaped markup ("&#39;") instead of words', () => {
    const escaped = pages.flatMap((page) =>
      escapedLinkNames(readFileSync(fileFor(dist, page)!, 'utf8')).map((name) => `${page}: ${name}`),
    );
    expect(escaped).toEqual([]);
  });
}

/** A phone 320 CSS px wide (WCAG 2.2 1.4.10 reflow: 1280 px at 400% zoom), as tall as a small one. */
const PHONE = { width: 320, height: 568 };
const DESKTOP = { width: 1280, height: 720 };
/** Pages opened by one test: enough to share the work between workers as the archive grows. */
const PAGES_PER_TEST = 10;

/**
 * A page's template: its path with what varies from page to page of one route taken out
 * ("authorities/*\/2010/" → letter, "improvements/schools/2010/" → improvements/*\/YYYY/).
 * Every other page is a template of its own.
 */
function templateOf(path: string): string {
  const kind = pageKind(path);
  if (kind !== 'other') return kind;
  return path
    .replace(/^(authorities\/regions|years\/\d{4})\/[^/]+\/$/, '$1/*/')
    .replace(/^improvements\/[^/]+\/(\d{4})\/$/, 'improvements/*/$1/')
    .replace(/\d{4}/g, 'YYYY');
}

/**
 * The first, the last and the largest page built from each template (or, with `one`, the
 * largest only): a few pages of each kind, chosen the same way every run, however many
 * letters the archive holds.
 */
function eachTemplate(dist: string, pages: readonly string[], one = false): string[] {
  const byTemplate = Map.groupBy(pages, templateOf);
  const chosen = new Set<string>();
  for (const group of byTemplate.values()) {
    const size = (page: string) => statSync(fileFor(dist, page)!).size;
    const largest = group.reduce((a, b) => (size(b) > size(a) ? b : a));
    for (const page of one ? [largest] : [group[0]!, group.at(-1)!, largest]) chosen.add(page);
  }
  return pages.filter((page) => chosen.has(page));
}

/**
 * In Chromium, each page opened: no axe violation of WCAG 2.2 AA, no request off the
 * site's origin, no console error (a Content-Security-Policy violation is one); then, on a
 * 320 px phone, no sideways scroll (a wide table scrolls inside its own named, focusable
 * region, never the page), no chart text below 12 px, and on a letter's page the letter
 * itself within the first two screens. `options` say which pages are opened, and which of
 * them axe checks: every one, or a few of each template. A few of each are enough, since
 * every page of a template is built from the same components and the largest has the
 * most of them; every page's markup is still checked without a browser.
 */
function browserGates(dist: string, base: string, pages: readonly string[], options: GateOptions): void {
  const choose = (which: Pages) =>
    new Set(
      which === 'every page'
        ? pages
        : which === 'none'
          ? []
          : eachTemplate(dist, pages, which === 'one of each template'),
    );
  const [opened, axed] = [choose(options.open), choose(options.axe)];
  const paths = pagesToVisit(pages);
  const visits = pages.flatMap((page, i) =>
    opened.has(page) ? [{ path: paths[i]!, axe: axed.has(page), letter: isLetterPath(page) }] : [],
  );
  for (let from = 0; from < visits.length; from += PAGES_PER_TEST) {
    const chunk = visits.slice(from, from + PAGES_PER_TEST);
    const phone = options.markup ? ', and on a 320 px phone' : '';
    test(`pages ${from + 1} to ${from + chunk.length} of ${visits.length} (${options.open}; axe on ${options.axe}): requests, console, axe${phone}`, async ({
      page,
      baseURL,
    }) => {
      // axe over a list of all 152 authorities takes seconds on a busy machine: room, not a limit tested.
      test.setTimeout(60_000 + chunk.length * 6_000);
      const problems: string[] = [];
      for (const { path, axe, letter } of chunk) {
        const watch = watchPage(page, new URL(baseURL!).origin);
        await page.setViewportSize(DESKTOP);
        await page.goto(`${base}${path}`);
        // Other pages are whole once loaded; the search pages then fetch their results.
        if (path.startsWith('search/?')) {
          await page.waitForLoadState('networkidle');
          await expect(page.locator('#search-status')).toHaveText(/^\d+ of the \d+ letters? in the archive /);
        }
        if (path.startsWith(HITS_PATH)) await expect(page.locator('#hits-letter article')).toBeVisible();
        const found = [
          ...(axe ? await axeViolations(page) : []),
          ...watch.offsite.map((url) => `requested off-site: ${url}`),
          ...watch.consoleErrors
            .filter((e) => !(path === '404.html' && /404/.test(e)))
            .map((e) => `console error: ${e}`),
        ];
        if (options.markup) {
          await page.setViewportSize(PHONE);
          found.push(...(await page.evaluate(measureForPhone, letter)).map((p) => `at 320 px, ${p}`));
          found.push(...(await page.evaluate(tablesOnPhone)).map((p) => `at 320 px, ${p}`));
        }
        watch.stop();
        problems.push(...found.map((problem) => `${base}${path}: ${problem}`));
      }
      expect(problems).toEqual([]);
    });
  }
}

/**
 * Runs in the page: what is wrong with its tables and grade badges on a phone, in words.
 * Every table cell shows all its text inside the screen, with nothing to scroll sideways
 * to reach it (an A to Z's years included); no text overflows its cell; no word is split
 * across lines (a dash or slash may end a line); a badge's "(3 of 4)" stays on one line.
 */
export function tablesOnPhone(): string[] {
  const problems: string[] = [];
  const screen = document.documentElement.clientWidth;
  const lines = (rects: DOMRectList | DOMRect[]) =>
    new Set([...rects].filter((r) => r.width > 0).map((r) => Math.round(r.bottom))).size;
  const hidden = (cell: Element) =>
    getComputedStyle(cell).clipPath !== 'none' || cell.getBoundingClientRect().width <= 1;
  const say = (cell: Element) => `"${(cell.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  for (const cell of document.querySelectorAll<HTMLElement>('main :is(th, td)')) {
    const box = cell.getBoundingClientRect();
    if (!cell.getClientRects().length || hidden(cell)) continue;
    if (box.left < -0.5 || box.right > screen + 0.5)
      problems.push(
        `a table cell ${say(cell)} reaches past the screen (${Math.round(box.left)}–${Math.round(box.right)} px)`,
      );
    // A scrolling box around the table hides what lies past its edge.
    for (let box2 = cell.parentElement; box2 && box2 !== document.body; box2 = box2.parentElement) {
      if (!/auto|scroll|hidden|clip/.test(getComputedStyle(box2).overflowX)) continue;
      const region = box2.getBoundingClientRect();
      if (box.left < region.left - 0.5 || box.right > region.right + 0.5)
        problems.push(`a table cell ${say(cell)} is cut off by a ${box2.localName} that scrolls sideways`);
    }
    if (cell.scrollWidth > cell.clientWidth + 1)
      problems.push(
        `a table cell ${say(cell)} clips its text (${cell.scrollWidth} px in ${cell.clientWidth})`,
      );
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (text.parentElement?.closest('.visually-hidden')) continue;
      // A text on one line splits no word: only wrapped text is looked at word by word.
      const whole = document.createRange();
      whole.selectNodeContents(text);
      if (lines(whole.getClientRects()) <= 1) continue;
      for (const word of text.textContent!.matchAll(/[^\s\-–—/]+[-–—/]?/g)) {
        const range = document.createRange();
        range.setStart(text, word.index);
        range.setEnd(text, word.index + word[0].length);
        if (lines(range.getClientRects()) > 1)
          problems.push(`the word "${word[0]}" is split across lines in a table cell ${say(cell)}`);
      }
      for (const scale of text.textContent!.matchAll(/\(\d+ of \d+\)/g)) {
        const range = document.createRange();
        range.setStart(text, scale.index);
        range.setEnd(text, scale.index + scale[0].length);
        if (lines(range.getClientRects()) > 1)
          problems.push(`"${scale[0]}" breaks across lines in a table cell ${say(cell)}`);
      }
    }
  }
  for (const number of document.querySelectorAll('.grade .number')) {
    if (lines(number.getClientRects()) > 1)
      problems.push(`a grade badge breaks inside "${number.textContent}"`);
  }
  // The A to Z: every year's column header is on the screen.
  for (const heading of document.querySelectorAll('table.authority-table thead th')) {
    if (!/^\d{4}$/.test(heading.textContent!.trim())) continue;
    const box = heading.getBoundingClientRect();
    if (box.width <= 1 || box.left < 0 || box.right > screen + 0.5)
      problems.push(`the A to Z's ${heading.textContent} column is not on the screen`);
  }
  return problems;
}

/** Runs in the page: what is wrong with it on a phone, in words ([] when nothing is). */
function measureForPhone(isLetterPage: boolean): string[] {
  const problems: string[] = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width)
    problems.push(`the page is ${document.documentElement.scrollWidth} px wide on a ${width} px screen`);
  // What scrolls sideways instead is a named region a keyboard can scroll (a wide table).
  for (const box of document.querySelectorAll<HTMLElement>('body *')) {
    if (box.scrollWidth <= box.clientWidth || !/auto|scroll/.test(getComputedStyle(box).overflowX)) continue;
    if (box.tabIndex < 0 || !box.getAttribute('aria-label'))
      problems.push(
        `a ${box.localName}.${box.className} scrolls sideways but is not a named, focusable region`,
      );
  }
  for (const text of document.querySelectorAll<SVGTextElement>('svg text')) {
    const size = parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 1);
    if (size < 12)
      problems.push(`chart text "${text.textContent?.trim()}" is drawn at ${size.toFixed(1)} px`);
  }
  const letter = document.querySelector('article.letter .letter-text');
  if (isLetterPage && !letter) problems.push('no letter text (article.letter .letter-text) on a letter page');
  if (isLetterPage && letter) {
    const walker = document.createTreeWalker(letter, NodeFilter.SHOW_TEXT, (node) =>
      node.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
    );
    const first = walker.nextNode();
    const range = document.createRange();
    if (first) range.selectNodeContents(first);
    const lineEnd = (first ? range.getClientRects()[0]!.bottom : Infinity) + window.scrollY;
    if (lineEnd > 2 * window.innerHeight)
      problems.push(`the letter's first line ends ${Math.round(lineEnd)} px down, past two screens`);
  }
  return problems;
}
