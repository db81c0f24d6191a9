/** Defines `<nw-quote>`; the class is in `quote-element.ts`. */
import { defineElement } from '../../internal/define.js';
import { QuoteElement } from './quote-element.js';

export { QuoteElement };
export type { QuoteKind } from './quote-element.js';

defineElement('nw-quote', QuoteElement);

declare global {
  interface HTMLElementTagNameMap {
    'nw-quote': QuoteElement;
  }
}
