// The "Download CSV" link and the CSV's code, a chunk loaded when a reader first reaches for the link. The module
// loader is one per page: the first test here is the first use of the link on this page, so its click comes before
// the code (keep it first).
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/elements/chart/chart.js';
import type { ChartElement } from '../../../src/elements/chart/chart.js';
import { story } from '../../support/story.js';
import { part } from '../helpers.js';
import { mountChart } from './chart-support.js';

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  container.style.width = '720px';
  document.body.append(container);
});
afterEach(() => container.remove());

const STORY_ROW = 'January 2022 unrest,5000,more-than,200000000,more-than';

/** The chart's "Download CSV" link. */
const linkOf = (element: Element) => part(element, '[part="download"]') as HTMLAnchorElement;

/** Every click on the page: whether the chart held it back, and the link's href then (downloads are stopped). */
function watchClicks(): { clicks: { held: boolean; href: string }[]; stop: () => void } {
  const clicks: { held: boolean; href: string }[] = [];
  const listener = (event: Event) => {
    const link = event.composedPath()[0] as HTMLAnchorElement;
    clicks.push({ held: event.defaultPrevented, href: link.getAttribute('href') ?? '' });
    event.preventDefault();
  };
  document.addEventListener('click', listener);
  return { clicks, stop: () => document.removeEventListener('click', listener) };
}

/** Counts the files made with `URL.createObjectURL` until `restore` is called. */
function countFiles(): { count: () => number; restore: () => void } {
  const make = URL.createObjectURL;
  let made = 0;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    made++;
    return make.call(URL, blob);
  };
  return { count: () => made, restore: () => (URL.createObjectURL = make) };
}

const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 500 }));

describe('nw-chart: the CSV, loaded on first use', () => {
  it('downloads on a first click with no pointer or focus before it: the click waits for the code, then is followed once', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    const link = linkOf(element);
    expect(link.getAttribute('href')).to.equal('#');
    const { clicks, stop } = watchClicks();
    try {
      // Two quick clicks before the code is here: both held back, the file followed once.
      link.click();
      link.click();
      expect(clicks).to.deep.equal([
        { held: true, href: '#' },
        { held: true, href: '#' },
      ]);
      await waitUntil(() => clicks.length === 3, 'the chart to click again once the file is made');
      const followed = clicks[2]!;
      expect(followed.held, 'the click made again is not held back').to.equal(false);
      expect(followed.href).to.match(/^blob:/);
      expect(link.getAttribute('href')).to.equal(followed.href);
      expect(await (await fetch(followed.href)).text()).to.contain(STORY_ROW);
      // No loop: nothing more is clicked.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(clicks.length).to.equal(3);
    } finally {
      stop();
    }
  });

  it('makes no file before a reader reaches for the link, and makes it on pointerenter', async () => {
    const files = countFiles();
    try {
      const { element } = await mountChart(container, (el) => (el.payload = story()));
      await idle();
      await (element as ChartElement).updateComplete;
      const link = linkOf(element);
      expect(link.getAttribute('href'), 'after the first draw and idle time').to.equal('#');
      expect(files.count(), 'files made before intent').to.equal(0);
      link.dispatchEvent(new PointerEvent('pointerenter'));
      await waitUntil(() => link.getAttribute('href')?.startsWith('blob:'), 'the file to be made on pointerenter');
      expect(files.count()).to.equal(1);
      // A render keeps it, and the click that follows goes straight through.
      await (element as ChartElement).updateComplete;
      const { clicks, stop } = watchClicks();
      try {
        link.click();
      } finally {
        stop();
      }
      expect(clicks).to.deep.equal([{ held: false, href: link.getAttribute('href') }]);
      expect(files.count(), 'one file per data').to.equal(1);
      expect(await (await fetch(link.href)).text()).to.contain(STORY_ROW);
    } finally {
      files.restore();
    }
  });

  it('makes the file on keyboard focus', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    const link = linkOf(element);
    expect(link.getAttribute('href')).to.equal('#');
    link.focus();
    await waitUntil(() => link.getAttribute('href')?.startsWith('blob:'), 'the file to be made on focus');
    expect(await (await fetch(link.href)).text()).to.contain(STORY_ROW);
  });

  it('lets the file go when the chart leaves the page', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    const link = linkOf(element);
    link.dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => link.getAttribute('href')?.startsWith('blob:'), 'the file to be made');
    const url = link.href;
    element.remove();
    let error: unknown;
    await fetch(url).catch((e: unknown) => (error = e));
    expect(error, 'the URL is revoked').to.be.instanceOf(TypeError);
  });
});
