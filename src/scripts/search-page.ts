/**
 * The search page: runs Pagefind in the browser against the index the build wrote.
 * The URL holds the query, filters and sort; results are built with DOM methods and text
 * only. What counts as a match, and what the page says, is decided in lib/search/search-match.ts.
 */
import {
  FILTER_KEYS,
  SORTS,
  hasFilters,
  indexDir,
  matchingAuthorities,
  pagefindFilters,
  pagefindSort,
  parseSearchParams,
  toSearchParams,
  type SearchState,
} from '../lib/search/search-query.ts';
import {
  bareWord,
  facetCounts,
  nearWord,
  outcomeText,
  queryTerms,
  replaceWord,
  searchOutcome,
  searchScope,
  standardTextNote,
  suggestionPrefixes,
  type ArchiveCoverage,
  type QueryTerms,
  type SearchOutcome,
  type SearchScope,
} from '../lib/search/search-match.ts';
import { impliedPhrase, phraseFirst } from '../lib/search/search-phrases.ts';
import {
  ANSWERS_PATH,
  authoritiesFiltered,
  authoritiesNamed,
  gradeAsked,
  gradeYearText,
  lettersHeld,
  type AnswersData,
  type AuthorityAnswer,
} from '../lib/search/search-answers.ts';
import { GRADES, gradeWithNumber } from '../lib/archive/grades.ts';
import { plural } from '../lib/archive/plural.ts';
import { hitsUrl, searchUrl, sitePath } from '../lib/site/routes.ts';
import { appendExcerpt } from './excerpt.ts';
import { loadPagefind } from './pagefind-load.ts';
import type { Pagefind, PagefindResult, PagefindResultData, PagefindSubResult } from './pagefind-types.ts';

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const suggestion = document.querySelector<HTMLElement>('#search-suggestion')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const emptyHelp = document.querySelector<HTMLTemplateElement>('#search-empty')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const authority = form.querySelector<HTMLInputElement>('input[name="authority"]')!;
const standardBox = form.querySelector<HTMLInputElement>('input[name="standard"]')!;
const answersList = document.querySelector<HTMLUListElement>('#search-answers')!;
/** Letters in the archive and letters Ofsted published, by year, as the page was built. */
const archiveCoverage = JSON.parse(status.dataset.coverage ?? '{}') as ArchiveCoverage;
const PAGE_SIZE = 10;
/** The year and grade boxes (not "Include the standard text", which is no filter). */
const FILTER_BOXES = 'fieldset.filter input[type="checkbox"]';
const SITE_NAME = document.title.split(' | ').at(-1)!;
const PAGE_TITLE = document.title;

// The page puts the reader back where they were itself, once the results are drawn.
history.scrollRestoration = 'manual';

/** Each index as it is first needed: the default one, or the one with the standard text. */
const indexes = new Map<string, Promise<Pagefind>>();
function pagefindFor(state: Pick<SearchState, 'standard'>): Promise<Pagefind> {
  const dir = indexDir(state);
  if (!indexes.has(dir)) {
    const loading = loadPagefind(dir);
    loading.catch(() => {
      status.textContent = import.meta.env.DEV
        ? 'Search works on the built site only: the index is made by `npm run build` (or `npm start`), not by the dev server.'
        : 'The search index could not be loaded, so search is not available right now.';
    });
    indexes.set(dir, loading);
  }
  return indexes.get(dir)!;
}
const fromUrl = () => parseSearchParams(new URLSearchParams(location.search));
// Pagefind's set-up (its script, WebAssembly and index metadata) starts now, before anything else.
void pagefindFor(fromUrl()).catch(() => undefined);

// The facts for answer cards: fetched once, and only for a search that may need them.
let answers: Promise<AnswersData> | undefined;
function answersData(): Promise<AnswersData> {
  answers ??= fetch(sitePath(ANSWERS_PATH)).then((response) => {
    if (!response.ok) throw new Error(`${ANSWERS_PATH}: ${response.status}`);
    return response.json() as Promise<AnswersData>;
  });
  return answers;
}

function formState(): SearchState {
  const data = new FormData(form);
  const params = new URLSearchParams();
  for (const [key, value] of data) if (typeof value === 'string') params.append(key, value);
  return parseSearchParams(params);
}

