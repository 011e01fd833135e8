/**
 * The search hits page: shows a letter, fetched from its own page on this site, with the
 * searched words highlighted, scrolled to the first hit, a control to step through them,
 * and its citation with a Copy button. Letter pages themselves ship no JavaScript but the
 * Copy button's; this page does the rest for them.
 */
import { plural } from '../lib/archive/plural.ts';
import { hitsLetterUrl, searchUrl } from '../lib/site/routes.ts';
import { queryTerms, quotedList } from '../lib/search/search-match.ts';
import { searchOfHits } from '../lib/search/search-query.ts';
import { markTerms, stepOrder, type MarkTerms } from '../lib/search/search-phrases.ts';
import { clearHighlights, highlight } from './highlight.ts';

const params = new URLSearchParams(location.search);
const letter = params.get('letter') ?? '';
const query = params.get('q') ?? '';
const status = document.querySelector<HTMLElement>('#hits-status')!;
const holder = document.querySelector<HTMLElement>('#hits-letter')!;
const toolbar = document.querySelector<HTMLElement>('#hits-toolbar')!;
const position = toolbar.querySelector<HTMLElement>('[data-position]')!;
const [previous, next, clear] = ['previous', 'next', 'clear'].map((name) =>
  toolbar.querySelector<HTMLButtonElement>(`[data-action="${name}"]`)!,
) as [HTMLButtonElement, HTMLButtonElement, HTMLButtonElement];
const plain = toolbar.querySelector<HTMLAnchorElement>('[data-plain]')!;

document.querySelector('#needs-js')?.remove();

// Back to the same search: its query, filters and sort are in this page's URL. When the
// reader came from that very search page, going back in history also restores its scroll.
const back = document.querySelector<HTMLAnchorElement>('a[data-back]')!;
const search = searchOfHits(params).toString();
back.href = searchUrl(searchOfHits(params));
back.addEventListener('click', (event) => {
  const from = document.referrer ? new URL(document.referrer) : undefined;
  const same =
    from?.origin === location.origin &&
    from.pathname === new URL(back.href).pathname &&
    searchOfHits(from.searchParams).toString() === search;
  if (same) {
    event.preventDefault();
    history.back();
  }
});

let marks: Array<HTMLElement & { kind: 'phrase' | 'word' }> = [];

/** "2 hits for “care leavers”, then 3 for “care” or “leavers” alone." */
function hitsText(all: ReadonlyArray<{ kind: 'phrase' | 'word' }>, terms: MarkTerms): string {
  const phrases = all.filter((m) => m.kind === 'phrase').length;
  const words = all.length - phrases;
  // A typed word of several (`src=x`) is marked as a phrase: say it as typed.
  const phraseSaid = quotedList(terms.phrases.length ? terms.phrases : terms.words, 'or');
  const wordSaid = quotedList(terms.words, 'or');
  if (!phrases) return `${plural(words, 'hit')} for ${wordSaid}.`;
  if (!words) return `${plural(phrases, 'hit')} for ${phraseSaid}.`;
  return `${plural(phrases, 'hit')} for ${phraseSaid}, then ${words} for ${wordSaid} alone.`;
}
let current = -1;

function show(index: number): void {
  marks[current]?.classList.remove('current');
  current = (index + marks.length) % marks.length;
  const mark = marks[current]!;
  mark.classList.add('current');
  mark.scrollIntoView({ block: 'center' });
  position.textContent = `Hit ${current + 1} of ${marks.length}`;
}

async function open(): Promise<void> {
  const url = hitsLetterUrl(letter);
  if (!url) {
    status.textContent =
      'This page shows a letter with your search words marked, but the link does not name a letter.';
    return;
  }
  plain.href = url;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const article = page.querySelector('article.letter');
  if (!article) throw new Error(`${url} has no letter`);
  holder.replaceChildren(document.importNode(article, true));
  // A passage's link is for citing it, so it names the letter's own page, not this one.
  for (const anchor of holder.querySelectorAll<HTMLAnchorElement>(
    '.letter-text :is(a.anchor, a.passage-number)[href^="#"]',
  )) {
    anchor.href = `${url}${anchor.getAttribute('href')}`;
  }
  // The letter page folds its letterhead and standard text; here every hit must show.
  for (const fold of holder.querySelectorAll('.letter-text details')) fold.setAttribute('open', '');
  // The citation comes with the article; its Copy button works here too: this page loads
  // the copy-citation script (CopyCitation.astro).
  const cite = page.querySelector('section.cite');
  if (cite && !article.contains(cite)) holder.append(document.importNode(cite, true));
  document.title = `Search hits: ${page.title}`;

  const terms = markTerms(query);
  // Phrases' occurrences are stepped through before single words'.
  marks = stepOrder(
    highlight(holder.querySelector('.letter-text') ?? holder, terms).map((mark) =>
      Object.assign(mark, { kind: mark.dataset.kind as 'phrase' | 'word' }),
    ),
  );
  // The words and phrases as the search page says them: each quoted once, "or" between
  // (a query of no words, such as "(", as typed).
  const { required } = queryTerms(query);
  const said = required.length ? quotedList(required, 'or') : `“${query}”`;
  toolbar.hidden = false;
  if (!marks.length) {
    // Nothing to step through: no buttons that would do nothing, only the letter's own page.
    position.textContent = `${said} does not occur word for word in this letter.`;
    for (const button of [previous, next, clear]) button.hidden = true;
    status.textContent = '';
    return;
  }
  status.textContent = hitsText(marks, terms);
  // Start at the section the result pointed to, where it has a hit.
  const section = location.hash
    ? holder.querySelector(`[id="${CSS.escape(decodeURIComponent(location.hash.slice(1)))}"]`)
    : null;
  const first = section
    ? marks.findIndex((mark) => section.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING)
    : 0;
  // …unless a phrase comes later: phrases first.
  if (marks[0]?.kind === 'phrase' && marks[Math.max(first, 0)]?.kind !== 'phrase') {
    show(0);
    return;
  }
  show(Math.max(first, 0));
}

previous.addEventListener('click', () => show(current - 1));
next.addEventListener('click', () => show(current + 1));
clear.addEventListener('click', () => {
  clearHighlights(marks);
  marks = [];
  position.textContent = 'Highlights cleared.';
  for (const button of [previous, next, clear]) button.disabled = true;
});

open().catch(() => {
  status.textContent = 'The letter could not be loaded.';
});
