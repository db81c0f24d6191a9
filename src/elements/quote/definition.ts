/** `<nw-quote>`: one quote. */
import { shown, oneOf, type WidgetDefinition } from '../../internal/definition.js';

export const quoteDefinition = {
  tag: 'nw-quote',
  className: 'QuoteElement',
  name: 'quote',
  attributes: ['date', 'kind', 'quote', 'role', 'source', 'source-url', 'speaker', 'speaker-role', 'text'],
  items: ['quotes'],
  shows: (attribute, payload) => shown({ quotes: oneOf(payload.quotes, attribute('quote')) }),
  loads: 'with-entry',
} as const satisfies WidgetDefinition;
