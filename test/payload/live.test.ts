// Live payloads (`refresh`), against the test server's /__nw/live endpoint, with Sinon's fake
// timers: time jumps by the interval instead of waiting for it (it also runs on at real speed, so
// rendering and fetches go on as usual).
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import { Chart } from '../../src/chart/renderer.js';
import { clearPayloadCache } from '../../src/payload/load.js';
import { stopLiveRefresh } from '../../src/internal/live/live.js';
import type { Payload } from '../../src/payload/schema.js';
import { shadowOf, squash } from '../elements/helpers.js';

interface Logged {
  method: string;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  status: number;
}

const realTimeout = window.setTimeout.bind(window);
const sleep = (ms: number) => new Promise<void>((resolve) => realTimeout(resolve, ms));

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!(await check())) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

let unique = 0;
let key = '';
const liveUrl = (origin = '') => `${origin}/__nw/live?key=${key}`;
const serve = (next: { body?: unknown; status?: number; etag?: string | null; lastModified?: string | null }) =>
  fetch(`/__nw/live?key=${key}`, { method: 'POST', body: JSON.stringify(next) });
const log = async (): Promise<Logged[]> => (await (await fetch(`/__nw/live?key=${key}&log`)).json()) as Logged[];
const gets = async () => (await log()).filter((entry) => entry.method === 'GET');

/** A small payload of the test's own (not the story): two figures and a chart. */
function payload(detained: number, extra: Partial<Payload> = {}): Payload {
  return {
    version: 1,
    updated: '2022-01-09T12:00:00Z',
    figures: [
      { id: 'detained', label: 'people detained', value: detained, qualifier: 'more-than' },
      { id: 'killed', label: 'people killed', value: 225 },
    ],
    charts: [
      {
        id: 'by-day',
        title: 'Detentions by day',
        type: 'bar',
        x: { type: 'category' },
        series: [
          {
            id: 'count',
            label: 'Detained',
            unit: 'people',
            data: [
              { x: '5 Jan', y: detained / 4 },
              { x: '6 Jan', y: detained / 2 },
              { x: '7 Jan', y: detained },
            ],
          },
        ],
      },
    ],
    ...extra,
  } as Payload;
}

let clock: sinon.SinonFakeTimers;
let container: HTMLDivElement;

async function widget(tag: string, attributes: Record<string, string>): Promise<HTMLElement> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  container.append(element);
  await until(() => !!element.shadowRoot?.querySelector('.live'), `the live line of <${tag}>`);
  return element;
}

const card = (attributes: Record<string, string> = {}) =>
  widget('nw-figure-card', { src: liveUrl(), refresh: '15', figure: 'detained', ...attributes });
const valueOf = (element: Element) => squash(shadowOf(element).querySelector('.value')?.textContent);
const liveLine = (element: Element) => squash(shadowOf(element).querySelector('.live')?.textContent);
const said = (element: Element) => squash(shadowOf(element).querySelector('.live-said')?.textContent);

/** Jumps the clock, then lets the request it started finish. */
async function jump(ms: number, requests?: number): Promise<void> {
  await clock.tickAsync(ms);
  if (requests !== undefined) await until(async () => (await gets()).length >= requests, `${requests} requests`);
  await sleep(60);
}

