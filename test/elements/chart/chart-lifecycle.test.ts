import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/elements/chart/chart.js';
import type { ChartElement } from '../../../src/elements/chart/chart.js';
import { story } from '../../support/story.js';
import { emulateMedia, part } from '../helpers.js';
import { Chart, chartCount, chartOf, mountChart, nextRender, payloadWith } from './chart-support.js';

let container: HTMLElement;

beforeEach(async () => {
  // No animation: drawing is immediate, so two hundred cycles stay quick.
  await emulateMedia({ reducedMotion: 'reduce' });
  container = document.createElement('div');
  container.style.width = '720px';
  document.body.append(container);
});
afterEach(async () => {
  container.remove();
  await emulateMedia({ reducedMotion: 'no-preference' });
});

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

describe('nw-chart: sizing', () => {
  it('waits in a hidden container, and draws at the right size once shown', async () => {
    container.style.display = 'none';
    const element = document.createElement('nw-chart') as ChartElement;
    element.payload = story();
    let renders = 0;
    element.addEventListener('nw-render', () => renders++);
    container.append(element);
    await element.updateComplete;
    await frames(5);
    expect(renders).to.equal(0);
    expect(Chart.getChart(part(element, 'canvas') as HTMLCanvasElement)).to.equal(undefined);

    const drawn = nextRender(element);
    container.style.display = 'block';
    await drawn;
    const box = part(element, '[part="chart"]').getBoundingClientRect();
    expect(chartOf(element).width).to.be.closeTo(box.width, 1);
    expect(chartOf(element).height).to.be.closeTo(box.height, 1);
  });

  it('survives being hidden after it drew, and fits its new size when shown again', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    container.style.display = 'none';
    await frames(3);
    container.style.width = '480px';
    container.style.display = 'block';
    const box = part(element, '[part="chart"]');
    await waitUntil(
      () => Math.abs(chartOf(element).width - box.getBoundingClientRect().width) < 1,
      'the chart did not follow its box',
    );
    expect(box.getBoundingClientRect().width).to.be.lessThan(480);
  });

  it('resizes with its container', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    const before = chartOf(element).width;
    container.style.width = '400px';
    const box = part(element, '[part="chart"]');
    await waitUntil(() => Math.abs(chartOf(element).width - box.getBoundingClientRect().width) < 1, 'the chart did not resize');
    expect(chartOf(element).width).to.be.lessThan(before);
  });

  it('follows aspect-ratio, and uses a taller ratio in a narrow container', async () => {
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
      ],
    });
    const { element } = await mountChart(container, (el) => (el.payload = payload));
    const box = part(element, '[part="chart"]');
    let { width, height } = box.getBoundingClientRect();
    expect(width / height).to.be.closeTo(16 / 9, 0.02);
    element.setAttribute('aspect-ratio', '2/1');
    await element.updateComplete;
    ({ width, height } = box.getBoundingClientRect());
    expect(width / height).to.be.closeTo(2, 0.02);
    container.style.width = '320px';
    ({ width, height } = box.getBoundingClientRect());
    expect(width / height).to.be.closeTo(4 / 3, 0.02);
  });

  it('keeps stacked panels readable: at least 6.5rem a panel, whatever the ratio', async () => {
    const { element } = await mountChart(container, (el) => {
      el.payload = story();
      el.setAttribute('orientation', 'vertical');
      el.setAttribute('aspect-ratio', '4');
    });
    const { width, height } = part(element, '[part="chart"]').getBoundingClientRect();
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(width / height).to.be.lessThan(4);
    expect(height).to.be.closeTo(15.5 * rem, 1);
  });

  it('sizes horizontal bars by their number, not by a ratio, unless aspect-ratio is set', async () => {
    const rows = (n: number) =>
      payloadWith({
        type: 'bar',
        orientation: 'horizontal',
        series: [{ id: 'a', label: 'A', data: Array.from({ length: n }, (_, i) => ({ x: `Row ${i + 1}`, y: i + 1 })) }],
      });
    const few = await mountChart(container, (el) => (el.payload = rows(2)));
    const many = await mountChart(container, (el) => (el.payload = rows(12)));
    const heightOf = (element: Element) => part(element, '[part="chart"]').getBoundingClientRect().height;
    expect(heightOf(many.element)).to.be.greaterThan(heightOf(few.element) * 3);
    many.element.setAttribute('aspect-ratio', '16/9');
    await many.element.updateComplete;
    const box = part(many.element, '[part="chart"]').getBoundingClientRect();
    expect(box.width / box.height).to.be.closeTo(16 / 9, 0.02);
  });

  it('follows a change of device pixel ratio (zoom, another screen)', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    const canvas = part(element, 'canvas') as HTMLCanvasElement;
    const ratio = window.devicePixelRatio;
    const cssWidth = chartOf(element).width;
    expect(canvas.width).to.equal(Math.floor(cssWidth * ratio));
    Object.defineProperty(window, 'devicePixelRatio', { value: ratio * 2, configurable: true });
    try {
      window.dispatchEvent(new Event('resize'));
      await waitUntil(() => canvas.width === Math.floor(cssWidth * ratio * 2), 'the canvas kept its old pixel ratio');
      expect(chartOf(element).width).to.equal(cssWidth);
    } finally {
      delete (window as { devicePixelRatio?: number }).devicePixelRatio;
    }
  });

  it('resizes on beforeprint, at once, and after printing', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    const chart = chartOf(element);
    container.style.width = '500px';
    // Synchronously, before any ResizeObserver could run.
    window.dispatchEvent(new Event('beforeprint'));
    const box = part(element, '[part="chart"]').getBoundingClientRect();
    expect(chart.width).to.be.closeTo(box.width, 1);
    container.style.width = '700px';
    window.dispatchEvent(new Event('afterprint'));
    expect(chart.width).to.be.closeTo(part(element, '[part="chart"]').getBoundingClientRect().width, 1);
  });

  it('prints its data table when the chart was never drawn', async () => {
    container.style.display = 'none';
    const element = document.createElement('nw-chart') as ChartElement;
    element.payload = story();
    container.append(element);
    await element.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    expect(part(element, '.chart').classList.contains('no-canvas')).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(part(element, '.chart').classList.contains('no-canvas')).to.equal(false);
  });
});

