/**
 * newsroom-widgets: importing this module defines every element, hands the
 * registry all three languages (so a Russian or Kazakh page draws at once,
 * without loading its strings), upgrades the plain-markup form
 * (`<div data-nw="…">`) now and as it is added, and exposes the public API.
 */
import { provideLanguages } from './format/strings.js';
import { shippedLanguages } from './format/languages/shipped.js';
import { watchPlainMarkup } from './plain-markup.js';

export { FigureCardElement } from './elements/figure-card/figure-card.js';
export { FigureGridElement } from './elements/figure-grid/figure-grid.js';
export { ChartElement } from './elements/chart/chart.js';
export { QuoteElement } from './elements/quote/quote.js';
export { EmbedElement } from './elements/embed/embed.js';
export { WidgetElement, type Theme } from './internal/widget-element.js';
export type { WidgetEventMap } from './internal/events.js';
export * from './payload/index.js';
export {
  formatValue,
  formatDate,
  formatNumber,
  strings,
  chartStrings,
  type FormattedValue,
  type UiStrings,
  type ChartStrings,
} from './format/index.js';

export { upgradePlainMarkup, PLAIN_MARKUP_NAMES } from './plain-markup.js';

provideLanguages(shippedLanguages);
watchPlainMarkup();
