/**
 * The console warning for `<nw-quote role="…">` given the speaker's job:
 * `role` is also the element's ARIA role, so a value such as "President of
 * Kazakhstan" is read as three invalid roles (and "Head of Alert Services"
 * would make the quote an alert). Loaded only when a quote has a `role`.
 */

/** The ARIA 1.2 roles; `doc-*` (DPUB-ARIA) and `graphics-*` roles are allowed by their prefix. */
const ARIA_ROLES = new Set(
  (
    'alert alertdialog application article banner blockquote button caption cell checkbox code columnheader ' +
    'combobox comment complementary contentinfo definition deletion dialog directory document emphasis feed ' +
    'figure form generic grid gridcell group heading img image insertion link list listbox listitem log main ' +
    'mark marquee math menu menubar menuitem menuitemcheckbox menuitemradio meter navigation none note option ' +
    'paragraph presentation progressbar radio radiogroup region row rowgroup rowheader scrollbar search ' +
    'searchbox separator slider spinbutton status strong subscript suggestion superscript switch tab table ' +
    'tablist tabpanel term textbox time timer toolbar tooltip tree treegrid treeitem'
  ).split(' '),
);

let warned = false;

/** Whether every word of `value` is an ARIA role. */
export function isAriaRole(value: string): boolean {
  const tokens = value.trim().toLowerCase().split(/\s+/);
  return tokens.every((token) => ARIA_ROLES.has(token) || /^(doc|graphics)-[a-z]+$/.test(token));
}

/** Warns once a page when a quote's `role` is not an ARIA role, naming `speaker-role`. */
export function warnAboutRole(value: string): void {
  if (warned || !value.trim() || isAriaRole(value)) return;
  warned = true;
  console.warn(
    `nw-quote: role="${value}" is not an ARIA role: screen readers and accessibility checkers read it as the element's role. ` +
      `Write the speaker's role as speaker-role="${value}".`,
  );
}
