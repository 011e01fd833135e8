/**
 * The search page: runs Pagefind in the browser against the index the build wrote. The
 * URL holds the query, filters and sort. What to search and what it found is the
 * controller's (lib/search/search-controller.ts); drawing it is the view's
 * (search-view.ts); this module ties them to the page's events, history and scroll.
 */
import { ANSWERS_PATH, type AnswersData } from '../lib/search/search-answers.ts';
import { searchController, type SearchResults } from '../lib/search/search-controller.ts';
import type { PagefindResult, PagefindResultData } from '../lib/search/pagefind-types.ts';
import { parseSearchParams, toSearchParams, type SearchState } from '../lib/search/search-query.ts';
import { searchUrl, sitePath } from '../lib/site/routes.ts';
import { loadPagefind } from './pagefind-load.ts';
import * as view from './search-view.ts';

const PAGE_SIZE = 10;

// The page puts the reader back where they were itself, once the results are drawn.
history.scrollRestoration = 'manual';

const controller = searchController({
  load: loadPagefind,
  unavailable: () =>
    view.setStatus(
      import.meta.env.DEV
        ? 'Search works on the built site only: the index is made by `npm run build` (or `npm start`), not by the dev server.'
        : 'The search index could not be loaded, so search is not available right now.',
    ),
  fetchAnswers: () =>
    fetch(sitePath(ANSWERS_PATH)).then((response) => {
      if (!response.ok) throw new Error(`${ANSWERS_PATH}: ${response.status}`);
      return response.json() as Promise<AnswersData>;
    }),
  coverage: view.archiveCoverage,
  registerNames: view.registerNames,
});

const fromUrl = () => parseSearchParams(new URLSearchParams(location.search));
// Pagefind's set-up (its script, WebAssembly and index metadata) starts now, before anything else.
void controller.pagefindFor(fromUrl()).catch(() => undefined);

/** Where the reader is in the results, saved in the page's history entry. */
interface Place {
  shown: number;
  scrollY: number;
  /** Which result the reader followed (its place in the list), to be focused again on coming back. */
  opened?: number;
}

/** The page's one state: which search is the latest, and the reader's place in its results. */
const session = {
  /** Counts searches: a search whose ticket is no longer the latest draws nothing more. */
  latest: 0,
  /** Results drawn of the latest search. */
  shown: 0,
  /** The result the reader followed, if any. */
  opened: undefined as number | undefined,
  /** Saves the place in the latest search's history entry (once its results are drawn). */
  remember: () => {},
  /** The pause after scrolling before the place is saved. */
  remembering: 0,
};

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

/** Runs a search and shows it; the list is busy until every result on show is drawn. */
async function run(state: SearchState, place?: Place): Promise<void> {
  const ticket = ++session.latest;
  view.list.setAttribute('aria-busy', 'true');
  try {
    await show(state, () => ticket === session.latest, place);
  } finally {
    if (ticket === session.latest) view.list.setAttribute('aria-busy', 'false');
  }
}

async function show(state: SearchState, current: () => boolean, place?: Place): Promise<void> {
  // A new search has no result followed yet; coming back, the one followed before.
  session.opened = place?.opened;
  session.shown = 0;
  session.remember = () => {};
  view.showState(state);
  const now = controller.immediate(state);
  if (!now) view.setStatus('Searching…');
  const answer = now ?? (await controller.search(state, current));
  if (!answer || !current()) return;
  if (answer.kind !== 'results') view.doneLooking();
  if (answer.kind === 'said') {
    view.setStatus(answer.status);
    if (answer.clearCounts) view.showCounts();
    return;
  }
  if (answer.kind === 'no-authority') {
    view.setStatus(answer.status);
    view.showCards(answer.cards);
    view.showCounts();
    return;
  }
  await drawResults(answer, state, current, place);
}

/** Counts and suggestions come after the results: they need more of the index. */
function after(answer: SearchResults, state: SearchState, current: () => boolean): void {
  const boxes = view.filterBoxes().map(({ name, value }) => ({ name, value }));
  void controller.counts(answer, state, boxes).then((counts) => current() && view.showCounts(counts));
  void controller
    .instead(answer, state)
    .catch(() => undefined)
    .then((instead) => {
      if (!current()) return;
      if (instead) view.showInstead(instead, (next) => void run(next));
      view.doneLooking();
    });
}

