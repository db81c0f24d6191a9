import { expect } from '@open-wc/testing';
import '../../../src/elements/chart/chart.js';
import type { ChartElement } from '../../../src/elements/chart/chart.js';
import { clearPayloadCache } from '../../../src/payload/load.js';
import { story, storyText } from '../../support/story.js';
import { part, shadowOf, textOf } from '../helpers.js';
import { chartOf, days, mountChart, nextRender, payloadWith } from './chart-support.js';

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  container.style.width = '720px';
  document.body.append(container);
});
afterEach(() => {
  container.remove();
  document.querySelectorAll('script[data-test-payload]').forEach((script) => script.remove());
});

describe('nw-chart: where the data comes from', () => {
  it('draws from the payload property, and fires nw-render after Chart.js drew', async () => {
    const { element, event, errors } = await mountChart(container, (el) => (el.payload = story()));
    expect(errors).to.deep.equal([]);
    expect(event.type).to.equal('nw-render');
    const chart = chartOf(element);
    expect(chart.width).to.be.greaterThan(0);
    expect(chart.data.datasets.map((dataset) => dataset.label)).to.deep.equal(['People detained', 'Estimated damage']);
    expect(textOf(element, '[part="title"]')).to.equal('Detentions and damage');
  });

  it('draws from a child <script type="application/json">', async () => {
    const { element, event } = await mountChart(container, (el) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = storyText;
      el.append(script);
    });
    expect(event.type).to.equal('nw-render');
    expect(chartOf(element).data.labels).to.deep.equal(['January 2022 unrest']);
  });

  it('draws from payload-id, a script elsewhere in the page', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'chart-test-payload';
    script.dataset.testPayload = '';
    script.textContent = storyText;
    document.body.append(script);
    const { element, event } = await mountChart(container, (el) => el.setAttribute('payload-id', 'chart-test-payload'));
    expect(event.type).to.equal('nw-render');
    expect(chartOf(element).data.datasets).to.have.length(2);
  });

  it('draws from src, fetched from the server', async () => {
    clearPayloadCache();
    const { element, event } = await mountChart(container, (el) => el.setAttribute('src', '/__nw/story.json'));
    expect(event.type).to.equal('nw-render');
    expect(chartOf(element).data.datasets).to.have.length(2);
    expect(textOf(element, '[part="source"]')).to.equal('Source: Sputnik');
  });

  it('shows the chart the chart attribute names, and the first by default', async () => {
    const payload = story();
    payload.charts!.push({ ...payload.charts![0]!, id: 'second', title: 'The second chart' });
    const first = await mountChart(container, (el) => (el.payload = payload));
    expect(textOf(first.element, '[part="title"]')).to.equal('Detentions and damage');
    const second = await mountChart(container, (el) => {
      el.payload = payload;
      el.setAttribute('chart', 'second');
    });
    expect(textOf(second.element, '[part="title"]')).to.equal('The second chart');
  });

  it('reports a chart id that does not exist as not-found, with the neutral line', async () => {
    const { element, event, errors } = await mountChart(container, (el) => {
      el.payload = story();
      el.setAttribute('chart', 'no-such-chart');
    });
    expect(event.type).to.equal('nw-error');
    expect(errors.map((error) => error.code)).to.deep.equal(['not-found']);
    expect(textOf(element, '.unavailable')).to.equal('Data unavailable');
    expect(shadowOf(element).querySelector('canvas')).to.equal(null);
  });

  it('shows its fallback content and a debug panel when the payload is invalid', async () => {
    const bad = story() as unknown as { charts: { series: { data: { y: unknown }[] }[] }[] };
    bad.charts[0]!.series[0]!.data[0]!.y = 'many';
    const { element, errors } = await mountChart(container, (el) => {
      el.append(Object.assign(document.createElement('p'), { className: 'fb', textContent: 'More than 5,000 detained.' }));
      el.debug = true;
      el.payload = bad;
    });
    expect(errors[0]?.code).to.equal('invalid-payload');
    expect(errors[0]?.path).to.deep.equal(['charts[0].series[0].data[0].y']);
    expect(part(element, 'slot').localName).to.equal('slot');
    expect(textOf(element, '[part="debug"]')).to.contain('charts[0].series[0].data[0].y');
  });

  it('resolves the rendered promise once drawn', async () => {
    const element = document.createElement('nw-chart');
    element.payload = story();
    container.append(element);
    await element.rendered;
    expect(chartOf(element).width).to.be.greaterThan(0);
  });
});

