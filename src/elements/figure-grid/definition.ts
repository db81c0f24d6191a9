/** `<nw-figure-grid>`: several figures as a grid of cards. */
import { idList, idsOf, shown, type WidgetDefinition } from '../../internal/definition.js';

export const figureGridDefinition = {
  tag: 'nw-figure-grid',
  className: 'FigureGridElement',
  name: 'figure-grid',
  attributes: ['animate', 'figures'],
  items: ['figures'],
  shows(attribute, payload) {
    const listed = idList(attribute('figures'));
    return shown({ figures: listed.length ? listed : idsOf(payload.figures) });
  },
  loads: 'with-entry',
} as const satisfies WidgetDefinition;
