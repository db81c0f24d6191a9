/** `<nw-chart>`: one chart, with Chart.js, loaded the first time a page has one. */
import { shown, oneOf, type WidgetDefinition } from '../../internal/definition.js';

export const chartDefinition = {
  tag: 'nw-chart',
  className: 'ChartElement',
  name: 'chart',
  attributes: ['aspect-ratio', 'chart', 'heading-level', 'no-download', 'orientation', 'show-table', 'type'],
  items: ['charts'],
  shows: (attribute, payload) => shown({ charts: oneOf(payload.charts, attribute('chart')) }),
  loads: 'on-first-use',
} as const satisfies WidgetDefinition;
