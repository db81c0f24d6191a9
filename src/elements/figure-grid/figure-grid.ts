/** Defines `<nw-figure-grid>`; the class is in `figure-grid-element.ts`. */
import { defineElement } from '../../internal/define.js';
import { FigureGridElement } from './figure-grid-element.js';

export { FigureGridElement };

defineElement('nw-figure-grid', FigureGridElement);

declare global {
  interface HTMLElementTagNameMap {
    'nw-figure-grid': FigureGridElement;
  }
}
