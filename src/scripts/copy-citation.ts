/**
 * The Copy citation button beside a letter's citation field (CiteLetter.astro): the one
 * script a letter's own page loads, kept under 1 KB gzip. The button is in the page's HTML
 * but shown only once this runs (cite.css), so without JavaScript the read-only field
 * remains, copied by keyboard. One listener serves every citation on the page, including
 * the one the search-hits page shows after fetching a letter.
 */
import { citationText } from '../lib/site/citation.ts';

document.documentElement.dataset.copyCitation = 'on';

/**
 * A citation ends with the letter's address. While the address bar points at one of the
 * letter's passages, the citation points at it too: a numbered paragraph (followed by its
 * number, #para-12, or by its older #p-… address) by its number, "…, para 12" and
 * #para-12; a heading by its id. Any other fragment leaves the letter's own address.
 */
function citePassage(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  const passage = target?.closest('.letter-body') ? target : null;
  // Its number: the passage itself at #para-12, or the number link it holds at #p-….
  const number =
    passage?.closest<HTMLElement>('.passage-number') ??
    passage?.querySelector<HTMLElement>(':scope > .passage-number');
  const paragraph = Number(number?.dataset.n) || undefined;
  for (const field of document.querySelectorAll<HTMLTextAreaElement>('textarea.citation')) {
    const { work, where } = field.dataset;
    if (work && where)
      field.value = citationText({ work, where }, { paragraph, id: passage ? id : undefined });
  }
  // Said where the reader is: the paragraph shows that the citation above now cites it
  // (drawn by cite.css, so never copied with the letter's words), the fold opens, and a
  // screen reader hears it.
  for (const cited of document.querySelectorAll<HTMLElement>('[data-cited]')) delete cited.dataset.cited;
  const holder = number?.parentElement;
  if (!holder || !paragraph) return;
  holder.dataset.cited = String(paragraph);
  for (const fold of document.querySelectorAll<HTMLDetailsElement>('.cite-fold')) fold.open = true;
  const status = document.querySelector('.cite-copy [role="status"]');
  if (status) status.textContent = `The citation now cites para ${paragraph}.`;
}
citePassage();
addEventListener('hashchange', citePassage);

document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest('.cite-copy button');
  const cite = button?.closest('.cite');
  const field = cite?.querySelector<HTMLTextAreaElement>('textarea.citation');
  const status = cite?.querySelector('.cite-copy [role="status"]');
  if (!field || !status) return;
  status.textContent = '';
  try {
    await navigator.clipboard.writeText(field.value);
    status.textContent = 'Citation copied.';
  } catch {
    // The browser may refuse the clipboard (a setting, or a page not served over HTTPS).
    field.focus();
    field.select();
    status.textContent =
      'The browser did not allow copying. The citation is selected: press Ctrl+C (⌘C on a Mac).';
  }
});
