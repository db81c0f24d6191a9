/**
 * Loads `nw-chart` (with Chart.js) and `nw-embed` the first time the page has
 * one, and the code that upgrades the plain-markup form (`<div data-nw>`)
 * the first time the page has that. The script-tag entry imports this module
 * before any other, so a chart's file starts downloading before the rest of
 * the entry has even run.
 */
import { loadElement } from './internal/define.js';

/** The tags not defined yet, with what loads each. */
const pending = new Map<string, () => Promise<unknown>>([
  ['nw-chart', () => import('./elements/chart/chart.js')],
  ['nw-embed', () => import('./elements/embed/embed.js')],
]);
let plainMarkup: Promise<typeof import('./plain-markup.js')> | undefined;

/** Upgrades the `<div data-nw>` in `root`, loading that code the first time there are some. */
function upgradeIn(root: ParentNode): void {
  if (!(root as Element).matches?.('[data-nw]') && !root.querySelector('[data-nw]')) return;
  // When the code cannot be had, the divs keep their fallback and the error is logged.
  (plainMarkup ??= import('./plain-markup.js')).then((module) => module.upgradePlainMarkup(root), console.error);
}

/** Loads the code of every widget found in `root` (a document or an element) that is not defined yet. */
export function defineWidgetsIn(root: ParentNode): void {
  for (const [tag, load] of pending) {
    if (customElements.get(tag)) pending.delete(tag);
    else if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) {
      pending.delete(tag);
      loadElement(tag, load);
    }
  }
}

if (typeof document !== 'undefined') {
  upgradeIn(document);
  defineWidgetsIn(document);
  // Kept for the page's life: plain markup may come at any time (infinite scroll, live blogs).
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        upgradeIn(node);
        if (pending.size) defineWidgetsIn(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
