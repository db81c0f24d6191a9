import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Payload } from '../../../src/payload/schema.js';
import { part, shadowOf } from '../helpers.js';
import { chartOf, mountChart, payloadWith, tickLabels } from './chart-support.js';
import { container, explore, live, press, useStage } from './explore-support.js';

useStage();

/** Illustrative test data: two series of three regions. */
const regions = (extra: Partial<NonNullable<Payload['charts']>[number]> = {}) =>
  payloadWith({
    source: 'gen',
    x: { type: 'category', label: 'Region' },
    series: [
      {
        id: 'north',
        label: 'North',
        data: [
          { x: 'A', y: 30 },
          { x: 'B', y: 10, qualifier: 'about' },
          { x: 'C', y: 20 },
        ],
      },
      {
        id: 'south',
        label: 'South',
        data: [
          { x: 'A', y: 10 },
          { x: 'B', y: 30 },
          { x: 'C', y: 20 },
        ],
      },
    ],
    ...extra,
  });

const mounted = async (payload: Payload) => {
  const { element, event } = await mountChart(container, (el) => (el.payload = payload));
  expect(event.type, 'drawn, not an error').to.equal('nw-render');
  return element;
};
const rowsOf = (element: Element) =>
  Array.from(shadowOf(element).querySelectorAll('tr'), (row) => Array.from(row.children, (cell) => cell.textContent!.trim()));

describe('nw-chart: the forms a desk makes', () => {
  it('stacks bars in one stack per category, with each row total in the table', async () => {
    const element = await mounted(regions({ stacking: 'stacked' }));
    const chart = chartOf(element);
    expect(!!(chart.options.scales?.v0 as { stacked?: unknown } | undefined)?.stacked, 'a stacked value axis').to.equal(true);
    // The second series' bar starts where the first one's ends.
    const [first, second] = [0, 1].map((i) => chart.getDatasetMeta(i).data[0]!.getProps(['y', 'base'], true));
    expect(Math.abs(second!.base - first!.y)).to.be.below(1);
    expect(rowsOf(element)[0]).to.deep.equal(['Region', 'North', 'South', 'Total']);
    expect(rowsOf(element)[1]).to.deep.equal(['A', '30', '10', '40']);
    expect(part(element, 'canvas').getAttribute('aria-label'))
      .to.match(/^Bar chart, stacked\./)
      .and.include('Total — A: 40');
  });

  it('draws shares of 100 % and says each value with its share when explored', async () => {
    const { element } = await explore(regions({ stacking: 'percent' }));
    const scale = chartOf(element).scales.v0!;
    expect(scale.max).to.equal(100);
    await press(element, 'ArrowRight');
    expect(live(element)).to.equal('A: North, 30 (75%). Source: Generated test data.');
  });

  it('marks a qualified value when its words have no room, and explains the mark once', async () => {
    const element = await mounted(regions({ stacking: 'stacked' }));
    expect(shadowOf(element).querySelectorAll('.mark-key')).to.have.length(1);
    expect(part(element, '.mark-key').textContent).to.match(/^\* marks a value with a qualifier .* where its words do not fit/);
    // The table keeps the words.
    expect(rowsOf(element)[2]).to.deep.equal(['B', 'about 10', '30', 'about 40']);
  });

  it('draws an area chart by month with month ticks, and month rows in the table', async () => {
    const element = await mounted(
      payloadWith({
        type: 'area',
        x: { type: 'date', label: 'Month' },
        series: [
          { id: 'v', label: 'Visits', data: ['2026-01', '2026-02', '2026-03', '2026-04'].map((x, i) => ({ x, y: i + 1 })) },
        ],
      }),
    );
    const chart = chartOf(element);
    expect(chart.data.datasets[0]!.type).to.equal('line');
    expect(!!(chart.data.datasets[0] as { fill?: unknown }).fill, 'the area is filled').to.equal(true);
    const ticks = tickLabels(chart, 'i0').filter(Boolean);
    expect(ticks).to.include('Jan 2026');
    expect(ticks.every((tick) => !/\b1, 2026/.test(tick))).to.equal(true);
    expect(
      rowsOf(element)
        .slice(1)
        .map((row) => row[0]),
    ).to.deep.equal(['Jan 2026', 'Feb 2026', 'Mar 2026', 'Apr 2026']);
  });

  it('reads a range "between … and …" in the table and when explored', async () => {
    const payload = payloadWith({
      source: 'gen',
      series: [
        {
          id: 'est',
          label: 'Estimate',
          data: [
            { x: 'A', y: 6000, low: 5000, high: 8000 },
            { x: 'B', y: null, low: 1000, high: 2000 },
          ],
        },
      ],
    });
    const { element } = await explore(payload);
    expect(rowsOf(element).slice(1)).to.deep.equal([
      ['A', '6,000 (between 5,000 and 8,000)'],
      ['B', 'between 1,000 and 2,000'],
    ]);
    await press(element, 'ArrowRight');
    expect(live(element)).to.equal('A: Estimate, 6,000 (between 5,000 and 8,000). Source: Generated test data.');
  });

  it('writes each annotation in the text alternative and below the table', async () => {
    const element = await mounted(
      regions({
        annotations: [
          { type: 'line', axis: 'y', value: 25, label: 'Target' },
          { type: 'range', axis: 'x', from: 'A', to: 'B', label: 'Pilot' },
          { type: 'note', x: 'C', series: 'south', label: 'New count' },
        ],
      }),
    );
    const marked = 'Marked on the chart: Target (25); Pilot (A – B); New count (C)';
    expect(part(element, '.marked').textContent).to.equal(marked);
    expect(part(element, 'canvas').getAttribute('aria-label')).to.include(marked);
  });

  it('highlights a series by weight as well as colour, in the legend and on the canvas', async () => {
    const element = await mounted(regions({ type: 'line', highlight: ['south'] }));
    const items = Array.from(shadowOf(element).querySelectorAll('.legend li'));
    expect(items.map((item) => item.classList.contains('highlighted'))).to.deep.equal([false, true]);
    expect(getComputedStyle(items[1]!).fontWeight).to.equal('700');
    const widths = chartOf(element).data.datasets.map((dataset) => (dataset as { borderWidth?: number }).borderWidth ?? 0);
    expect(widths[1]).to.be.above(widths[0]!);
  });

  it('plays a stacked series as tones', async () => {
    const { element } = await explore(regions({ stacking: 'stacked' }));
    await sendKeys({ press: 's' });
    await waitUntil(() => live(element).includes('as tones'), 'the tones to be announced');
    expect(live(element)).to.match(/^North as tones, from A to C/);
    await sendKeys({ press: 's' });
  });
});