function showState(state: SearchState): void {
  input.value = state.q;
  authority.value = state.filters.authority.join(' ');
  sortSelect.value = state.sort;
  standardBox.checked = state.standard;
  const chosen = FILTER_KEYS.reduce((n, key) => n + state.filters[key].length, 0);
  const summary = document.querySelector('#filters-chosen');
  if (summary) summary.textContent = chosen ? `(${chosen} chosen)` : '';
  for (const box of form.querySelectorAll<HTMLInputElement>(FILTER_BOXES)) {
    box.checked = state.filters[box.name as (typeof FILTER_KEYS)[number]]?.includes(box.value) ?? false;
  }
  // The page's title names the search, for the tab, history and bookmarks.
  const what = state.q || (hasFilters(state) ? 'Letters by filter' : '');
  document.title = what ? `${what} — Search | ${SITE_NAME}` : PAGE_TITLE;
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

function resultItem(data: PagefindResultData, state: SearchState): HTMLLIElement {
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

  const meta = el('p', 'result-meta');
  const grade = el('span', 'grade', data.meta.grade ?? '');
  grade.dataset.grade = String(GRADES.find((g) => gradeWithNumber(g) === data.meta.grade) ?? '');
  meta.append('Grade: ', grade);
  if (data.meta.date) meta.append(` ·\u00a0Dated ${data.meta.date}`);
  const sectionName = section && section.title !== data.meta.title ? section.title : 'Opening of the letter';
  if (state.q) meta.append(` ·\u00a0Section: ${sectionName}`);

  const excerpt = el('p', 'result-excerpt');
  appendExcerpt(excerpt, section?.excerpt ?? data.excerpt);
  item.append(heading, meta, excerpt);
  return item;
}

/** Each result's fragment, asked of Pagefind once however often it is drawn (a failure is asked again). */
const fragments = new WeakMap<PagefindResult, Promise<PagefindResultData>>();
function dataOf(result: PagefindResult): Promise<PagefindResultData> {
  if (!fragments.has(result)) {
    const loading = result.data();
    loading.catch(() => fragments.delete(result));
    fragments.set(result, loading);
  }
  return fragments.get(result)!;
}

/** Resolves once the browser has painted (or after 100 ms, in a tab that is not painting). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });
}

// What never changes while the page is open: asked of each index once.
const authorityNames = new WeakMap<Pagefind, Promise<string[]>>();
function allAuthorityNames(pagefind: Pagefind): Promise<string[]> {
  if (!authorityNames.has(pagefind))
    authorityNames.set(
      pagefind,
      pagefind
        .filters()
        .then((all) => Object.keys(all.authority ?? {}).sort((a, b) => a.localeCompare(b, 'en'))),
    );
  return authorityNames.get(pagefind)!;
}

/** Each search's results, asked of an index once: the same word or filter recurs from query to query. */
const searches = new WeakMap<Pagefind, Map<string, Promise<PagefindResult[]>>>();
function searchOnce(
  pagefind: Pagefind,
  query: string | null,
  filters: Record<string, { any: string[] }> = {},
): Promise<PagefindResult[]> {
  const cache = searches.get(pagefind) ?? new Map<string, Promise<PagefindResult[]>>();
  searches.set(pagefind, cache);
  const id = JSON.stringify([query, filters]);
  if (!cache.has(id))
    cache.set(
      id,
      pagefind.search(query, { filters }).then((search) => search?.results ?? []),
    );
  return cache.get(id)!;
}

/** The letters in every one of `sets` (at least one). */
function inEvery(sets: Set<string>[]): Set<string> {
  return sets.reduce((all, some) => new Set([...all].filter((id) => some.has(id))));
}

/** The ids of the letters a search finds. */
async function lettersWith(
  pagefind: Pagefind,
  filters: Record<string, { any: string[] }>,
  query: string | null = null,
): Promise<Set<string>> {
  return new Set((await searchOnce(pagefind, query, filters)).map((result) => result.id));
}

/**
 * The letters `keep` accepts, of those holding the rarest term (the caller's `keep` asks
 * for every term), best first: by the sum of Pagefind's score for each term. Each letter's
 * result is the rarest term's (a phrase, where the query has one), so its excerpt shows it.
 */
function byRelevance(perTerm: readonly PagefindResult[][], keep: (id: string) => boolean): PagefindResult[] {
  const [rarest] = [...perTerm].sort((a, b) => a.length - b.length);
  if (!rarest) return [];
  const score = new Map<string, number>();
  for (const results of perTerm) for (const r of results) score.set(r.id, (score.get(r.id) ?? 0) + r.score);
  return rarest.filter((r) => keep(r.id)).sort((a, b) => score.get(b.id)! - score.get(a.id)!);
}

/** Counts beside the year and grade boxes that add up to the results shown. */
async function showCounts(
  pagefind: Pagefind,
  state: SearchState,
  matching: Set<string> | undefined,
  authorities: string[],
  ticket: number,
): Promise<void> {
  const boxes = [...form.querySelectorAll<HTMLInputElement>(FILTER_BOXES)];
  const sets: Record<string, Record<string, Set<string>>> = {};
  for (const box of boxes)
    (sets[box.name] ??= {})[box.value] = await lettersWith(pagefind, { [box.name]: { any: [box.value] } });
  const union = (key: string) =>
    state.filters[key as 'year' | 'grade'].length
      ? new Set(state.filters[key as 'year' | 'grade'].flatMap((value) => [...(sets[key]?.[value] ?? [])]))
      : undefined;
  const chosen = {
    year: union('year'),
    grade: union('grade'),
    authority: authorities.length
      ? await lettersWith(pagefind, { authority: { any: authorities } })
      : undefined,
  };
  const counts = facetCounts(matching, sets, chosen);
  if (ticket !== latest) return;
  for (const box of boxes) {
    const label = form.querySelector(`[data-count-for="${CSS.escape(box.id)}"]`);
    // "Performs poorly (1 of 4): 36 letters": the grade's own brackets stay the only ones.
    if (label) label.textContent = `: ${plural(counts[box.name]?.[box.value] ?? 0, 'letter')}`;
  }
}

function clearCounts(): void {
  for (const label of form.querySelectorAll('[data-count-for]')) label.textContent = '';
}

/**
 * A word the letters do contain, near one they do not: the longest prefix of the word
 * that Pagefind extends to real words (rather than cutting back further), and of those
 * words the nearest (lib/search/search-match.ts nearWord).
 */
async function nearWordFor(pagefind: Pagefind, word: string): Promise<string | undefined> {
  for (const prefix of suggestionPrefixes(word)) {
    const search = await pagefind.search(prefix);
    const found = await Promise.all((search?.results ?? []).slice(0, 3).map((result) => result.data()));
    const words = found.flatMap((data) => {
      const all = data.content.split(/\s+/);
      return data.locations.map((at) => all[at] ?? '');
    });
    // No word starts with the prefix: Pagefind cut it back to a shorter one. Try shorter.
    if (!words.some((candidate) => bareWord(candidate).startsWith(prefix))) continue;
    return nearWord(word, prefix, words);
  }
  return undefined;
}

/**
 * On a phone the answer starts below the form, out of sight, so a search asked for there
 * would seem to do nothing: its answer is brought into view, as a new page would show it.
 */
function bringAnswerIntoView(): void {
  if (status.getBoundingClientRect().bottom > innerHeight) status.scrollIntoView({ block: 'start' });
}

/**
 * A link to another search. Followed with a plain click, it runs in the page as a search
 * from the box does, its answer brought into view; it is still a link, to open elsewhere.
 */
function searchLink(text: string, state: SearchState): HTMLAnchorElement {
  const link = el('a', undefined, text);
  link.href = searchUrl(toSearchParams(state));
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    history.pushState(null, '', link.href);
    void run(state);
    bringAnswerIntoView();
  });
  return link;
}

