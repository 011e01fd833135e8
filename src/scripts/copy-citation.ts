/**
 * Adds a Copy button to a letter's citation field. A letter's own page runs no script, so
 * there the field is copied by keyboard; pages that already run one (the search-hits page)
 * add the button.
 */
export function addCopyButton(cite: Element): void {
  const field = cite.querySelector<HTMLTextAreaElement>('textarea.citation');
  if (!field) return;
  const row = document.createElement('p');
  row.className = 'cite-copy';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = 'Copy citation';
  // Created empty, before anything is said in it, so screen readers announce each message.
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  row.append(button, status);
  field.after(row);

  button.addEventListener('click', async () => {
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
}
