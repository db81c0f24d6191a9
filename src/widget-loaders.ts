/**
 * What loads each widget's element: the module that defines it and exports its
 * class. The first-use loader and the server find the elements here; the
 * compiler holds this list to the definitions (`widgets.ts`), one loader a tag.
 * Element code never imports this module: the loaders lead back to it.
 * The server reads it; the browser's first-use loader has its own list.
 */
import type { WidgetTag } from './widgets.js';
import { noScriptStyles as chartNoScriptStyles } from './elements/chart/chart.styles.js';

/** Loads the module that defines a widget's element (and exports its class under the definition's `className`). */
export type WidgetLoader = () => Promise<Record<string, unknown>>;

export const WIDGET_LOADERS: Record<WidgetTag, WidgetLoader> = {
  'nw-figure-card': () => import('./elements/figure-card/figure-card.js'),
  'nw-figure-grid': () => import('./elements/figure-grid/figure-grid.js'),
  'nw-chart': () => import('./elements/chart/chart.js'),
  'nw-quote': () => import('./elements/quote/quote.js'),
  'nw-embed': () => import('./elements/embed/embed.js'),
};

/** Styles a pre-rendered widget adds for pages that run no script (the chart shows its table). */
export const NO_SCRIPT_STYLES: Partial<Record<WidgetTag, string>> = {
  'nw-chart': chartNoScriptStyles,
};
