/** Defines `<nw-figure-card>`; the class is in `figure-card-element.ts`. */
import { defineElement } from '../../internal/define.js';
import { FigureCardElement } from './figure-card-element.js';

export { FigureCardElement };

defineElement('nw-figure-card', FigureCardElement);

declare global {
  interface HTMLElementTagNameMap {
    'nw-figure-card': FigureCardElement;
  }
}
