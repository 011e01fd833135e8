/**
 * What Ofsted kept asking for: one theme's areas for improvement gathered by authority,
 * so a page can show each authority's items across the years and name the authorities
 * asked about the theme again, in two or more years.
 */
import type { ImprovementItem } from './improvements.ts';
import type { Letter } from './letters.ts';
import { authoritySlug } from './slug.ts';
import type { AssessmentYear } from './years.ts';

export interface AuthorityItems<L extends Letter = Letter> {
  /** The authority's slug, from its letters' name: the same in every year. */
  slug: string;
  /** The name its latest letter in the theme gives it. */
  name: string;
  /** The years whose letters have an item in the theme, earliest first. */
  years: AssessmentYear[];
  /** Its items in the theme, by year, then in each letter's order. */
  items: ImprovementItem<L>[];
}

/** One theme's items by authority, A to Z by slug; `items` are those of the theme. */
export function itemsByAuthority<L extends Letter>(
  items: readonly ImprovementItem<L>[],
): AuthorityItems<L>[] {
  const bySlug = new Map<string, ImprovementItem<L>[]>();
  for (const item of items) {
    const slug = authoritySlug(item.letter.data.authority);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), item]);
  }
  return [...bySlug]
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([slug, own]) => {
      const sorted = own.toSorted(
        (a, b) => a.letter.data.year - b.letter.data.year || a.position - b.position,
      );
      return {
        slug,
        name: sorted[sorted.length - 1]!.letter.data.authority,
        years: [...new Set(sorted.map((item) => item.letter.data.year))],
        items: sorted,
      };
    });
}

/**
 * How many authorities asked again a theme page lists open; more are folded under one
 * line, so on a phone the theme's items are not screens below its heading.
 */
export const ASKED_AGAIN_SHOWN = 10;

/** The authorities asked about the theme in two or more years. */
export function askedAgain<L extends Letter>(groups: readonly AuthorityItems<L>[]): AuthorityItems<L>[] {
  return groups.filter((group) => group.years.length >= 2);
}

/**
 * Items on a page of a theme across the years: at 445 letters the largest theme holds
 * hundreds, and each page stays well within 60 KB of HTML.
 */
export const THEME_PAGE_ITEMS = 60;

/**
 * Groups split into pages of at most `max` items, never splitting a group (a group
 * larger than `max` has a page of its own), so a page stays within its size budget.
 * Always at least one page, empty when there is nothing.
 */
export function pagesOf<T>(groups: readonly T[], size: (group: T) => number, max: number): T[][] {
  const pages: T[][] = [[]];
  let count = 0;
  for (const group of groups) {
    const n = size(group);
    if (count > 0 && count + n > max) {
      pages.push([]);
      count = 0;
    }
    pages[pages.length - 1]!.push(group);
    count += n;
  }
  return pages;
}
