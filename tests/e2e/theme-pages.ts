/**
 * What every theme's pages must show, on any archive: its page across the years lists
 * exactly the items improvements.json puts in the theme (following its pages), each with
 * one marked match that begins with one of the theme's terms, inside the item's own words;
 * and each year's pages list exactly that year's items. Expectations come from the
 * archive's files (the taxonomy, improvements.json), never from the site's code.
 */
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export interface Theme {
  id: string;
  terms: string[];
}

/** The taxonomy as its file holds it, and "other" for items of none of its themes. */
export function taxonomy(): Theme[] {
  const themes = JSON.parse(readFileSync('content/improvement-themes.json', 'utf8')) as Theme[];
  return [...themes, { id: 'other', terms: [] }];
}

export interface Item {
  url: string;
  text: string;
  year: number;
  themes: string[];
}

export async function improvementItems(request: APIRequestContext): Promise<Item[]> {
  return (await (await request.get('/data/improvements.json')).json()) as Item[];
}

const folded = (text: string) => text.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').toLowerCase();

interface Listed {
  /** The link's address, path and fragment. */
  url: string;
  marks: string[];
  /** The words after the link: the sentence shown. */
  shown: string;
}

/** Every item listed on the pages from `start` on, following the "Pages of" links; read in one go per page. */
async function listedFrom(page: Page, start: string): Promise<Listed[]> {
  const listed: Listed[] = [];
  let next: string | undefined = start;
  while (next) {
    await page.goto(next);
    const { items, after } = await page.evaluate(() => {
      const path = (a: HTMLAnchorElement) => new URL(a.href).pathname + new URL(a.href).hash;
      const lis = [...document.querySelectorAll('main .theme-items li')];
      const following = document.querySelector<HTMLAnchorElement>(
        'main nav.pages li:has(a[aria-current="page"]) + li a',
      );
      return {
        items: lis.map((li) => {
          const link = li.querySelector('a')!;
          return {
            url: path(link),
            marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
            shown: (li.textContent ?? '').slice((link.textContent ?? '').length + 2),
          };
        }),
        after: following ? new URL(following.href).pathname : undefined,
      };
    });
    listed.push(...items);
    next = after;
  }
  return listed;
}

/** Each listed item is one of `own`, with its match marked inside its words. */
function checkListed(listed: Listed[], own: Item[], theme: Theme, where: string) {
  expect(listed.map((l) => l.url).sort(), where).toEqual(own.map((i) => i.url).sort());
  for (const l of listed) {
    const item = own.find((i) => i.url === l.url)!;
    const words = l.shown.replace(/^… /, '').replace(/ …$/, '');
    for (const part of words.split(' … ')) expect(folded(item.text), where).toContain(folded(part));
    if (theme.terms.length === 0) {
      expect(l.marks, where).toEqual([]);
      continue;
    }
    expect(l.marks, where).toHaveLength(1);
    const mark = folded(l.marks[0]!);
    expect(
      theme.terms.some((term) => mark.startsWith(folded(term))),
      `${where}: ${mark}`,
    ).toBe(true);
  }
}

/** Every theme's page across the years, and every page of each of its years. */
export async function checkThemePages(page: Page, request: APIRequestContext) {
  const items = await improvementItems(request);
  for (const theme of taxonomy()) {
    const own = items.filter((i) => i.themes.includes(theme.id));
    checkListed(await listedFrom(page, `/improvements/${theme.id}/`), own, theme, theme.id);
    for (const year of [2009, 2010, 2011]) {
      const ofYear = own.filter((i) => i.year === year);
      const path = `/improvements/${theme.id}/${year}/`;
      if (ofYear.length === 0) expect((await request.get(path)).status(), path).toBe(404);
      else checkListed(await listedFrom(page, path), ofYear, theme, path);
    }
  }
}