describe('live payloads (refresh)', () => {
  beforeEach(async () => {
    key = `k${Date.now()}-${unique++}`;
    clearPayloadCache();
    await serve({ body: payload(5000), etag: '"v1"' });
    clock = sinon.useFakeTimers({
      now: Date.now(),
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
      shouldAdvanceTime: true,
    });
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    container.remove();
    stopLiveRefresh();
    clock.restore();
  });

  it('polls each URL once per interval however many widgets share it, at the shortest interval', async () => {
    await card();
    await widget('nw-figure-grid', { src: liveUrl(), refresh: '30' });
    await widget('nw-chart', { src: liveUrl(), refresh: '15' });
    expect((await gets()).length, 'one first load').to.equal(1);
    await jump(15_000, 2);
    expect((await gets()).length).to.equal(2);
    await jump(15_000, 3);
    await sleep(200);
    expect((await gets()).length).to.equal(3);
  });

  it('sends If-None-Match and takes a 304 as nothing changed', async () => {
    const element = await card();
    const updates: unknown[] = [];
    element.addEventListener('nw-update', (event) => updates.push(event));
    await jump(15_000, 2);
    const [, second] = await gets();
    expect(second).to.include({ ifNoneMatch: '"v1"', status: 304 });
    expect(valueOf(element)).to.equal('5,000');
    expect(updates).to.have.length(0);
  });

  it('sends If-Modified-Since when the server gives only Last-Modified, and the line shows it', async () => {
    const lastModified = 'Sun, 09 Jan 2022 15:30:00 GMT';
    await serve({ body: payload(5000, { updated: undefined }), etag: null, lastModified });
    const element = await card();
    const time = shadowOf(element).querySelector('.live time');
    expect(time?.getAttribute('datetime')).to.equal('2022-01-09T15:30:00.000Z');
    expect(liveLine(element)).to.match(/^Updated January 9, 2022/);
    await jump(15_000, 2);
    expect((await gets())[1]).to.include({ ifModifiedSince: lastModified, ifNoneMatch: null, status: 304 });
  });

  it('redraws a changed payload in place, fires nw-update with what changed, and announces it', async () => {
    const element = await card();
    const grid = await widget('nw-figure-grid', { src: liveUrl(), refresh: '15' });
    const valueNode = shadowOf(element).querySelector('.value');
    const updates: CustomEvent[] = [];
    element.addEventListener('nw-update', (event) => updates.push(event as CustomEvent));
    await serve({ body: payload(7900), etag: '"v2"' });
    await jump(15_000, 2);
    await until(() => updates.length > 0, 'nw-update');
    expect(updates[0]!.detail.changed).to.deep.equal(['detained', 'by-day']);
    expect(updates[0]!.detail.payload.figures[0].value).to.equal(7900);
    expect(valueOf(element)).to.equal('7,900');
    expect(shadowOf(element).querySelector('.value'), 'the same node').to.equal(valueNode);
    expect(squash(shadowOf(grid).textContent)).to.include('7,900');
    // The first widget in page order speaks for the page, naming only the figure that changed.
    expect(said(element)).to.equal('People detained: now more than 7,900, was more than 5,000.');
    expect(said(grid)).to.equal('');
    expect(shadowOf(element).querySelector('.live-said')?.getAttribute('role')).to.equal('status');
  });

  it('announces in the widget’s language', async () => {
    const element = await card({ lang: 'ru' });
    await serve({ body: payload(7900), etag: '"v2"' });
    await jump(15_000, 2);
    await until(() => said(element) !== '', 'the announcement');
    expect(said(element)).to.equal('People detained: теперь более 7\u00a0900, было более 5\u00a0000.');
    expect(liveLine(element)).to.match(/^Обновлено 9 января 2022/);
  });

  it('announces at most once every 10 seconds, and then what changed meanwhile', async () => {
    const first = await card();
    await jump(5_000);
    const otherKey = key;
    key = `${otherKey}-b`;
    await serve({ body: payload(5000), etag: '"w1"' });
    const second = await card();
    key = otherKey;
    await serve({ body: payload(7900), etag: '"v2"' });
    await jump(10_000, 2); // t = 15 s: the first URL changes
    await until(() => said(first) !== '', 'the first announcement');
    key = `${otherKey}-b`;
    await serve({ body: payload(6000), etag: '"w2"' });
    await jump(5_000, 2); // t = 20 s: the second URL changes, 5 s after the first announcement
    expect(valueOf(second)).to.equal('6,000');
    expect(said(second), 'held back').to.equal('');
    await jump(5_000); // t = 25 s
    await until(() => said(second) !== '', 'the second announcement');
    expect(said(second)).to.equal('People detained: now more than 6,000, was more than 5,000.');
  });

  it('keeps the last good data through invalid JSON and HTTP 500, says so quietly, and backs off', async () => {
    const element = await card();
    const errors: CustomEvent[] = [];
    element.addEventListener('nw-error', (event) => errors.push(event as CustomEvent));
    const consoleError = sinon.stub(console, 'error');
    try {
      await serve({ body: '{"version": 1, "figures": [', etag: '"bad"' });
      await jump(15_000, 2);
      await until(() => errors.length === 1, 'nw-error');
      expect(errors[0]!.detail.code).to.equal('invalid-json');
      expect(valueOf(element)).to.equal('5,000');
      expect(liveLine(element)).to.include('the latest refresh failed; retrying');
      expect(consoleError.callCount).to.equal(1);
      // The next try waits twice the interval.
      await serve({ status: 500 });
      await jump(15_000);
      expect((await gets()).length, 'no try at 15 s').to.equal(2);
      await jump(15_000, 3);
      await until(() => errors.length === 2, 'a second nw-error');
      expect(errors[1]!.detail).to.include({ code: 'http-error', status: 500 });
      expect(valueOf(element)).to.equal('5,000');
      // Then four times the interval; the first success returns to the interval and clears the note.
      await serve({ status: 200, body: payload(5000), etag: '"v1"' });
      await jump(45_000);
      expect((await gets()).length, 'no try before 60 s').to.equal(3);
      await jump(15_000, 4);
      await until(() => !liveLine(element).includes('failed'), 'the note to go');
      await jump(15_000, 5);
      expect((await gets()).length).to.equal(5);
    } finally {
      consoleError.restore();
    }
  });

  it('backs off to at most 10 minutes', async () => {
    const element = await card({ refresh: '240' });
    const errors: unknown[] = [];
    element.addEventListener('nw-error', (event) => errors.push(event));
    const consoleError = sinon.stub(console, 'error');
    try {
      await serve({ status: 500 });
      await jump(240_000, 2);
      await jump(480_000 - 1_000);
      expect((await gets()).length, 'twice the interval: 480 s').to.equal(2);
      await jump(1_000, 3);
      await jump(600_000 - 1_000);
      expect((await gets()).length, 'then 600 s, not 960').to.equal(3);
      await jump(1_000, 4);
      expect(errors).to.have.length(3);
    } finally {
      consoleError.restore();
    }
  });

  it('makes no request while the page is hidden, and one at once when it shows', async () => {
    await card();
    const visibility = sinon.stub(document, 'visibilityState').get(() => 'hidden');
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await jump(60_000);
      await sleep(200);
      expect((await gets()).length, 'none while hidden').to.equal(1);
    } finally {
      visibility.restore();
    }
    document.dispatchEvent(new Event('visibilitychange'));
    await until(async () => (await gets()).length === 2, 'the request on showing');
  });

  it('updates a chart in place: the same canvas, the same Chart instance, the table left open', async () => {
    const chart = await widget('nw-chart', { src: liveUrl(), refresh: '15' });
    await until(
      () => !!shadowOf(chart).querySelector('canvas') && !!Chart.getChart(shadowOf(chart).querySelector('canvas')!),
      'the chart',
    );
    const canvas = shadowOf(chart).querySelector('canvas')!;
    const instance = Chart.getChart(canvas);
    shadowOf(chart).querySelector<HTMLButtonElement>('[part=toggle]')!.click();
    await until(() => !!shadowOf(chart).querySelector('table'), 'the table');
    await serve({ body: payload(8000), etag: '"v2"' });
    await jump(15_000, 2);
    await until(() => squash(shadowOf(chart).querySelector('table')?.textContent).includes('8,000'), 'the new table');
    expect(shadowOf(chart).querySelector('canvas')).to.equal(canvas);
    expect(Chart.getChart(canvas)).to.equal(instance);
    expect(JSON.stringify(instance?.data.datasets[0]?.data)).to.include('8000');
  });

  it('shifts nothing on the page through an update', async () => {
    const below = document.createElement('p');
    below.textContent = 'The text after the widgets.';
    await card();
    await widget('nw-chart', { src: liveUrl(), refresh: '15' });
    container.append(below);
    await sleep(300);
    let shift = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shift += entry.value;
    });
    observer.observe({ type: 'layout-shift' });
    const top = below.getBoundingClientRect().top;
    await serve({ body: payload(7900), etag: '"v2"' });
    await jump(15_000, 2);
    await sleep(700);
    observer.disconnect();
    expect(shift).to.equal(0);
    expect(below.getBoundingClientRect().top).to.equal(top);
  });

  it('stops when its widgets leave the page', async () => {
    await card();
    container.replaceChildren();
    await jump(60_000);
    await sleep(200);
    expect((await gets()).length).to.equal(1);
  });

  it('takes a refresh under 15 seconds as 15, and ignores one that is not a number', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      await card({ refresh: '5' });
      expect(warn.firstCall?.args[0]).to.include('raised to 15 seconds');
      await jump(5_000);
      expect((await gets()).length).to.equal(1);
      await jump(10_000, 2);
      container.replaceChildren();
      const element = document.createElement('nw-figure-card');
      element.setAttribute('src', liveUrl());
      element.setAttribute('refresh', 'soon');
      container.append(element);
      await until(() => !!element.shadowRoot?.querySelector('.value'), 'the card');
      expect(warn.lastCall?.args[0]).to.include('not a number of seconds');
      expect(element.shadowRoot?.querySelector('.live')).to.equal(null);
    } finally {
      warn.restore();
    }
  });

  it('lets the browser’s cache revalidate a cross-origin URL (no preflight)', async () => {
    const origin = `http://127.0.0.1:${location.port}`;
    const element = await card({ src: liveUrl(origin) });
    await jump(15_000, 2);
    const entries = await log();
    expect(entries.map((entry) => entry.method)).to.deep.equal(['GET', 'GET']);
    expect(entries[1]).to.include({ ifNoneMatch: '"v1"', status: 304 });
    expect(valueOf(element)).to.equal('5,000');
  });
});
