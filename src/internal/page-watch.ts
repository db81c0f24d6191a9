/**
 * Observers for the whole page, shared by every widget. They tell each widget
 * what changed: a `lang` attribute anywhere, the theme of `<html>` or `<body>`
 * (class, style, data-theme), or the OS's light or dark setting. Each widget
 * decides whether that concerns it, so a page that toggles body classes on
 * scroll does not redraw widgets whose theme is fixed.
 */

/** What changed on the page. */
export type PageChange = 'lang' | 'page-scheme' | 'os-scheme';

/** A widget that wants to hear of page changes. */
export interface PageWatcher {
  readonly ownerDocument: Document;
  pageChanged(change: PageChange): void;
}

const widgets = new Set<PageWatcher>();
let observers: MutationObserver[] = [];
let darkQuery: MediaQueryList | undefined;

const tell = (change: PageChange) => () => {
  for (const widget of widgets) widget.pageChanged(change);
};
const onOsScheme = tell('os-scheme');

/** Starts telling `widget` of page language and theme changes. */
export function watchPage(widget: PageWatcher): void {
  widgets.add(widget);
  if (observers.length || typeof MutationObserver === 'undefined') return;
  const doc = widget.ownerDocument;
  const languages = new MutationObserver(tell('lang'));
  languages.observe(doc.documentElement, { attributeFilter: ['lang'], subtree: true });
  const themes = new MutationObserver(tell('page-scheme'));
  for (const root of [doc.documentElement, doc.body]) {
    if (root) themes.observe(root, { attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme'] });
  }
  observers = [languages, themes];
  darkQuery = matchMedia('(prefers-color-scheme: dark)');
  darkQuery.addEventListener('change', onOsScheme);
}

/** Stops telling `widget`; the observers go when no widget is left. */
export function unwatchPage(widget: PageWatcher): void {
  widgets.delete(widget);
  if (widgets.size > 0) return;
  for (const observer of observers) observer.disconnect();
  darkQuery?.removeEventListener('change', onOsScheme);
  observers = [];
  darkQuery = undefined;
}
