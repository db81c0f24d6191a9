// The chart draws first: its data table, generated text alternative and CSV
// link are made after Chart.js has drawn the first frame, and are in place
// before nw-render.
import { expect, waitUntil } from '@open-wc/testing';
import type { Plugin } from 'chart.js';
import '../../../src/elements/chart/chart.js';
import type { ChartElement } from '../../../src/elements/chart/chart.js';
import { story } from '../../support/story.js';
import { shadowOf } from '../helpers.js';
import { Chart, mountChart, nextRender } from './chart-support.js';

let container: HTMLElement;
/** What the widget held when Chart.js finished its first render of each canvas. */
let atFirstDraw: Map<HTMLCanvasElement, { rows: number; download: boolean; label: string | null }>;

const recorder: Plugin = {
  id: 'testFirstDraw',
  afterRender(chart) {
    const canvas = chart.canvas;
    if (atFirstDraw.has(canvas)) return;
    const root = canvas.getRootNode() as ShadowRoot;
    atFirstDraw.set(canvas, {
      rows: root.querySelectorAll('tbody tr').length,
      download: !!root.querySelector('[part="download"]'),
      label: canvas.getAttribute('aria-label'),
    });
  },
};

before(() => Chart.register(recorder));
after(() => Chart.unregister(recorder));
beforeEach(() => {
  atFirstDraw = new Map();
  container = document.createElement('div');
  container.style.width = '720px';
  document.body.append(container);
});
afterEach(() => container.remove());

const canvasOf = (element: Element) => shadowOf(element).querySelector('canvas')!;

describe('nw-chart: the chart draws first', () => {
  it('draws before the table, the text alternative and the CSV link are made; they are there at nw-render', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    const first = atFirstDraw.get(canvasOf(element));
    expect(first, 'Chart.js drew').to.not.equal(undefined);
    expect(first!.rows, 'table rows at the first frame').to.equal(0);
    expect(first!.download, 'CSV link at the first frame').to.equal(false);
    // The story chart has an author's description: the canvas has its name from the start.
    expect(first!.label).to.match(/^Two reported totals/);
    // At nw-render: the whole table and the link.
    const root = shadowOf(element);
    expect(root.querySelectorAll('tbody tr').length).to.equal(1);
    expect(root.querySelector('[part="download"]')).to.not.equal(null);
    expect(root.querySelector('[part="table"]')!.getAttribute('aria-labelledby')).to.equal('caption');
  });

  it('gives a chart without a description its generated text alternative once drawn', async () => {
    const payload = story();
    delete payload.charts![0]!.description;
    const { element } = await mountChart(container, (el) => (el.payload = payload));
    expect(atFirstDraw.get(canvasOf(element))!.label, 'no name yet at the first frame').to.equal(null);
    expect(canvasOf(element).getAttribute('aria-label')).to.match(/^Bar chart in 2 panels\. People detained: more than 5,000\./);
  });

  it('shows an open table (show-table) from the first frame', async () => {
    const { element } = await mountChart(container, (el) => {
      el.payload = story();
      el.showTable = true;
    });
    expect(atFirstDraw.get(canvasOf(element))!.rows).to.equal(1);
  });

  it('after the first draw, new data brings its table in the same render, with no gap', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    const changed = story();
    changed.charts![0]!.series[0]!.data[0]!.y = 7900;
    const drawn = nextRender(element);
    (element as ChartElement).payload = changed;
    await element.updateComplete;
    const cells = Array.from(shadowOf(element).querySelectorAll('tbody td'), (cell) => cell.textContent!.trim());
    expect(cells[0]).to.equal('more than 7,900');
    expect(shadowOf(element).querySelector('[part="download"]')).to.not.equal(null);
    await drawn;
  });

  it('gives a chart far below the viewport its table without drawing it', async () => {
    container.style.marginTop = '6000px';
    const element = document.createElement('nw-chart') as ChartElement;
    element.payload = story();
    container.append(element);
    await waitUntil(() => shadowOf(element).querySelectorAll('tbody tr').length === 1, 'the table never came', { timeout: 3000 });
    expect(Chart.getChart(canvasOf(element)), 'Chart.js drew a chart nobody can see').to.equal(undefined);
    expect(atFirstDraw.size).to.equal(0);
  });
});