async function drawResults(
  answer: SearchResults,
  state: SearchState,
  current: () => boolean,
  place?: Place,
): Promise<void> {
  const { results } = answer;
  // Only the results on show are loaded: each one is a fetch, and a common word finds hundreds.
  const showMore = async (count = PAGE_SIZE) => {
    const next = results.slice(session.shown, session.shown + count).map(dataOf);
    session.shown += next.length;
    let first: HTMLLIElement | undefined;
    // Each result is drawn as soon as it and those before it have arrived.
    for (const data of next) {
      const item = view.resultItem(await data, state);
      if (!current()) return undefined;
      view.list.append(item);
      first ??= item;
    }
    view.more.hidden = session.shown >= results.length;
    return first;
  };
  // The first result's fragment is asked for now, beside the cards' facts; the status,
  // the cards and the first result are then drawn together, so nothing moves after.
  const firstData = results[0] && dataOf(results[0]);
  const cards = await answer.cards;
  const firstResult = await firstData?.catch(() => undefined);
  if (!current()) return;
  view.setStatus(answer.status);
  view.showCards(cards);
  if (results.length === 0) {
    if (answer.emptyHelp && !cards.length) view.showEmptyHelp();
    after(answer, state, current);
    return;
  }
  if (firstResult) {
    view.list.append(view.resultItem(firstResult, state));
    session.shown = 1;
    // The rest are asked for once the first is on screen: their fetches and excerpts,
    // on the page's one thread, would otherwise hold up that first paint. Not on coming
    // back to a place in the results: the page shows that place once all above it are drawn.
    if (!place) {
      await view.afterPaint();
      if (!current()) return;
    }
  }
  view.more.onclick = async () => {
    view.more.disabled = true;
    const first = await showMore();
    view.more.disabled = false;
    first?.querySelector('a')?.focus();
  };
  await showMore(Math.max(PAGE_SIZE, place?.shown ?? 0) - session.shown);
  if (place && current()) {
    window.scrollTo(0, place.scrollY);
    // A keyboard or screen reader user comes back to the result they followed, not the page's top.
    if (place.opened !== undefined) view.resultLinks()[place.opened]?.focus({ preventScroll: true });
  }
  after(answer, state, current);
  session.remember = () => {
    if (current())
      history.replaceState(
        { shown: session.shown, scrollY: window.scrollY, opened: session.opened } satisfies Place,
        '',
      );
  };
  session.remember();
}

// The place in the results is kept in this history entry as the reader scrolls, so coming
// back (the back button, or "Back to the search" on a hits page) finds it again.
addEventListener('scroll', () => {
  clearTimeout(session.remembering);
  session.remembering = window.setTimeout(() => session.remember(), 150);
});
// Following a result can come sooner than the pause after scrolling: keep the place now,
// and which result it was.
view.list.addEventListener('click', (event) => {
  const link = (event.target as Element).closest('a');
  const index = link ? view.resultLinks().indexOf(link) : -1;
  if (index >= 0) session.opened = index;
  session.remember();
});

function submit(): void {
  const state = view.formState();
  history.pushState(null, '', searchUrl(toSearchParams(state)));
  void run(state);
}

view.form.addEventListener('submit', (event) => {
  event.preventDefault();
  submit();
  // Not for a filter's change, which leaves the reader at the filters.
  view.bringAnswerIntoView();
});
view.form.addEventListener('change', (event) => {
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
  view.showAuthorityNames(await controller.allAuthorityNames(await controller.pagefindFor(fromUrl())));
}
// The filters are folded in the HTML, as a phone's first screen is for the answer, but
// shown by the CSS on a wide screen: opening the box there changes nothing on screen.
// On a phone they stay folded, chosen or not; their summary says how many are chosen.
const filtersBox = view.form.querySelector<HTMLDetailsElement>('details.filters');
if (filtersBox) {
  if (matchMedia('(min-width: 40rem)').matches) filtersBox.open = true;
  filtersBox.dataset.ready = '';
}
// One spelling of each search in the address bar, as the form would write it. Only when
// it differs: replacing the history entry costs the page several milliseconds.
const canonical = searchUrl(toSearchParams(fromUrl()));
if (canonical !== `${location.pathname}${location.search}${location.hash}`)
  history.replaceState(history.state, '', canonical);
const arrived = fromUrl();
const returning = (history.state as Place | null) ?? undefined;
void run(arrived, returning)
  // Arriving with a search (the header's box, a link), a phone shows its answer, as a search
  // from this page's box does; coming back to a place in the results keeps that place.
  .then(() => !returning && arrived.q.trim() && view.bringAnswerIntoView())
  .catch(() => undefined)
  .then(listAuthorities)
  .catch(() => undefined);