describe('nw-chart: types, orientation and axes', () => {
  it('draws the story as horizontal bars, its two units in two panels side by side', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    const chart = chartOf(element);
    expect(chart.options.indexAxis).to.equal('y');
    const [people, dollars] = [0, 1].map((i) => chart.getDatasetMeta(i));
    // The two series are measured on two different value scales…
    expect(people!.xAxisID).to.equal('v0');
    expect(dollars!.xAxisID).to.equal('v1');
    const v0 = chart.scales.v0!;
    const v1 = chart.scales.v1!;
    expect(v0.max).to.be.at.least(5_000).and.below(100_000);
    expect(v1.max).to.be.at.least(200_000_000);
    // …laid out side by side with a gap, and sharing the category axis.
    expect(v0.right).to.be.lessThan(v1.left);
    expect(people!.yAxisID).to.equal(dollars!.yAxisID);
    // Each bar sits on the category's centre line: no grouping across panels.
    const [a, b] = [people!.data[0]!, dollars!.data[0]!];
    expect(Math.abs(a.y - b.y)).to.be.lessThan(1);
  });

  it('stacks panels above each other for vertical charts, sharing the x axis', async () => {
    const story2 = story();
    story2.charts![0]!.orientation = 'vertical';
    const { element } = await mountChart(container, (el) => (el.payload = story2));
    const chart = chartOf(element);
    const v0 = chart.scales.v0!;
    const v1 = chart.scales.v1!;
    expect(v0.axis).to.equal('y');
    expect(v0.bottom).to.be.lessThan(v1.top);
    expect(chart.getDatasetMeta(0).xAxisID).to.equal(chart.getDatasetMeta(1).xAxisID);
  });

  it('lets the orientation and type attributes override the payload', async () => {
    const { element } = await mountChart(container, (el) => {
      el.payload = story();
      el.setAttribute('orientation', 'vertical');
      el.setAttribute('type', 'line');
    });
    const chart = chartOf(element);
    expect(chart.options.indexAxis).to.equal('x');
    expect(chart.data.datasets.map((dataset) => dataset.type)).to.deep.equal(['line', 'line']);
  });

  it('keeps series of one unit in one panel, and gives panels per series with layout panels', async () => {
    const series = [
      {
        id: 'a',
        label: 'Almaty',
        unit: 'people',
        data: [
          { x: '2021', y: 10 },
          { x: '2022', y: 20 },
        ],
      },
      {
        id: 'b',
        label: 'Astana',
        unit: 'people',
        data: [
          { x: '2021', y: 5 },
          { x: '2022', y: 8 },
        ],
      },
    ];
    const together = await mountChart(container, (el) => (el.payload = payloadWith({ type: 'bar', series })));
    let chart = chartOf(together.element);
    expect(Object.keys(chart.scales).filter((id) => id.startsWith('v'))).to.deep.equal(['v0']);
    expect(part(together.element, '[part="legend"]').textContent).to.contain('Almaty (people)');

    const apart = await mountChart(container, (el) => (el.payload = payloadWith({ type: 'bar', layout: 'panels', series })));
    chart = chartOf(apart.element);
    expect(chart.getDatasetMeta(0).yAxisID).to.equal('v0');
    expect(chart.getDatasetMeta(1).yAxisID).to.equal('v1');
  });

  it('puts two units on two y axes of one panel only when the payload asks for shared', async () => {
    const payload = payloadWith({
      type: 'bar',
      layout: 'shared',
      series: [
        {
          id: 'a',
          label: 'Arrests',
          unit: 'people',
          data: [
            { x: '2021', y: 100 },
            { x: '2022', y: 300 },
          ],
        },
        {
          id: 'b',
          label: 'Budget',
          unit: 'US dollars',
          currency: 'USD',
          type: 'line',
          data: [
            { x: '2021', y: 1e6 },
            { x: '2022', y: 2e6 },
          ],
        },
      ],
    });
    const { element } = await mountChart(container, (el) => (el.payload = payload));
    const chart = chartOf(element);
    expect(chart.scales.v0!.position).to.equal('left');
    expect(chart.scales.v1!.position).to.equal('right');
    expect(chart.scales.v0!.top).to.equal(chart.scales.v1!.top);
    expect(chart.data.datasets.map((dataset) => dataset.type)).to.deep.equal(['bar', 'line']);
  });

  it('draws a line chart over dates on a linear time axis with calendar ticks', async () => {
    const dates = days(90);
    const payload = payloadWith({
      type: 'line',
      x: { type: 'date' },
      series: [{ id: 'price', label: 'Price', unit: 'tenge', data: dates.map((x, i) => ({ x, y: 60 + (i % 7) })) }],
    });
    const { element } = await mountChart(container, (el) => (el.payload = payload));
    const chart = chartOf(element);
    const x = chart.scales.i0!;
    expect(x.type).to.equal('linear');
    expect(x.min).to.equal(Date.UTC(2021, 0, 1));
    expect(x.max).to.equal(Date.UTC(2021, 2, 31));
    const labels = x.ticks.map((tick) => String(tick.label));
    expect(labels.length).to.be.greaterThan(1);
    // Every tick is a calendar boundary, labelled with Intl (no numbers of milliseconds).
    for (const tick of x.ticks) expect(new Date(tick.value).getUTCHours()).to.equal(0);
    for (const label of labels) expect(label).to.match(/^[A-Z][a-z]{2}( \d{1,2}| \d{4})$/);
  });

  it('draws bars over dates as date categories, in date order, formatted with Intl', async () => {
    const payload = payloadWith({
      type: 'bar',
      x: { type: 'date' },
      series: [
        {
          id: 'a',
          label: 'Arrests',
          data: [
            { x: '2022-01-07', y: 30 },
            { x: '2022-01-05', y: 10 },
            { x: '2022-01-06', y: 20 },
          ],
        },
      ],
    });
    const { element } = await mountChart(container, (el) => (el.payload = payload));
    const chart = chartOf(element);
    expect(chart.scales.i0!.type).to.equal('category');
    expect(chart.data.labels).to.deep.equal(['Jan 5, 2022', 'Jan 6, 2022', 'Jan 7, 2022']);
    expect(chart.data.datasets[0]!.data).to.deep.equal([10, 20, 30]);
  });

  it('draws mixed bar and line series', async () => {
    const payload = payloadWith({
      type: 'bar',
      series: [
        {
          id: 'a',
          label: 'A',
          data: [
            { x: 'one', y: 1 },
            { x: 'two', y: 2 },
          ],
        },
        {
          id: 'b',
          label: 'B',
          type: 'line',
          data: [
            { x: 'one', y: 2 },
            { x: 'two', y: 1 },
          ],
        },
      ],
    });
    const { element } = await mountChart(container, (el) => (el.payload = payload));
    expect(chartOf(element).data.datasets.map((dataset) => dataset.type)).to.deep.equal(['bar', 'line']);
  });

  it('draws 10,000 points with decimation, and still fires nw-render', async () => {
    const n = 10_000;
    const start = Date.UTC(2000, 0, 1);
    const points = Array.from({ length: n }, (_, i) => ({
      x: new Date(start + i * 3_600_000).toISOString(),
      y: Math.sin(i / 50) * 100,
    }));
    const payload = payloadWith({ type: 'line', x: { type: 'date' }, series: [{ id: 'many', label: 'Many', data: points }] });
    const { element, event } = await mountChart(container, (el) => (el.payload = payload));
    expect(event.type).to.equal('nw-render');
    const chart = chartOf(element);
    expect(chart.options.animation).to.equal(false);
    // Decimation keeps at most four points per thousandth of the x range.
    expect(chart.getDatasetMeta(0).data.length).to.be.at.most(4_000);
    expect(shadowOf(element).querySelectorAll('tbody tr')).to.have.length(n);
  });
});

