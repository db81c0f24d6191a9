/**
 * newsroom-widgets: importing this module defines every element and exposes
 * the public API.
 */
export { FigureCardElement } from './elements/figure-card/figure-card.js';
export { FigureGridElement } from './elements/figure-grid/figure-grid.js';
export { ChartElement } from './elements/chart/chart.js';
export { QuoteElement } from './elements/quote/quote.js';
export { EmbedElement } from './elements/embed/embed.js';
export { WidgetElement, type Theme } from './internal/widget-element.js';
export type { WidgetEventMap } from './internal/events.js';
export * from './payload/index.js';
export { formatValue, formatDate, formatNumber, strings, type FormattedValue, type UiStrings } from './format/index.js';
