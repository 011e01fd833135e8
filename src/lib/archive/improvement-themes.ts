/**
 * The taxonomy of what Ofsted asked for: content/improvement-themes.json, a short list of
 * themes, each with the terms that put an item in it. It is the only judgement the
 * /improvements/ page makes, written down so it can be reviewed: an item belongs to every
 * theme one of whose terms it contains, and to "other" when it contains none.
 */
import { z } from 'astro/zod';
import { foldQuotes } from './typography.ts';
import type { Problem } from './problems.ts';

const words = z.string().trim().min(1);

export const improvementThemeSchema = z.strictObject({
  /** The theme's identifier: its anchor on the page and its value in improvements.csv. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens' }),
  /** The theme's name as the page shows it. */
  name: words,
  /** One sentence on what the theme covers. */
  description: words,
  /**
   * Words or phrases that put an item in the theme, matched ignoring case and curly
   * quotes, at the start of a word: "care leaver" matches "care leavers".
   */
  terms: z.array(words).min(1),
  /**
   * Longer phrases a term can sit inside without meaning the theme: "referral" is a
   * safeguarding term, but not inside "pupil referral unit". A term found only inside
   * one of these does not put the item in the theme. Matched like the terms.
   */
  notWithin: z.array(words).optional(),
});

export type ImprovementTheme = z.output<typeof improvementThemeSchema>;

/** Where an item with none of the terms goes. Not in the file: every item has somewhere to be. */
export const OTHER_THEME: Omit<ImprovementTheme, 'terms'> = {
  id: 'other',
  name: 'Other',
  description: 'Items that contain none of the terms of the themes above.',
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern for phrases as the taxonomy writes them, matched on the item's own text (so a
 * match's place is a place in the words the page shows): any case, any run of spaces,
 * straight or curly quotes, and only at the start of a word; the match runs on to the end
 * of the word it starts, so "referral" marks all of "referrals".
 */
function phrasePattern(phrases: readonly string[]): RegExp {
  const alternatives = phrases.map((phrase) =>
    escapeRegExp(foldQuotes(phrase).trim())
      .replace(/\s+/g, '\\s+')
      .replace(/'/g, "['‘’‚‛′`]")
      .replace(/"/g, '["“”„‟″]'),
  );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

interface ThemePatterns {
  terms: RegExp;
  notWithin: RegExp | undefined;
}

const patterns = new WeakMap<ImprovementTheme, ThemePatterns>();
function patternsOf(theme: ImprovementTheme): ThemePatterns {
  let found = patterns.get(theme);
  if (!found) {
    found = {
      terms: phrasePattern(theme.terms),
      notWithin: theme.notWithin?.length ? phrasePattern(theme.notWithin) : undefined,
    };
    patterns.set(theme, found);
  }
  return found;
}

/** Where a term of a theme is in a text: its start and its words. */
export interface ThemeMatch {
  index: number;
  /** The words matched, as the text prints them. */
  text: string;
}

/** Every place in `text` where `pattern` matches, as [start, end) pairs. */
function spans(pattern: RegExp, text: string): [number, number][] {
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * The first place in `text` where one of the theme's terms is, outside its `notWithin`
 * phrases; undefined when there is none. Terms are tried together, so the earliest wins.
 */
export function themeMatch(text: string, theme: ImprovementTheme): ThemeMatch | undefined {
  const { terms, notWithin } = patternsOf(theme);
  const excluded = notWithin ? spans(notWithin, text) : [];
  for (const match of text.matchAll(terms)) {
    const [start, end] = [match.index, match.index + match[0].length];
    if (!excluded.some(([from, to]) => from <= start && end <= to)) return { index: start, text: match[0] };
  }
  return undefined;
}

/**
 * Each taxonomy's answers by text: a build asks for an item's themes for the improvements
 * pages and again on each compare page the letter is in, and matching every theme's terms
 * is the cost.
 */
const themesByText = new WeakMap<readonly ImprovementTheme[], Map<string, readonly string[]>>();

/** The ids of the themes whose terms `text` contains, in the taxonomy's order; ["other"] if none. */
export function themesOf(text: string, themes: readonly ImprovementTheme[]): string[] {
  let known = themesByText.get(themes);
  if (!known) themesByText.set(themes, (known = new Map()));
  let ids = known.get(text);
  if (!ids) {
    const matched = themes.filter((theme) => themeMatch(text, theme)).map((theme) => theme.id);
    known.set(text, (ids = matched.length ? matched : [OTHER_THEME.id]));
  }
  return [...ids];
}

/** Problems with a taxonomy as a whole: duplicate ids, or a theme claiming the id "other". */
export function themeProblems(themes: readonly ImprovementTheme[], file: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  themes.forEach((theme, i) => {
    if (theme.id === OTHER_THEME.id)
      problems.push({
        file,
        field: `[${i}].id`,
        message: `"${OTHER_THEME.id}" is kept for items that match no theme`,
      });
    if (seen.has(theme.id))
      problems.push({ file, field: `[${i}].id`, message: `"${theme.id}" is used twice` });
    seen.add(theme.id);
  });
  return problems;
}