describe('nw-chart: updates', () => {
  it('updates the chart in place for new data, and never mutates the caller’s payload', async () => {
    const payload = story();
    const before = JSON.stringify(payload);
    const { element } = await mountChart(container, (el) => (el.payload = payload));
    const chart = chartOf(element);
    expect(JSON.stringify(payload)).to.equal(before);

    const next = story();
    next.charts![0]!.series[0]!.data[0]!.y = 6_000;
    const drawn = nextRender(element);
    element.payload = next;
    await drawn;
    expect(chartOf(element)).to.equal(chart);
    expect(chart.data.datasets[0]!.data).to.deep.equal([6_000]);
    expect(JSON.stringify(payload)).to.equal(before);
    // The data Chart.js holds is the element's own copy.
    expect(chart.data.datasets[0]!.data).to.not.equal(next.charts![0]!.series[0]!.data);
  });

  it('re-creates the chart when the type changes', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    const chart = chartOf(element);
    const drawn = nextRender(element);
    element.type = 'line';
    await drawn;
    expect(chartOf(element)).to.not.equal(chart);
    expect(chartOf(element).data.datasets[0]!.type).to.equal('line');
  });

  it('fires nw-render again after an update is drawn', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    let renders = 0;
    element.addEventListener('nw-render', () => renders++);
    const drawn = nextRender(element);
    element.orientation = 'vertical';
    await drawn;
    expect(renders).to.equal(1);
    expect(chartOf(element).options.indexAxis).to.equal('x');
  });
});

