/**
 * Observers for the whole page, shared by every widget: when a `lang` attribute
 * changes anywhere, when `<html>` or `<body>` switch theme (class, style,
 * data-theme), or when the OS switches between light and dark, every
 * connected widget re-renders.
 */
import type { ReactiveElement } from 'lit';

const widgets = new Set<ReactiveElement>();
let observers: MutationObserver[] = [];
let darkQuery: MediaQueryList | undefined;

function updateAll(): void {
  for (const widget of widgets) widget.requestUpdate();
}

/** Starts re-rendering `widget` on page language and theme changes. */
export function watchPage(widget: ReactiveElement): void {
  widgets.add(widget);
  if (observers.length || typeof MutationObserver === 'undefined') return;
  const doc = widget.ownerDocument;
  const languages = new MutationObserver(updateAll);
  languages.observe(doc.documentElement, { attributeFilter: ['lang'], subtree: true });
  const themes = new MutationObserver(updateAll);
  for (const root of [doc.documentElement, doc.body]) {
    if (root) themes.observe(root, { attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme'] });
  }
  observers = [languages, themes];
  darkQuery = matchMedia('(prefers-color-scheme: dark)');
  darkQuery.addEventListener('change', updateAll);
}

/** Stops watching for `widget`; the observers go when no widget is left. */
export function unwatchPage(widget: ReactiveElement): void {
  widgets.delete(widget);
  if (widgets.size > 0) return;
  for (const observer of observers) observer.disconnect();
  darkQuery?.removeEventListener('change', updateAll);
  observers = [];
  darkQuery = undefined;
}
