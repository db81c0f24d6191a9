/**
 * The chart code is a chunk of its own: a page without nw-chart never asks
 * for it, and an nw-chart far below the fold asks only when it comes near.
 * Both read resource timing: of a fresh page in an iframe, and of this test
 * page, which loads no chart code before the second test.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { storyText } from '../../support/story.js';

/** Requests for the chart renderer or Chart.js (source modules here; the file of its own in a build). */
const CHART_CODE = /\/chart\/renderer\.|\/node_modules\/chart\.js\/|newsroom-widgets\.chart\./;

let iframe: HTMLIFrameElement | undefined;
afterEach(() => iframe?.remove());

interface FrameWindow extends Window {
  __settled?: number;
}

/** A fresh page with the whole library (every element defined) and `body` as its content. */
async function page(body: string): Promise<FrameWindow> {
  iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 800px; height: 400px; border: 0';
  iframe.srcdoc = `<!doctype html><html lang="en"><body>
    <script type="application/json" id="story">${storyText.replace(/</g, '\\u003c')}</script>
    ${body}
    <script>
      window.__settled = 0;
      for (const name of ['nw-render', 'nw-error']) document.addEventListener(name, () => window.__settled++);
    </script>
    <script type="module">import '/src/index.ts';</script>
  </body></html>`;
  const loaded = new Promise((resolve) => iframe!.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe.contentWindow as FrameWindow;
}

const chartRequests = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => CHART_CODE.test(name));

const frames = (win: Window, n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? win.requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

describe('nw-chart: the chart code loads only when needed', () => {
  it('is never requested by a page with only cards and quotes', async () => {
    const win = await page(`
      <nw-figure-card payload-id="story" figure="detained"></nw-figure-card>
      <nw-figure-grid payload-id="story"></nw-figure-grid>
      <nw-quote payload-id="story"></nw-quote>
    `);
    await waitUntil(() => win.__settled === 3, 'the cards and quote did not render', { timeout: 8000 });
    await frames(win, 5);
    const scripts = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    // The library itself did load (so the check below means something)…
    expect(scripts.some((name) => name.includes('/src/elements/chart/'))).to.equal(true);
    // …but not the renderer or Chart.js.
    expect(chartRequests(win)).to.deep.equal([]);
  });

  it('loads for a chart far below the fold only when it comes within 600px of the viewport', async () => {
    // This test page has not loaded any chart code yet (each test file has a page of its own).
    await import('../../../src/elements/chart/chart.js');
    const { story } = await import('../../support/story.js');
    const holder = document.createElement('div');
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    const element = document.createElement('nw-chart');
    element.payload = story();
    holder.append(spacer, element);
    document.body.append(holder);
    try {
      await element.updateComplete;
      await frames(window, 5);
      expect(chartRequests(window)).to.deep.equal([]);
      expect(element.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
      // 300px below the bottom of the viewport: near enough.
      const top = element.getBoundingClientRect().top + window.scrollY;
      const drawn = new Promise((resolve) => element.addEventListener('nw-render', resolve, { once: true }));
      window.scrollTo(0, top - window.innerHeight - 300);
      await drawn;
      expect(element.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight);
      expect(chartRequests(window).length).to.be.greaterThan(0);
    } finally {
      holder.remove();
      window.scrollTo(0, 0);
    }
  });
});

describe('nw-chart: a chart already in view', () => {
  const realNow = performance.now.bind(performance);
  afterEach(() => {
    performance.now = realNow;
    document.querySelectorAll('nw-chart').forEach((element) => element.remove());
  });

  it('creates its Chart.js chart in the task that rendered it, before the next frame, without waiting for the observer', async () => {
    await import('../../../src/elements/chart/chart.js');
    const { story } = await import('../../support/story.js');
    const { Chart } = await import('../../../src/chart/renderer.js');
    // The chart code loaded once already, as on a page whose chart file has arrived.
    const first = document.createElement('nw-chart');
    first.payload = story();
    const firstDrawn = new Promise((resolve) => first.addEventListener('nw-render', resolve, { once: true }));
    document.body.append(first);
    await firstDrawn;
    first.remove();
    await new Promise((resolve) => setTimeout(resolve));
    // A clock that stands still: the task's slice always has room, whatever this machine's speed.
    const now = realNow();
    performance.now = () => now;
    const element = document.createElement('nw-chart');
    element.payload = story();
    document.body.prepend(element);
    const atNextFrame = await new Promise<boolean>((resolve) =>
      requestAnimationFrame(() => {
        const canvas = element.shadowRoot?.querySelector('canvas');
        resolve(!!canvas && !!Chart.getChart(canvas));
      }),
    );
    expect(atNextFrame).to.equal(true);
  });
});