describe('nw-chart: lifecycle', () => {
  it('destroys its chart when disconnected and re-creates it when re-connected', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    const first = chartOf(element);
    expect(chartCount()).to.equal(1);
    element.remove();
    expect(chartCount()).to.equal(0);
    expect(Chart.getChart(part(element, 'canvas') as HTMLCanvasElement)).to.equal(undefined);
    const drawn = nextRender(element);
    container.append(element);
    await drawn;
    expect(chartOf(element)).to.not.equal(first);
    expect(chartCount()).to.equal(1);
  });

  it('leaves no Chart.js instance after 200 connect/disconnect cycles', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    for (let i = 0; i < 200; i++) {
      element.remove();
      container.append(element);
      await element.rendered;
      expect(chartCount()).to.equal(1);
    }
    element.remove();
    expect(chartCount()).to.equal(0);
  });

  it('leaves no Chart.js instance after 200 quick cycles that never wait', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    for (let i = 0; i < 200; i++) {
      element.remove();
      container.append(element);
      if (i % 2) await element.updateComplete;
    }
    await element.rendered;
    expect(chartCount()).to.equal(1);
    element.remove();
    await frames(2);
    expect(chartCount()).to.equal(0);
  });

  it('destroys the chart when the payload turns invalid, and shows the error', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    const errored = new Promise((resolve) => element.addEventListener('nw-error', resolve, { once: true }));
    element.payload = { version: 2 };
    await errored;
    await element.rendered;
    expect(chartCount()).to.equal(0);
  });
});
