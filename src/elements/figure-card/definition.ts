/** `<nw-figure-card>`: one headline figure. */
import { shown, oneOf, type WidgetDefinition } from '../../internal/definition.js';

export const figureCardDefinition = {
  tag: 'nw-figure-card',
  className: 'FigureCardElement',
  name: 'figure-card',
  attributes: [
    'animate',
    'as-of',
    'currency',
    'figure',
    'format',
    'label',
    'notation',
    'note',
    'qualifier',
    'source',
    'source-url',
    'value',
  ],
  items: ['figures'],
  shows: (attribute, payload) => shown({ figures: oneOf(payload.figures, attribute('figure')) }),
  loads: 'with-entry',
} as const satisfies WidgetDefinition;
