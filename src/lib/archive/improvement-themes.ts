/**
 * The taxonomy of what Ofsted asked for: content/improvement-themes.json, a short list of
 * themes, each with the terms that put an item in it. It is the only judgement the
 * /improvements/ page makes, written down so it can be reviewed: an item belongs to every
 * theme one of whose terms it contains, and to "other" when it contains none.
 */
import { z } from 'astro/zod';
import { foldQuotes } from './typography.ts';

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

const fold = (text: string) => foldQuotes(text).toLowerCase().replace(/\s+/g, ' ');

const patterns = new WeakMap<ImprovementTheme, RegExp>();
function patternOf(theme: ImprovementTheme): RegExp {
  let pattern = patterns.get(theme);
  if (!pattern) {
    const alternatives = theme.terms.map((term) => escapeRegExp(fold(term).trim()).replace(/ /g, '\\s+'));
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'u');
    patterns.set(theme, pattern);
  }
  return pattern;
}

/** The ids of the themes whose terms `text` contains, in the taxonomy's order; ["other"] if none. */
export function themesOf(text: string, themes: readonly ImprovementTheme[]): string[] {
  const folded = fold(text);
  const matched = themes.filter((theme) => patternOf(theme).test(folded)).map((theme) => theme.id);
  return matched.length ? matched : [OTHER_THEME.id];
}

/** Problems with a taxonomy as a whole: duplicate ids, or a theme claiming the id "other". */
export function themeProblems(themes: readonly ImprovementTheme[], file: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  themes.forEach((theme, i) => {
    if (theme.id === OTHER_THEME.id)
      problems.push(`${file}: [${i}].id: "${OTHER_THEME.id}" is kept for items that match no theme`);
    if (seen.has(theme.id)) problems.push(`${file}: [${i}].id: "${theme.id}" is used twice`);
    seen.add(theme.id);
  });
  return problems;
}
