/**
 * The search page's view: its form, status, cards and results, drawn with DOM methods and
 * text only. It decides nothing about what matches (lib/search/search-controller.ts does).
 */
import {
  FILTER_KEYS,
  hasFilters,
  parseSearchParams,
  toSearchParams,
  type SearchState,
} from '../lib/search/search-query.ts';
import type { ArchiveCoverage } from '../lib/search/search-match.ts';
import { gradeYearText, lettersHeld, type Card } from '../lib/search/search-answers.ts';
import type { Instead } from '../lib/search/search-controller.ts';
import type { PagefindResultData, PagefindSubResult } from '../lib/search/pagefind-types.ts';
import { GRADES, gradeWithNumber } from '../lib/archive/grades.ts';
import { plural } from '../lib/archive/plural.ts';
import { hitsUrl, searchUrl } from '../lib/site/routes.ts';
import { appendExcerpt } from './excerpt.ts';

export const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const suggestion = document.querySelector<HTMLElement>('#search-suggestion')!;
export const list = document.querySelector<HTMLOListElement>('#search-results')!;
const emptyHelp = document.querySelector<HTMLTemplateElement>('#search-empty')!;
export const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const authority = form.querySelector<HTMLInputElement>('input[name="authority"]')!;
const standardBox = form.querySelector<HTMLInputElement>('input[name="standard"]')!;
const answersList = document.querySelector<HTMLUListElement>('#search-answers')!;
/** The year and grade boxes (not "Include the standard text", which is no filter). */
const FILTER_BOXES = 'fieldset.filter input[type="checkbox"]';
const SITE_NAME = document.title.split(' | ').at(-1)!;
const PAGE_TITLE = document.title;

/** Letters in the archive and letters Ofsted published, by year, as the page was built. */
export const archiveCoverage = JSON.parse(status.dataset.coverage ?? '{}') as ArchiveCoverage;
/** The register's names, as the page was built. */
export const registerNames = JSON.parse(answersList.dataset.names ?? '[]') as string[];

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function formState(): SearchState {
  const data = new FormData(form);
  const params = new URLSearchParams();
  for (const [key, value] of data) if (typeof value === 'string') params.append(key, value);
  return parseSearchParams(params);
}

/** Clears the last search's answer and shows `state` in the form and the page's title. */
export function showState(state: SearchState): void {
  input.value = state.q;
  authority.value = state.filters.authority.join(' ');
  sortSelect.value = state.sort;
  standardBox.checked = state.standard;
  const chosen = FILTER_KEYS.reduce((n, key) => n + state.filters[key].length, 0);
  const summary = document.querySelector('#filters-chosen');
  if (summary) summary.textContent = chosen ? `(${chosen} chosen)` : '';
  for (const box of filterBoxes()) {
    box.checked = state.filters[box.name as (typeof FILTER_KEYS)[number]]?.includes(box.value) ?? false;
  }
  // The page's title names the search, for the tab, history and bookmarks.
  const what = state.q || (hasFilters(state) ? 'Letters by filter' : '');
  document.title = what ? `${what} — Search | ${SITE_NAME}` : PAGE_TITLE;
  list.replaceChildren();
  answersList.replaceChildren();
  suggestion.replaceChildren();
  suggestion.hidden = true;
  // Until the search has looked for what to try instead (or has no need to).
  suggestion.dataset.looking = '';
  more.hidden = true;
}

/** The search has shown what to try instead, if anything: `data-looking` goes. */
export function doneLooking(): void {
  delete suggestion.dataset.looking;
}

export function setStatus(text: string): void {
  status.textContent = text;
}

export const filterBoxes = () => [...form.querySelectorAll<HTMLInputElement>(FILTER_BOXES)];

/** The counts beside the year and grade boxes; none when `counts` is undefined. */
export function showCounts(counts?: Record<string, Record<string, number>>): void {
  for (const box of filterBoxes()) {
    const label = form.querySelector(`[data-count-for="${CSS.escape(box.id)}"]`);
    // "Performs poorly (1 of 4): 36 letters": the grade's own brackets stay the only ones.
    if (label) label.textContent = counts ? `: ${plural(counts[box.name]?.[box.value] ?? 0, 'letter')}` : '';
  }
}

/** The section holding the most hits; the page's opening part has the page's own title. */
function bestSection(data: PagefindResultData): PagefindSubResult | undefined {
  return [...data.sub_results].sort((a, b) => b.locations.length - a.locations.length)[0];
}

