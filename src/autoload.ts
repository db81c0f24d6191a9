/**
 * The script-tag entry (`dist/newsroom-widgets.js`): defines the figure card,
 * figure grid and quote at once, and loads `nw-chart` and `nw-embed` the first
 * time the page has one. A page with cards and quotes never downloads the
 * chart code (`dist/newsroom-widgets.chart.js`, with Chart.js in it).
 * Also exports the payload API (validate, load, embed snippet).
 */
import { loadElement } from './internal/define.js';
import './elements/figure-card/figure-card.js';
import './elements/figure-grid/figure-grid.js';
import './elements/quote/quote.js';

const ON_FIRST_USE: Record<string, () => Promise<unknown>> = {
  'nw-chart': () => import('./elements/chart/chart.js'),
  'nw-embed': () => import('./elements/embed/embed.js'),
};
const pending = new Map(Object.entries(ON_FIRST_USE));
let observer: MutationObserver | undefined;

/** Loads the code of every widget found in `root` (a document or an element) that is not defined yet. */
export function defineWidgetsIn(root: ParentNode): void {
  for (const [tag, load] of pending) {
    if (customElements.get(tag)) pending.delete(tag);
    else if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) {
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
      for (const node of Array.from(record.addedNodes)) if (node instanceof Element) defineWidgetsIn(node);
    }
  });
  if (pending.size) observer.observe(document.documentElement, { childList: true, subtree: true });
}

export * from './payload/index.js';
export { formatValue, formatDate, formatNumber } from './format/figures.js';
export { strings, loadLanguage } from './format/strings.js';
