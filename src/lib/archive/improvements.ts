/**
 * What Ofsted asked each authority to improve: the bullets under a letter's
 * further-development heading ("Areas for improvement", "Key areas for further
 * development" …), one item each, read through letter-body.ts so the items are exactly
 * the bullets the letter page shows, with the passage id that page gives each bullet.
 */
import { letterParts } from './letter-body.ts';
import type { Letter } from './letters.ts';
import { themeMatch, themesOf, type ImprovementTheme, OTHER_THEME } from './improvement-themes.ts';
import type { AssessmentYear } from './years.ts';

export interface ImprovementItem<L extends Letter = Letter> {
  letter: L;
  /** The heading the item sits under, as the letter prints it. */
  heading: string;
  /** 1 for the section's first bullet. */
  position: number;
  /** The bullet's words, as the page shows them. */
  text: string;
  /** The bullet's id on its letter page: `#${passageId}` goes straight to it. */
  passageId: string;
  /** The ids of the themes it belongs to; [OTHER_THEME] when none of the terms is in it. */
  themes: string[];
}

/**
 * Each item of one letter's areas for improvement, in the letter's order. `idOf` is the
 * letter page's own passage-id function (src/lib/markdown/passage-anchors.ts), passed in
 * so this model stays free of the renderer while using the very same ids.
 */
export function improvementItems<L extends Letter>(
  letter: L,
  body: string,
  idOf: (text: string) => string,
  themes: readonly ImprovementTheme[],
): ImprovementItem<L>[] {
  return letterParts(body)
    .filter((part) => part.key === 'improvement')
    .flatMap((part) =>
      part.blocks
        .flatMap((block) => (block.kind === 'list' ? block.items : []))
        .map((text, i) => ({
          letter,
          heading: part.heading,
          position: i + 1,
          text,
          passageId: idOf(text),
          themes: themesOf(text, themes),
        })),
    );
}

export interface ThemeGroup<L extends Letter = Letter> {
  id: string;
  name: string;
  description: string;
  items: ImprovementItem<L>[];
  /** Items by the year of their letter. */
  byYear: Record<AssessmentYear, number>;
  /** How many letters have at least one item in this theme. */
  letters: number;
}

/** The items of each theme, in the taxonomy's order, then "other"; an item counts once in each of its themes. */
export function groupByTheme<L extends Letter>(
  items: readonly ImprovementItem<L>[],
  themes: readonly ImprovementTheme[],
): ThemeGroup<L>[] {
  const all = [...themes, OTHER_THEME];
  return all.map((theme) => {
    const own = items.filter((item) => item.themes.includes(theme.id));
    const year = (y: AssessmentYear) => own.filter((item) => item.letter.data.year === y).length;
    return {
      id: theme.id,
      name: theme.name,
      description: theme.description,
      items: own,
      byYear: { 2009: year(2009), 2010: year(2010), 2011: year(2011) },
      letters: new Set(own.map((item) => item.letter.id)).size,
    };
  });
}

/**
 * The sentence of an item where a theme's term is, split round the term so a page can
 * mark it: `before` + `match` + `after` is the sentence, or a stretch of it cut at words
 * near `max` characters, with "…" wherever words of the item are left out.
 */
export interface MatchedSentence {
  before: string;
  match: string;
  after: string;
}

/** The sentences of a text, each with where it starts. */
function sentencesOf(text: string): { start: number; text: string }[] {
  return [...text.matchAll(/\S.*?(?:[.!?](?=\s|$)|$)/g)].map((m) => ({ start: m.index, text: m[0] }));
}

/** Words of `text` from its end, up to about `max` characters, cut at a word. */
function lastWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(-max);
  return `… ${cut.slice(cut.indexOf(' ') + 1)}`;
}

/** Words of `text` from its start, up to about `max` characters, cut at a word. */
function firstWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:]+$/, '')} …`;
}

/**
 * The sentence of `text` holding the theme's first term, with the term apart, or the
 * first sentence with no match when the item is in no theme of the taxonomy ("other").
 * "…" stands for sentences before or after it and for words cut from a long sentence.
 */
export function matchedSentence(
  text: string,
  theme: ImprovementTheme | undefined,
  max = 200,
): MatchedSentence {
  const found = theme ? themeMatch(text, theme) : undefined;
  const sentences = sentencesOf(text);
  const at = found ? found.index : 0;
  const sentence = sentences.findLast((s) => s.start <= at) ?? { start: 0, text };
  const from = at - sentence.start;
  const length = found?.text.length ?? 0;
  const room = Math.max(max - length, 0);
  const head = lastWords(sentence.text.slice(0, from), Math.round(room / 3));
  const tail = firstWords(sentence.text.slice(from + length), room - head.length);
  const isFirst = sentence.start === 0;
  const isLast = sentence.start + sentence.text.length >= text.trimEnd().length;
  return {
    before: isFirst || head.startsWith('…') ? head : `… ${head}`,
    match: found?.text ?? '',
    after: `${tail}${isLast || tail.endsWith('…') ? '' : ' …'}`,
  };
}