/** The query with each missing word replaced by a near word the letters do contain, if any is. */
async function nearQuery(pagefind: Pagefind, query: string, missing: string[]): Promise<string | undefined> {
  let near = query;
  for (const word of missing) {
    const found = await nearWordFor(pagefind, word);
    if (found) near = replaceWord(near, word, found);
  }
  return near === query ? undefined : near;
}

/** The letters holding every term once their standard text is searched too (none if that index can't load). */
async function lettersWithStandardText(terms: QueryTerms): Promise<Set<string>> {
  try {
    const index = await pagefindFor({ standard: true });
    const checks = [...terms.words, ...terms.phrases];
    const found = await Promise.all(checks.map((term) => lettersWith(index, {}, `"${term}"`)));
    return inEvery(found);
  } catch {
    return new Set();
  }
}

/**
 * What to try where the letters' own words hold nothing. If the standard text every letter
 * prints (left out unless asked for) holds the words, the status says "in its own words"
 * and a link searches the standard text too; a near word would be the wrong answer then.
 * Otherwise a near word for each missing one, if the letters have one.
 */
async function tryInstead(
  pagefind: Pagefind,
  state: SearchState,
  terms: QueryTerms,
  outcome: SearchOutcome,
  scope: SearchScope,
  ticket: number,
): Promise<void> {
  const missing = outcome.kind === 'missing' ? outcome.missing : [];
  const [inStandard, near] = await Promise.all([
    state.standard ? new Set<string>() : lettersWithStandardText(terms),
    missing.length ? nearQuery(pagefind, state.q, missing) : undefined,
  ]);
  if (ticket !== latest) return;
  if (inStandard.size) {
    status.textContent = outcomeText(outcome, terms, scope, true);
    suggestion.replaceChildren(
      `${standardTextNote(inStandard.size, terms)} `,
      searchLink('Include the standard text', { ...state, standard: true }),
    );
  } else if (near) {
    suggestion.replaceChildren(
      'Did you mean ',
      searchLink(near.replace(/"/g, ''), { ...state, q: near }),
      '?',
    );
  } else return;
  suggestion.hidden = false;
}

let latest = 0;

/** Where the reader is in the results, saved in the page's history entry. */
interface Place {
  shown: number;
  scrollY: number;
  /** Which result the reader followed (its place in the list), to be focused again on coming back. */
  opened?: number;
}

/** Runs a search and shows it; the list is busy until every result on show is drawn. */
async function run(state: SearchState, place?: Place): Promise<void> {
  const ticket = ++latest;
  list.setAttribute('aria-busy', 'true');
  try {
    await show(state, ticket, place);
  } finally {
    if (ticket === latest) list.setAttribute('aria-busy', 'false');
  }
}

/** An authority's card: its name linking to its page, its letters and its grades, in one line. */
function authorityCard([name, url, letters, history]: AuthorityAnswer): HTMLLIElement {
  const item = el('li', 'answer');
  const heading = el('h2');
  const link = el('a', undefined, name);
  link.href = url;
  heading.append(link);
  item.append(heading, el('p', undefined, `${lettersHeld(letters)}. Grades: ${history}.`));
  return item;
}

/** A grade's card: each year's list of the authorities known at it. */
function gradeCard(data: AnswersData, grade: number): HTMLLIElement | undefined {
  const found = data.grades.find((g) => g.grade === grade);
  if (!found) return undefined;
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

/** The register's names, as the page was built. */
const registerNames = JSON.parse(answersList.dataset.names ?? '[]') as string[];
const MAX_AUTHORITY_CARDS = 5;

/**
 * The cards for a search: the authorities it (or the authority filter) names, then the
 * grade it is, if any. Their facts are fetched only then; without them the search still
 * answers, without cards.
 */
async function cardsFor(state: SearchState): Promise<HTMLLIElement[]> {
  const named = [
    ...new Set([
      ...authoritiesFiltered(state.filters.authority, registerNames),
      ...(state.q ? authoritiesNamed(state.q, registerNames) : []),
    ]),
  ].slice(0, MAX_AUTHORITY_CARDS);
  const grade = state.q ? gradeAsked(state.q) : undefined;
  if (!named.length && grade === undefined) return [];
  try {
    const data = await answersData();
    const cards = named.flatMap((name) => {
      const answer = data.authorities.find(([n]) => n === name);
      return answer ? [authorityCard(answer)] : [];
    });
    const card = grade === undefined ? undefined : gradeCard(data, grade);
    return card ? [...cards, card] : cards;
  } catch {
    return [];
  }
}

async function show(state: SearchState, ticket: number, place?: Place): Promise<void> {
  // A new search has no result followed yet; coming back, the one followed before.
  opened = place?.opened;
  showState(state);
  list.replaceChildren();
  answersList.replaceChildren();
  suggestion.replaceChildren();
  suggestion.hidden = true;
  more.hidden = true;
  const terms = queryTerms(state.q);
  if (!state.q && !hasFilters(state)) {
    status.textContent = '';
    clearCounts();
    return;
  }
  const cards = cardsFor(state);
  if (state.q && !terms.required.length) {
    status.textContent = `“${state.q}” has no words to search for: type letters or numbers.`;
    return;
  }
  status.textContent = 'Searching…';
  const pagefind = await pagefindFor(state);

  let authorities: string[] = [];
  if (state.filters.authority.length) {
    authorities = matchingAuthorities(state.filters.authority, await allAuthorityNames(pagefind));
    if (ticket !== latest) return;
    if (!authorities.length) {
      const named = await cards;
      if (ticket !== latest) return;
      const typed = state.filters.authority.join(' ');
      const [only] = named;
      const name = named.length === 1 ? only!.querySelector('h2')!.textContent : `“${typed}”`;
      status.textContent = named.length
        ? `No letter from ${name} is in the archive yet.`
        : `No authority's name contains “${typed}”. Clear the authority filter or try part of the name.`;
      answersList.replaceChildren(...named);
      clearCounts();
      return;
    }
  }
  const filters = pagefindFilters(state, authorities);
  const sort = pagefindSort(state, terms.required.length > 0);
  // An unquoted query of several words: letters holding it as a phrase rank first.
  const phrase = state.sort ? undefined : impliedPhrase(state.q);

  // Which letters contain each word and phrase exactly (Pagefind's quoted search), and
  // the letters the filters leave; in a chosen order (or with no words), those letters in
  // that order. No unquoted search: it matches every word that starts like a query word
  // ("care" finds careful, career) and costs the first search several times the quoted
  // ones, yet only letters holding every term exactly are shown (lib/search/search-match.ts).
  const checks = [...terms.words, ...terms.phrases];
  const [ordered, withinFilters, phraseResults, exact] = await Promise.all([
    sort || !checks.length ? pagefind.search(null, { filters, sort }) : undefined,
    hasFilters(state) ? lettersWith(pagefind, filters) : undefined,
    phrase ? searchOnce(pagefind, `"${phrase}"`) : undefined,
    Promise.all(checks.map((term) => searchOnce(pagefind, `"${term}"`))),
  ]);
  if (ticket !== latest) return;
  const exactSets = exact.map((found) => new Set(found.map((result) => result.id)));
  const matching = exactSets.length ? inEvery(exactSets) : undefined;
  const keep = (id: string) => (!matching || matching.has(id)) && (!withinFilters || withinFilters.has(id));
  const phraseLetters = phraseResults && new Set(phraseResults.map((result) => result.id));
  let results: PagefindResult[];
  if (ordered) {
    // A letter's own result, where a term found it, so its excerpt shows the term.
    const ownResult = new Map(byRelevance(exact, keep).map((result) => [result.id, result]));
    results = (ordered.results ?? []).filter((r) => keep(r.id)).map((r) => ownResult.get(r.id) ?? r);
  } else {
    results = byRelevance(exact, keep);
  }
  if (phraseLetters) {
    const phraseResult = new Map(phraseResults!.map((result) => [result.id, result]));
    results = phraseFirst(results, (result) => phraseLetters.has(result.id)).map(
      (result) => phraseResult.get(result.id) ?? result,
    );
  }
  const termCounts = new Map(checks.map((term, i) => [term, exactSets[i]!.size]));
  const outcome = searchOutcome(terms, termCounts, matching?.size ?? results.length, results.length);
  const narrowed = state.filters.grade.length > 0 || state.filters.authority.length > 0;
  const scope = searchScope(archiveCoverage, state.filters.year, withinFilters?.size, narrowed);
  const order = terms.required.length || state.sort ? SORTS[state.sort].label : SORTS.newest.label;
  const phraseSaid =
    phraseLetters && results.length > 1 && results.some((r) => phraseLetters.has(r.id))
      ? ` Letters with the phrase “${phrase}” come first.`
      : '';
  const said = `${outcomeText(outcome, terms, scope)}${results.length > 1 ? ` ${order}.` : ''}${phraseSaid}`;

  // Counts and suggestions come after the results: they need more of the index.
  const after = () => {
    void showCounts(pagefind, state, matching, authorities, ticket);
    if (outcome.kind === 'missing' || outcome.kind === 'not-together')
      void tryInstead(pagefind, state, terms, outcome, scope, ticket);
  };
  // Only the results on show are loaded: each one is a fetch, and a common word finds hundreds.
  let shown = 0;
  const showMore = async (count = PAGE_SIZE) => {
    const next = results.slice(shown, shown + count).map(dataOf);
    shown += next.length;
    let first: HTMLLIElement | undefined;
    // Each result is drawn as soon as it and those before it have arrived.
    for (const data of next) {
      const item = resultItem(await data, state);
      if (ticket !== latest) return undefined;
      list.append(item);
      first ??= item;
    }
    more.hidden = shown >= results.length;
    return first;
  };
  // The first result's fragment is asked for now, beside the cards' facts; the status,
  // the cards and the first result are then drawn together, so nothing moves after.
  const firstData = results[0] && dataOf(results[0]);
  const answerItems = await cards;
  const firstResult = await firstData?.catch(() => undefined);
  if (ticket !== latest) return;
  status.textContent = said;
  answersList.replaceChildren(...answerItems);
  if (results.length === 0) {
    if (outcome.kind !== 'missing' && !answerItems.length) list.append(emptyHelp.content.cloneNode(true));
    after();
    return;
  }
  if (firstResult) {
    list.append(resultItem(firstResult, state));
    shown = 1;
    // The rest are asked for once the first is on screen: their fetches and excerpts,
    // on the page's one thread, would otherwise hold up that first paint. Not on coming
    // back to a place in the results: the page shows that place once all above it are drawn.
    if (!place) {
      await afterPaint();
      if (ticket !== latest) return;
    }
  }
  more.onclick = async () => {
    more.disabled = true;
    const first = await showMore();
    more.disabled = false;
    first?.querySelector('a')?.focus();
  };
  await showMore(Math.max(PAGE_SIZE, place?.shown ?? 0) - shown);
  if (place && ticket === latest) {
    window.scrollTo(0, place.scrollY);
    // A keyboard or screen reader user comes back to the result they followed, not the page's top.
    if (place.opened !== undefined) resultLinks()[place.opened]?.focus({ preventScroll: true });
  }
  after();
  remember = () => {
    if (ticket === latest)
      history.replaceState({ shown, scrollY: window.scrollY, opened } satisfies Place, '');
  };
  remember();
}

// The place in the results is kept in this history entry as the reader scrolls, so coming
// back (the back button, or "Back to the search" on a hits page) finds it again.
let remember = () => {};
let remembering = 0;
let opened: number | undefined;
const resultLinks = () => [...list.querySelectorAll<HTMLAnchorElement>('.result h2 a')];
addEventListener('scroll', () => {
  clearTimeout(remembering);
  remembering = window.setTimeout(() => remember(), 150);
});
// Following a result can come sooner than the pause after scrolling: keep the place now,
// and which result it was.
list.addEventListener('click', (event) => {
  const link = (event.target as Element).closest('a');
  const index = link ? resultLinks().indexOf(link) : -1;
  if (index >= 0) opened = index;
  remember();
});

function submit(): void {
  const state = formState();
  history.pushState(null, '', searchUrl(toSearchParams(state)));
  void run(state);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  submit();
  // Not for a filter's change, which leaves the reader at the filters.
  bringAnswerIntoView();
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).matches('input[type="checkbox"], input[name="authority"], select'))
    submit();
});
window.addEventListener(
  'popstate',
  (event) => void run(fromUrl(), (event.state as Place | null) ?? undefined),
);

// The authority names to suggest come from the index, which knows every one; after the
// first results, as they are not needed for them.
async function listAuthorities(): Promise<void> {
  const names = await allAuthorityNames(await pagefindFor(fromUrl()));
  document
    .querySelector('#authority-names')
    ?.replaceChildren(...names.map((name) => Object.assign(el('option'), { value: name })));
}
// The filters are folded in the HTML, as a phone's first screen is for the answer, but
// shown by the CSS on a wide screen: opening the box there changes nothing on screen.
// On a phone they stay folded, chosen or not; their summary says how many are chosen.
const filtersBox = form.querySelector<HTMLDetailsElement>('details.filters');
if (filtersBox) {
  if (matchMedia('(min-width: 40rem)').matches) filtersBox.open = true;
  filtersBox.dataset.ready = '';
}
// One spelling of each search in the address bar, as the form would write it. Only when
// it differs: replacing the history entry costs the page several milliseconds.
const canonical = searchUrl(toSearchParams(fromUrl()));
if (canonical !== `${location.pathname}${location.search}${location.hash}`)
  history.replaceState(history.state, '', canonical);
void run(fromUrl(), (history.state as Place | null) ?? undefined)
  .catch(() => undefined)
  .then(listAuthorities)
  .catch(() => undefined);
