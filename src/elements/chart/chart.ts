/** Defines `<nw-chart>`; the class is in `chart-element.ts`. */
import { defineElement } from '../../internal/define.js';
import { ChartElement } from './chart-element.js';

export { ChartElement };

defineElement('nw-chart', ChartElement);

declare global {
  interface HTMLElementTagNameMap {
    'nw-chart': ChartElement;
  }
}