describe('nw-chart: around the canvas', () => {
  it('shows title, description, notes and source as parts', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    expect(textOf(element, '[part="description"]')).to.match(/^Two reported totals/);
    expect(textOf(element, '[part="notes"]')).to.equal(
      'Notes: Totals as reported on 9 January 2022. Each panel has its own scale.',
    );
    expect(textOf(element, '[part="source"]')).to.equal('Source: Sputnik');
    // Without heading-level the title is the figure's caption, so the chart never breaks the page's outline.
    const title = part(element, '[part="title"]');
    expect(title.localName).to.equal('figcaption');
    expect(title.hasAttribute('role')).to.equal(false);
    expect(part(element, 'figure').getAttribute('aria-labelledby')).to.equal(title.id);
  });

  it('makes the title a heading of the level heading-level asks for', async () => {
    const { element } = await mountChart(container, (el) => {
      el.payload = story();
      el.setAttribute('heading-level', '4');
    });
    const title = part(element, '[part="title"]');
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('4');
    element.setAttribute('heading-level', '9');
    await element.updateComplete;
    expect(title.getAttribute('aria-level')).to.equal('6');
    element.removeAttribute('heading-level');
    await element.updateComplete;
    expect(part(element, '[part="title"]').localName, 'a caption again').to.equal('figcaption');
  });

  it('links a source only when its URL is http or https', async () => {
    const payload = payloadWith({ source: 'gen', series: [{ id: 'a', label: 'A', data: [{ x: 'one', y: 1 }] }] });
    const { element } = await mountChart(container, (el) => (el.payload = payload));
    expect(part(element, '[part="source"] a').getAttribute('href')).to.equal('https://example.org/data');
  });

  it('reserves the box’s height before Chart.js draws, so nothing shifts', async () => {
    const element = document.createElement('nw-chart') as ChartElement;
    element.payload = story();
    element.setAttribute('aspect-ratio', '2');
    container.append(element);
    await element.updateComplete;
    const box = part(element, '[part="chart"]');
    const before = box.getBoundingClientRect().height;
    await element.rendered;
    expect(before).to.be.closeTo(box.getBoundingClientRect().width / 2, 1);
    expect(box.getBoundingClientRect().height).to.equal(before);
  });
});
