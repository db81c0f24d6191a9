/**
 * The list of widgets. Adding a widget means a folder under `elements/` with
 * its `definition.ts`, a line here and its loader in `widget-loaders.ts`.
 */
import { figureCardDefinition } from './elements/figure-card/definition.js';
import { figureGridDefinition } from './elements/figure-grid/definition.js';
import { chartDefinition } from './elements/chart/definition.js';
import { quoteDefinition } from './elements/quote/definition.js';
import { embedDefinition } from './elements/embed/definition.js';
import type { WidgetDefinition } from './internal/definition.js';

export type { WidgetDefinition } from './internal/definition.js';

/** Every widget, in the order the reference lists them. */
export const WIDGETS = [
  figureCardDefinition,
  figureGridDefinition,
  chartDefinition,
  quoteDefinition,
  embedDefinition,
] as const satisfies readonly WidgetDefinition[];

/** A widget's tag. */
export type WidgetTag = (typeof WIDGETS)[number]['tag'];

/** The widget with this tag, if any. */
export function widgetByTag(tag: string): WidgetDefinition | undefined {
  return WIDGETS.find((widget) => widget.tag === tag);
}
