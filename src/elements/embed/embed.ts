/**
 * Defines `<nw-embed>` and the widgets it is made of, `<nw-figure-grid>` and
 * `<nw-quote>`; `<nw-chart>` (with Chart.js) loads when a payload has charts.
 * The class is in `embed-element.ts`.
 */
import { defineElement } from '../../internal/define.js';
import { EmbedElement } from './embed-element.js';
import '../figure-grid/figure-grid.js';
import '../quote/quote.js';

export { EmbedElement };
export type { EmbedSection } from './embed-element.js';

defineElement('nw-embed', EmbedElement);

declare global {
  interface HTMLElementTagNameMap {
    'nw-embed': EmbedElement;
  }
}
