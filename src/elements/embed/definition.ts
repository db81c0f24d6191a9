/** `<nw-embed>`: a whole payload, loaded the first time a page has one. */
import { idsOf, type WidgetDefinition } from '../../internal/definition.js';
import { embedSections } from '../../views/embed-sections.js';

export const embedDefinition = {
  tag: 'nw-embed',
  className: 'EmbedElement',
  name: 'embed',
  attributes: ['heading-level', 'sections'],
  items: ['figures', 'charts', 'quotes'],
  shows(attribute, payload) {
    const sections = embedSections(attribute('sections'));
    return {
      figures: sections.includes('figures') ? idsOf(payload.figures) : [],
      charts: sections.includes('charts') ? idsOf(payload.charts) : [],
      quotes: sections.includes('quotes') ? idsOf(payload.quotes) : [],
    };
  },
  loads: 'on-first-use',
} as const satisfies WidgetDefinition;
