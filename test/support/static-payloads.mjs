// Payloads the static target's conformance tests render: the demo story, and
// the story with every kind of widget and part added (every qualifier and
// format, a figure with several linked sources, a line chart by date with a
// missing point and notes, a vertical bar chart on two axes, a direct quote
// with a linked source and one with none). Used by
// test/node/email-conformance.test.mjs and test/node/rss-conformance.test.mjs.
import { readFileSync } from 'node:fs';

/** The demo story, as JSON text. */
export const storyText = readFileSync(new URL('../../demo/data/kazakhstan-unrest-2022.json', import.meta.url), 'utf8');

/** A payload with every kind of widget, qualifier, format and chart the schema has. */
export function everyKind() {
  const payload = JSON.parse(storyText);
  payload.sources.report = { name: 'Ministry report', url: 'https://example.org/report?year=2022&page=2' };
  payload.figures.push(
    { id: 'turnout', label: 'of those asked took part', value: 0.42, format: 'percent', qualifier: 'about', source: 'report' },
    {
      id: 'flights',
      label: 'flights cancelled',
      value: 1250,
      qualifier: 'up-to',
      source: ['sputnik', 'report'],
      asOf: '2022-01-06',
    },
    {
      id: 'injured',
      label: 'people injured',
      value: 2300000,
      notation: 'standard',
      qualifier: 'fewer-than',
      note: 'Hospital counts.',
    },
  );
  payload.charts.push(
    {
      id: 'prices-by-day',
      title: 'Gas prices by day',
      description: 'Liquefied gas prices in two cities, 1 to 5 January 2022.',
      type: 'line',
      x: { type: 'date', label: 'Day' },
      series: [
        {
          id: 'almaty',
          label: 'Almaty',
          unit: 'tenge per litre',
          color: '#1f77b4',
          data: [
            { x: '2022-01-01', y: 120, qualifier: 'about' },
            { x: '2022-01-02', y: null, note: 'not reported' },
            { x: '2022-01-03', y: 125 },
            { x: '2022-01-04', y: 90, note: 'price cap' },
            { x: '2022-01-05', y: 50 },
          ],
        },
        {
          id: 'zhanaozen',
          label: 'Zhanaozen',
          unit: 'tenge per litre',
          data: ['2022-01-01', '2022-01-02', '2022-01-03', '2022-01-04', '2022-01-05'].map((x, i) => ({ x, y: 60 + 20 * i })),
        },
      ],
      source: ['report', 'tass'],
      notes: 'Prices at filling stations.',
    },
    {
      id: 'detained-by-city',
      title: 'Detained by city',
      type: 'bar',
      orientation: 'vertical',
      layout: 'shared',
      x: { type: 'category', label: 'City' },
      series: [
        {
          id: 'people',
          label: 'People detained',
          unit: 'people',
          data: [
            { x: 'Almaty', y: 3100, qualifier: 'more-than' },
            { x: 'Shymkent', y: 900 },
          ],
        },
        {
          id: 'cost',
          label: 'Damage',
          currency: 'USD',
          type: 'line',
          data: [
            { x: 'Almaty', y: 150000000, qualifier: 'at-least' },
            { x: 'Shymkent', y: 20000000 },
          ],
        },
      ],
      source: 'sputnik',
    },
  );
  payload.quotes.push(
    {
      id: 'direct-linked',
      text: 'Order has been restored in all regions.',
      speaker: 'Kassym-Jomart Tokayev',
      role: 'President of Kazakhstan',
      kind: 'direct',
      source: 'report',
      date: '2022-01-07',
      context: 'In a televised address.',
    },
    { id: 'direct-bare', text: 'We stayed at home.', speaker: 'A resident of Almaty', kind: 'direct' },
  );
  return payload;
}
