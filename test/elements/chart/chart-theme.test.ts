import { expect } from '@open-wc/testing';
import '../../../src/elements/chart/chart.js';
import { story } from '../../support/story.js';
import { emulateMedia } from '../helpers.js';
import { chartOf, mountChart, nextRender, payloadWith } from './chart-support.js';

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  container.style.width = '720px';
  document.body.append(container);
});
afterEach(async () => {
  container.remove();
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
});

const fills = (element: Element) => chartOf(element).data.datasets.map((dataset) => dataset.backgroundColor);
const tickColor = (element: Element) => (chartOf(element).options.scales?.v0?.ticks as { color?: unknown } | undefined)?.color;

describe('nw-chart: colours and themes', () => {
  it('takes series colours from --nw-series-1…6, resolved to real colours (light theme)', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    // Okabe–Ito in light: #0072b2 and #d55e00.
    expect(fills(element)).to.deep.equal(['rgb(0, 114, 178)', 'rgb(213, 94, 0)']);
    expect(tickColor(element)).to.equal('rgb(85, 91, 98)');
  });

  it('redraws with the dark colours when the theme changes', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    const chart = chartOf(element);
    const drawn = nextRender(element);
    element.theme = 'dark';
    await drawn;
    expect(chartOf(element)).to.equal(chart);
    expect(fills(element)).to.deep.equal(['rgb(86, 180, 233)', 'rgb(230, 159, 0)']);
    expect(tickColor(element)).to.equal('rgb(180, 186, 193)');
  });

  it('follows the OS colour scheme with theme auto', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const { element } = await mountChart(container, (el) => {
      el.theme = 'auto';
      el.payload = story();
    });
    expect(fills(element)[0]).to.equal('rgb(0, 114, 178)');
    const drawn = nextRender(element);
    await emulateMedia({ colorScheme: 'dark' });
    await drawn;
    expect(fills(element)[0]).to.equal('rgb(86, 180, 233)');
  });

  it('lets a series’ own colour win, and the page restyle the palette', async () => {
    const payload = payloadWith({
      series: [
        { id: 'a', label: 'A', color: '#aa3377', data: [{ x: 'one', y: 1 }] },
        { id: 'b', label: 'B', data: [{ x: 'one', y: 2 }] },
      ],
    });
    const { element } = await mountChart(container, (el) => {
      el.style.setProperty('--nw-series-2', 'rgb(1, 2, 3)');
      el.payload = payload;
    });
    expect(fills(element)).to.deep.equal(['#aa3377', 'rgb(1, 2, 3)']);
  });
});

describe('nw-chart: motion', () => {
  it('animates by default', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    expect(chartOf(element).options.animation).to.not.equal(false);
  });

  it('turns animation off under prefers-reduced-motion: reduce, and back on when it changes', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    expect(chartOf(element).options.animation).to.equal(false);
    const drawn = nextRender(element);
    await emulateMedia({ reducedMotion: 'no-preference' });
    await drawn;
    expect(chartOf(element).options.animation).to.not.equal(false);
  });
});
