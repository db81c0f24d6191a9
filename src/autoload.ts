/**
 * The script-tag entry (`dist/newsroom-widgets.js`): defines the figure card,
 * figure grid and quote at once, and loads `nw-chart` and `nw-embed` the first
 * time the page has one. A page with cards and quotes never downloads the
 * chart code (`dist/newsroom-widgets.chart.js`, with Chart.js in it).
 * Upgrades the plain-markup form (`<div data-nw="…">`, for CMS fields that
 * strip custom tags) now and as it is added, with code loaded only by pages
 * that have it. Also exports the payload API (parse, validate, load); the embed snippet
 * builder is in the npm package (`newsroom-widgets/payload`) and the CLI.
 */
export { defineWidgetsIn } from './first-use.js';
import './elements/figure-card/figure-card.js';
import './elements/figure-grid/figure-grid.js';
import './elements/quote/quote.js';

export * from './payload/runtime.js';
export { loadPayload, fetchPayload, clearPayloadCache } from './payload/load-on-demand.js';
export { formatValue, formatNumber } from './format/figures.js';
export { formatDate } from './format/dates.js';
export { strings, loadLanguage } from './format/strings.js';
