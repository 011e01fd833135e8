/**
 * The search page: runs Pagefind in the browser against the index the build wrote.
 * The URL holds the query and filters; results are built with DOM methods and text only.
 */
import {
  FILTER_KEYS,
  hasFilters,
  pagefindFilters,
  parseSearchParams,
  toSearchParams,
  type SearchState,
} from '../lib/search-query.ts';
import { GRADES, gradeWithNumber } from '../lib/grades.ts';
import { plural } from '../lib/plural.ts';
import { hitsUrl, homeUrl, sitePath } from '../lib/routes.ts';
import { appendExcerpt } from './excerpt.ts';
import type { Pagefind, PagefindResultData, PagefindSubResult } from './pagefind-types.ts';

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const emptyHelp = document.querySelector<HTMLTemplateElement>('#search-empty')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const authority = form.querySelector<HTMLInputElement>('input[name="authority"]')!;
const PAGE_SIZE = 10;

// The script runs, so the note for readers without JavaScript is not for this reader.
document.querySelector('#needs-js')?.remove();

// Start loading the index as the page opens, so the first result comes quickly.
const pagefindReady: Promise<Pagefind> = (async () => {
  const pagefind = (await import(/* @vite-ignore */ sitePath('pagefind/pagefind.js'))) as Pagefind;
  await pagefind.options({ baseUrl: homeUrl(), excerptLength: 30 });
  await pagefind.init();
  return pagefind;
})();

function formState(): SearchState {
  const data = new FormData(form);
  const params = new URLSearchParams();
  for (const [key, value] of data) if (typeof value === 'string') params.append(key, value);
  return parseSearchParams(params);
}

function showState(state: SearchState): void {
  input.value = state.q;
  authority.value = state.filters.authority[0] ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = state.filters[box.name as (typeof FILTER_KEYS)[number]]?.includes(box.value) ?? false;
  }
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The section holding the most hits; the page's opening part has the page's own title. */
function bestSection(data: PagefindResultData): PagefindSubResult | undefined {
  return [...data.sub_results].sort((a, b) => b.locations.length - a.locations.length)[0];
}

function resultItem(data: PagefindResultData, query: string): HTMLLIElement {
  const item = el('li', 'result');
  const section = bestSection(data);
  const letter = data.url.split('#')[0]!;
  const heading = el('h2');
  const link = el(
    'a',
    undefined,
    `${data.filters.authority?.[0] ?? data.meta.title}, ${data.filters.year?.[0] ?? ''}`,
  );
  link.href = query ? hitsUrl(letter, query, section?.anchor?.id) : letter;
  heading.append(link);

  const meta = el('p', 'result-meta');
  const grade = el('span', 'grade', data.meta.grade ?? '');
  grade.dataset.grade = String(GRADES.find((g) => gradeWithNumber(g) === data.meta.grade) ?? '');
  meta.append('Grade: ', grade);
  const sectionName = section && section.title !== data.meta.title ? section.title : 'Opening of the letter';
  if (query) meta.append(` · Section: ${sectionName}`);

  const excerpt = el('p', 'result-excerpt');
  appendExcerpt(excerpt, section?.excerpt ?? data.excerpt);
  item.append(heading, meta, excerpt);
  return item;
}

function showCounts(counts: Record<string, Record<string, number>>): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const label = form.querySelector(`[data-count-for="${CSS.escape(box.id)}"]`);
    if (label) label.textContent = `(${counts[box.name]?.[box.value] ?? 0})`;
  }
}

let latest = 0;

async function run(state: SearchState): Promise<void> {
  const ticket = ++latest;
  showState(state);
  list.replaceChildren();
  more.hidden = true;
  if (!state.q && !hasFilters(state)) {
    status.textContent = '';
    showCounts({});
    return;
  }
  status.textContent = 'Searching…';
  const pagefind = await pagefindReady;
  // Pagefind counts filter values only when a filter is applied; "any year" leaves the
  // results as they are but asks for the counts.
  const everyYear = [...form.querySelectorAll<HTMLInputElement>('input[name="year"]')].map(
    (box) => box.value,
  );
  const search = await pagefind.search(state.q || null, {
    filters: hasFilters(state) ? pagefindFilters(state) : { year: { any: everyYear } },
    ...(state.q ? {} : { sort: { year: 'desc' } }),
  });
  if (ticket !== latest || !search) return;
  // Counts say how many letters matching the words have each value, whatever is ticked.
  showCounts(search.totalFilters);
  const what = state.q ? ` for “${state.q}”` : '';
  status.textContent = `${plural(search.results.length, 'letter')} found${what}${hasFilters(state) ? ', with the filters chosen' : ''}.`;
  if (search.results.length === 0) {
    list.append(emptyHelp.content.cloneNode(true));
    return;
  }
  // Only the results on show are loaded: each one is a fetch, and a common word finds hundreds.
  let shown = 0;
  const showMore = async () => {
    const next = search.results.slice(shown, shown + PAGE_SIZE);
    shown += next.length;
    const items = (await Promise.all(next.map((result) => result.data()))).map((data) =>
      resultItem(data, state.q),
    );
    if (ticket !== latest) return;
    list.append(...items);
    more.hidden = shown >= search.results.length;
    return items[0];
  };
  more.onclick = async () => {
    const first = await showMore();
    first?.querySelector('a')?.focus();
  };
  await showMore();
}

function submit(): void {
  const state = formState();
  const query = toSearchParams(state).toString();
  history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  void run(state);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  submit();
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).matches('input[type="checkbox"], input[name="authority"]')) submit();
});
window.addEventListener('popstate', () => void run(parseSearchParams(new URLSearchParams(location.search))));

// The authority names to suggest come from the index, which knows every one.
void pagefindReady.then(async (pagefind) => {
  const names = Object.keys((await pagefind.filters()).authority ?? {}).sort((a, b) =>
    a.localeCompare(b, 'en'),
  );
  document
    .querySelector('#authority-names')
    ?.replaceChildren(
      ...names.map((name) => Object.assign(document.createElement('option'), { value: name })),
    );
});

pagefindReady.catch(() => {
  status.textContent = import.meta.env.DEV
    ? 'Search works on the built site only: the index is made by `npm run build` (or `npm start`), not by the dev server.'
    : 'The search index could not be loaded, so search is not available right now.';
});
void run(parseSearchParams(new URLSearchParams(location.search))).catch(() => undefined);
