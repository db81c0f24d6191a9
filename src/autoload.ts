/**
 * The script-tag entry (`dist/newsroom-widgets.js`): defines each element the
 * first time the page has one, so a page pays only for the widgets it shows.
 * A page with cards and quotes never downloads the chart element or Chart.js.
 * Also exports the payload API (validate, load, embed snippet).
 */
const ELEMENTS: Record<string, () => Promise<unknown>> = {
  'nw-figure-card': () => import('./elements/figure-card/figure-card.js'),
  'nw-figure-grid': () => import('./elements/figure-grid/figure-grid.js'),
  'nw-chart': () => import('./elements/chart/chart.js'),
  'nw-quote': () => import('./elements/quote/quote.js'),
  'nw-embed': () => import('./elements/embed/embed.js'),
};
const pending = new Map(Object.entries(ELEMENTS));
let observer: MutationObserver | undefined;

function load(tag: string): void {
  const loader = pending.get(tag);
  if (!loader) return;
  pending.delete(tag);
  loader().catch((error: unknown) => console.error(`newsroom-widgets: could not load <${tag}>:`, error));
  if (!pending.size) observer?.disconnect();
}

/** Loads the code of every widget found in `root` (a document or an element). */
export function defineWidgetsIn(root: ParentNode): void {
  for (const tag of [...pending.keys()]) {
    if (customElements.get(tag)) pending.delete(tag);
    else if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) load(tag);
  }
}

if (typeof document !== 'undefined') {
  defineWidgetsIn(document);
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) if (node instanceof Element) defineWidgetsIn(node);
    }
  });
  if (pending.size) observer.observe(document.documentElement, { childList: true, subtree: true });
}

export * from './payload/index.js';
export { formatValue, formatDate, formatNumber, strings } from './format/index.js';
