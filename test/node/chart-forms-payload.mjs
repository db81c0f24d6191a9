// A payload of the chart forms a news desk makes, for the tests of the Node
// targets (chart-forms-targets, email-, rss- and apple-news-conformance):
// stacked and percent bars, stacked areas and an area by month with ranges
// (one point known only by its range), every kind of annotation, highlights,
// and sources whose name is blank.

const month = (i) => `2026-${String(i + 1).padStart(2, '0')}`;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'];

/** An area chart by month: ranges (one point known only by its range), and no annotation. */
const plainArea = {
  id: 'plain-area',
  title: 'Cases by month',
  type: 'area',
  x: { type: 'date', precision: 'month' },
  series: [
    {
      id: 'cases',
      label: 'Cases',
      color: '#1f77b4',
      data: [
        { x: month(0), y: 1200, low: 1000, high: 1500 },
        { x: month(1), y: 1800 },
        { x: month(2), y: null, low: 2000, high: 3000 },
        { x: month(3), y: 2600, qualifier: 'about' },
        { x: month(4), y: 4100 },
        { x: month(5), y: 3900, note: 'provisional' },
      ],
    },
  ],
  source: 'wire',
};

/** The same chart with every kind of annotation and a highlighted month. */
const annotatedArea = {
  ...plainArea,
  id: 'area',
  annotations: [
    { type: 'line', axis: 'x', value: month(2), label: 'Curfew' },
    { type: 'range', axis: 'x', from: month(1), to: month(3), label: 'State of emergency' },
    { type: 'line', axis: 'y', value: 5000, label: 'Capacity' },
    { type: 'range', axis: 'y', from: 1000, to: 2000 },
    { type: 'note', x: month(4), series: 'cases', label: 'Peak' },
  ],
  highlight: [month(4)],
};

const regions = (north, south) => [
  { id: 'north', label: 'North', unit: 'people', color: '#1f77b4', data: north },
  { id: 'south', label: 'South', unit: 'people', color: '#ff7f0e', data: south },
];

export const chartForms = {
  version: 1,
  id: 'chart-forms',
  locale: 'en',
  title: 'Chart forms',
  sources: { wire: { name: 'Wire', url: 'https://example.org/wire' }, blank: { name: ' ' } },
  charts: [
    {
      id: 'stacked',
      title: 'Detained by region',
      type: 'bar',
      stacking: 'stacked',
      series: regions(
        [
          { x: '2024', y: 100 },
          { x: '2025', y: 150, qualifier: 'about' },
        ],
        [
          { x: '2024', y: 50 },
          { x: '2025', y: 70 },
        ],
      ),
      highlight: ['north'],
      source: ['wire', 'blank'],
    },
    {
      id: 'percent',
      title: 'Share by region',
      type: 'bar',
      stacking: 'percent',
      series: regions(
        [
          { x: 'Town', y: 30 },
          { x: 'Country', y: 10 },
        ],
        [
          { x: 'Town', y: 70 },
          { x: 'Country', y: 30 },
        ],
      ),
      source: 'blank',
    },
    {
      id: 'stacked-area',
      title: 'Stacked areas by month',
      type: 'area',
      stacking: 'stacked',
      x: { type: 'date', precision: 'month' },
      series: regions(
        MONTHS.map((_, i) => ({ x: month(i), y: 10 * (i + 1) })),
        MONTHS.map((_, i) => ({ x: month(i), y: 5 * (i + 1) })),
      ),
    },
    annotatedArea,
    plainArea,
  ],
  quotes: [
    { id: 'direct', text: 'Words.', speaker: 'Someone', source: 'blank' },
    { id: 'reported', kind: 'paraphrase', text: 'Other words.', speaker: 'Someone else', source: 'blank' },
  ],
};