export function resultItem(data: PagefindResultData, state: SearchState): HTMLLIElement {
  const item = el('li', 'result');
  const section = bestSection(data);
  const letter = data.url.split('#')[0]!;
  const heading = el('h2');
  const link = el(
    'a',
    undefined,
    `${data.filters.authority?.[0] ?? data.meta.title}, ${data.filters.year?.[0] ?? ''}`,
  );
  // The hits page carries the whole search, so its "Back to the search" can return to it.
  link.href = state.q ? hitsUrl(letter, toSearchParams(state), section?.anchor?.id) : letter;
  heading.append(link);

  // The grade, then the date and section: one line where there is room; on a phone the
  // grade's line and the rest stack, so "Grade:" is never left alone at a line's end.
  const meta = el('p', 'result-meta');
  const grade = el('span', 'grade', data.meta.grade ?? '');
  grade.dataset.grade = String(GRADES.find((g) => gradeWithNumber(g) === data.meta.grade) ?? '');
  const gradeLine = el('span', 'result-grade');
  gradeLine.append('Grade: ', grade);
  meta.append(gradeLine);
  const sectionName = section && section.title !== data.meta.title ? section.title : 'Opening of the letter';
  const rest = [
    ...(data.meta.date ? [`Dated ${data.meta.date}`] : []),
    ...(state.q ? [`Section: ${sectionName}`] : []),
  ];
  if (rest.length)
    meta.append(el('span', 'result-sep', ' ·\u00a0'), el('span', undefined, rest.join(' ·\u00a0')));

  const excerpt = el('p', 'result-excerpt');
  appendExcerpt(excerpt, section?.excerpt ?? data.excerpt);
  item.append(heading, meta, excerpt);
  return item;
}

/** The results' links, in order: a result followed is known by its place among them. */
export const resultLinks = () => [...list.querySelectorAll<HTMLAnchorElement>('.result h2 a')];

/** The page's general help where nothing matched and nothing else is shown. */
export function showEmptyHelp(): void {
  list.append(emptyHelp.content.cloneNode(true));
}

/** An authority's card: its name linking to its page, its letters and its grades, in one line. */
function authorityCard([name, url, letters, history]: Extract<
  Card,
  { kind: 'authority' }
>['answer']): HTMLLIElement {
  const item = el('li', 'answer');
  const heading = el('h2');
  const link = el('a', undefined, name);
  link.href = url;
  heading.append(link);
  item.append(heading, el('p', undefined, `${lettersHeld(letters)}. Grades: ${history}.`));
  return item;
}

/** A grade's card: each year's list of the authorities known at it. */
function gradeCard(found: Extract<Card, { kind: 'grade' }>['answer']): HTMLLIElement {
  const item = el('li', 'answer');
  item.append(el('h2', undefined, `Authorities graded ${gradeWithNumber(found.grade)}, by year`));
  const years = el('ul', 'answer-years');
  for (const year of found.years) {
    const link = el('a', undefined, gradeYearText(year));
    link.href = year[3];
    const line = el('li');
    line.append(link);
    years.append(line);
  }
  item.append(years);
  return item;
}

export function showCards(cards: readonly Card[]): void {
  answersList.replaceChildren(
    ...cards.map((card) => (card.kind === 'authority' ? authorityCard(card.answer) : gradeCard(card.answer))),
  );
}

/**
 * On a phone the answer starts below the form, out of sight, so a search asked for there
 * would seem to do nothing: its answer is brought into view, as a new page would show it.
 */
export function bringAnswerIntoView(): void {
  if (status.getBoundingClientRect().bottom > innerHeight) status.scrollIntoView({ block: 'start' });
}

/**
 * A link to another search. Followed with a plain click, `follow` runs it in the page as
 * a search from the box does, its answer brought into view; it is still a link, to open elsewhere.
 */
function searchLink(
  text: string,
  state: SearchState,
  follow: (state: SearchState) => void,
): HTMLAnchorElement {
  const link = el('a', undefined, text);
  link.href = searchUrl(toSearchParams(state));
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    history.pushState(null, '', link.href);
    follow(state);
    bringAnswerIntoView();
  });
  return link;
}

/** What to try instead, under the status: searching the standard text too, or a near word. */
export function showInstead(instead: Instead, follow: (state: SearchState) => void): void {
  if (instead.kind === 'standard') {
    status.textContent = instead.status;
    suggestion.replaceChildren(
      `${instead.note} `,
      searchLink('Include the standard text', instead.state, follow),
    );
  } else {
    suggestion.replaceChildren(
      'Did you mean ',
      searchLink(instead.query.replace(/"/g, ''), instead.state, follow),
      '?',
    );
  }
  suggestion.hidden = false;
}

/** Resolves once the browser has painted (or after 100 ms, in a tab that is not painting). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });
}

/** The authority names the filter's box suggests. */
export function showAuthorityNames(names: readonly string[]): void {
  document
    .querySelector('#authority-names')
    ?.replaceChildren(...names.map((name) => Object.assign(el('option'), { value: name })));
}
