/**
 * Loads each widget defined on first use (`loads: 'on-first-use'` in its
 * definition: `nw-chart`, `nw-embed`) the first time the page has one, and the
 * code that upgrades the plain-markup form (`<div data-nw>`) the first time
 * the page has that. The script-tag entry imports this module before any
 * other, so a chart's file starts downloading before the rest of the entry has
 * even run.
 *
 * The list is written out rather than read from the definitions, which would
 * put every widget's attributes in the entry (0.8 KB gzip); a test
 * (`test/node/definitions.test.mjs`) holds it to them.
 */
import { loadElement } from './internal/define.js';

/** The tags not defined yet (and the plain-markup divs), with what loads each. */
const pending = new Map<string, () => Promise<unknown>>([
  ['nw-chart', () => import('./elements/chart/chart.js')],
  ['nw-embed', () => import('./elements/embed/embed.js')],
  // Once loaded, that code upgrades the page's divs and watches for more itself.
  ['div[data-nw]', () => import('./plain-markup.js').then((module) => module.watchPlainMarkup())],
]);
let observer: MutationObserver | undefined;

/** Loads the code of every widget found in `root` (a document or an element) that is not defined yet. */
export function defineWidgetsIn(root: ParentNode): void {
  for (const [tag, load] of pending) {
    if (customElements.get(tag)) pending.delete(tag);
    else if ((root instanceof Element && root.matches(tag)) || root.querySelector(tag)) {
      pending.delete(tag);
      loadElement(tag, load);
    }
  }
  if (!pending.size) observer?.disconnect();
}

if (typeof document !== 'undefined') {
  defineWidgetsIn(document);
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) defineWidgetsIn(node);
    }
  });
  if (pending.size) observer.observe(document.documentElement, { childList: true, subtree: true });
}
