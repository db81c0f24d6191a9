// The demo pages as a visitor opens them: every widget renders, no console
// errors, no failed requests, in light and dark and in each language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parsePayload } from '../../lib/payload/index.js';
import { openDemo } from '../support/demo-browser.mjs';

let demo;
let browser;
let base;

before(async () => {
  // A URL with `hold` is never answered, so a test can have a request in flight for as long as it needs.
  demo = await openDemo((request) => /[?&]hold\b/.test(request.url ?? ''));
  ({ base, browser } = demo);
});

after(() => demo?.close());

/**
 * Runs in the page before its scripts: notes every fetch the page makes and
 * whether the page itself aborted it (the AbortSignal it passed fired). A widget
 * drops its request on purpose when it leaves the page before the answer; that
 * shows in the network events as `net::ERR_ABORTED`, like a real cancellation.
 */
function recordFetches() {
  const fetches = (window.__fetches = []);
  const fetchNative = window.fetch;
  window.fetch = function (input, init) {
    const entry = { url: new URL(input instanceof Request ? input.url : String(input), document.baseURI).href, aborted: false };
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    signal?.addEventListener('abort', () => (entry.aborted = true), { once: true });
    fetches.push(entry);
    return fetchNative.call(this, input, init);
  };
}

/**
 * Sorts the page's failed requests: `aborted` holds those the page aborted
 * itself (one excused per fetch of that URL whose signal fired); every other
 * failure (a network error, an HTTP error, a cancellation nobody asked for,
 * such as Chromium's report of a finished body read through a stream reader)
 * is in `failed`.
 */
async function sortFailures(page, failures) {
  const abortedByPage = new Map();
  for (const { url, aborted } of await page.evaluate(() => window.__fetches)) {
    if (aborted) abortedByPage.set(url, (abortedByPage.get(url) ?? 0) + 1);
  }
  const failed = [];
  const aborted = [];
  for (const { url, reason } of failures) {
    const excused = abortedByPage.get(url) ?? 0;
    if (reason === 'net::ERR_ABORTED' && excused > 0) {
      abortedByPage.set(url, excused - 1);
      aborted.push(url);
    } else failed.push(`${url} ${reason}`);
  }
  return { failed, aborted };
}

/** Opens a page, scrolls through it so lazy charts load, and waits for every widget to render. */
async function visit(path, { width = 1280, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  const errors = [];
  const failures = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => failures.push({ url: request.url(), reason: request.failure()?.errorText }));
  page.on(
    'response',
    (response) => response.status() >= 400 && failures.push({ url: response.url(), reason: response.status() }),
  );
  await page.addInitScript(recordFetches);
  await page.addInitScript(() => {
    window.__rendered = new Set();
    document.addEventListener('nw-render', (event) => window.__rendered.add(event.composedPath()[0]), true);
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('nw-figure-card, nw-figure-grid, nw-chart, nw-quote, nw-embed')];
      return widgets.length > 0 && widgets.every((widget) => window.__rendered.has(widget));
    },
    null,
    { timeout: 15_000 },
  );
  const count = await page.evaluate(
    () => document.querySelectorAll('nw-figure-card, nw-figure-grid, nw-chart, nw-quote, nw-embed').length,
  );
  /** The failed requests so far, sorted (see sortFailures). */
  const network = () => sortFailures(page, failures);
  return { page, context, errors, network, count };
}

/** Fails on any failed request; one the page aborted on purpose is only reported. */
async function assertNoFailedRequests(t, network) {
  const { failed, aborted } = await network();
  for (const url of aborted) t.diagnostic(`aborted by the page on purpose: ${url}`);
  assert.deepEqual(failed, []);
}

for (const path of [
  '/demo/index.html',
  '/demo/classic.html',
  '/demo/prerendered.html',
  '/demo/embed.html',
  '/demo/playground.html',
  '/demo/figure-card.html',
  '/demo/quote.html',
  '/demo/chart.html',
  '/demo/gallery.html',
  '/demo/live.html',
]) {
  test(`${path}: every widget renders, no console errors, no failed requests`, async (t) => {
    const { context, errors, network, count } = await visit(path);
    assert.ok(count >= 1);
    assert.deepEqual(errors, []);
    await assertNoFailedRequests(t, network);
    await context.close();
  });
}

test('the article in dark and in Russian: widgets follow the switches', async () => {
  const { page, context, errors } = await visit('/demo/index.html?theme=dark&lang=ru', { width: 360 });
  const state = await page.evaluate(() => {
    const grid = document.querySelector('nw-figure-grid');
    return {
      theme: grid.getAttribute('theme'),
      lang: grid.getAttribute('lang'),
      text: grid.shadowRoot.textContent,
      overflow: document.documentElement.scrollWidth > window.innerWidth,
    };
  });
  assert.equal(state.theme, 'dark');
  assert.equal(state.lang, 'ru');
  assert.match(state.text, /Более 5\u00a0000/);
  assert.equal(state.overflow, false, 'no horizontal scroll at 360 px');
  assert.deepEqual(errors, []);
  await context.close();
});

test('every src request finishes: none is reported as cancelled once its body is read', async (t) => {
  // Chromium reports a no-store fetch whose body was read only through a stream
  // reader as cancelled (net::ERR_ABORTED, with no abort by the page); 40
  // requests make such a regression near-certain to show.
  const { page, context, errors, network } = await visit('/demo/figure-card.html');
  const finished = [];
  page.on('requestfinished', (request) => request.url().includes('copy=') && finished.push(request.url()));
  await page.evaluate(async () => {
    const cards = Array.from({ length: 40 }, (_, index) => {
      const card = document.createElement('nw-figure-card');
      card.setAttribute('src', `data/kazakhstan-unrest-2022.json?copy=${index}`);
      card.setAttribute('figure', 'detained');
      return card;
    });
    const drawn = cards.map((card) => new Promise((resolve) => card.addEventListener('nw-render', resolve, { once: true })));
    document.body.append(...cards);
    await Promise.all(drawn);
  });
  await page.waitForTimeout(200);
  await assertNoFailedRequests(t, network);
  assert.equal(finished.length, 40);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a request the page drops on purpose is told apart from one that fails', async () => {
  const { page, context, network } = await visit('/demo/figure-card.html');
  const held = `${base}/demo/data/kazakhstan-unrest-2022.json?hold`;
  const blocked = `${base}/demo/data/kazakhstan-unrest-2022.json?blocked`;
  await page.route(blocked, (route) => route.abort('aborted'));

  // The card leaves before its answer: the library aborts the request, its last user gone.
  const sent = page.waitForRequest(held);
  await page.evaluate((src) => {
    const card = Object.assign(document.createElement('nw-figure-card'), { id: 'leaving' });
    card.setAttribute('src', src);
    document.body.append(card);
  }, held);
  await sent;
  const dropped = page.waitForEvent('requestfailed', (request) => request.url() === held);
  await page.evaluate(() => document.querySelector('#leaving').remove());
  assert.equal((await dropped).failure()?.errorText, 'net::ERR_ABORTED');

  // The same error with no abort by the page is a failure.
  const cancelled = page.waitForEvent('requestfailed', (request) => request.url() === blocked);
  await page.evaluate((src) => {
    const card = document.createElement('nw-figure-card');
    card.setAttribute('src', src);
    document.body.append(card);
  }, blocked);
  assert.equal((await cancelled).failure()?.errorText, 'net::ERR_ABORTED');

  assert.deepEqual(await network(), { failed: [`${blocked} net::ERR_ABORTED`], aborted: [held] });
  await context.close();
});

// The chart gallery (demo/gallery.html): one chart of each form, on illustrative data, labelled as such.
const demoFile = (path) => readFileSync(new URL(`../../demo/${path}`, import.meta.url), 'utf8');
const gallery = JSON.parse(demoFile('data/gallery.json'));
const ILLUSTRATIVE = /illustrative data/i;

test('the gallery payload is valid, and every chart, figure and source says it is illustrative data', () => {
  const result = parsePayload(gallery);
  assert.deepEqual(
    result.problems.map((p) => `${p.path}: ${p.message}`),
    [],
  );
  assert.equal(result.ok, true);
  assert.match(gallery.title, ILLUSTRATIVE);
  for (const source of Object.values(gallery.sources)) assert.match(source.name, /illustrative/i);
  for (const chart of gallery.charts) {
    assert.match(chart.title, ILLUSTRATIVE, `charts.${chart.id}.title`);
    assert.match([chart.notes ?? []].flat().join(' '), ILLUSTRATIVE, `charts.${chart.id}.notes`);
    assert.ok(chart.source && gallery.sources[chart.source], `charts.${chart.id} cites a source`);
  }
  for (const figure of gallery.figures) {
    assert.match(`${figure.label} ${figure.note ?? ''}`, /illustrative/i, `figures.${figure.id}`);
    assert.ok(figure.source && gallery.sources[figure.source], `figures.${figure.id} cites a source`);
  }
});

test('the gallery has one chart of each form and each annotation kind', () => {
  const charts = gallery.charts;
  const points = (chart) => chart.series.flatMap((series) => series.data);
  const ranged = (chart) => points(chart).some((p) => typeof p.low === 'number' && typeof p.high === 'number');
  const annotated = (chart, type, axis) => (chart.annotations ?? []).some((a) => a.type === type && (!axis || a.axis === axis));
  const forms = {
    'grouped bars with a highlighted category': (c) =>
      (c.type ?? 'bar') === 'bar' && !c.stacking && c.series.length >= 2 && c.highlight?.length > 0,
    'stacked bars, three series': (c) => c.type === 'bar' && c.stacking === 'stacked' && c.series.length === 3,
    'bars of 100 %, horizontal': (c) => c.type === 'bar' && c.stacking === 'percent' && c.orientation === 'horizontal',
    'an area by month with an x range and a y line': (c) =>
      c.type === 'area' && c.x?.precision === 'month' && annotated(c, 'range', 'x') && annotated(c, 'line', 'y'),
    'stacked areas by quarter': (c) => c.type === 'area' && c.stacking === 'stacked' && c.x?.precision === 'quarter',
    'a yearly line with a range band, a range-only point and a note': (c) =>
      c.type === 'line' &&
      c.x?.precision === 'year' &&
      ranged(c) &&
      points(c).some((p) => p.y === null && typeof p.low === 'number') &&
      annotated(c, 'note'),
    'bars with error bars and "about"': (c) => c.type === 'bar' && ranged(c) && points(c).some((p) => p.qualifier === 'about'),
  };
  for (const [form, matches] of Object.entries(forms)) assert.ok(charts.some(matches), form);
  assert.ok(
    gallery.figures.some((f) => typeof f.value === 'object' && f.value.low < f.value.high && !f.qualifier),
    'a range figure',
  );
  assert.ok(
    gallery.figures.some((f) => typeof f.value === 'number'),
    'an ordinary figure',
  );
  // Every chart of the payload is on the page.
  const html = demoFile('gallery.html');
  for (const chart of charts) assert.match(html, new RegExp(`<nw-chart src="data/gallery.json" chart="${chart.id}">`));
});

test('the gallery says at the top that its data is illustrative, and the article pages never load it', () => {
  const html = demoFile('gallery.html');
  const top = html.slice(html.indexOf('<main'), html.indexOf('<nw-'));
  assert.match(top, /<h1>[^<]*illustrative data/i);
  assert.match(top, /<strong>Illustrative data\.<\/strong>/);
  for (const page of ['index.html', 'classic.html', 'embed.html', 'chart.html']) {
    assert.doesNotMatch(demoFile(page), /gallery\.json/, page);
    assert.match(demoFile(page), /<a href="gallery\.html">Chart gallery<\/a>/, `${page} links to the gallery`);
  }
});

test('/demo/gallery.html: every chart and figure card shows the words "illustrative data" on screen, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context, errors } = await visit(`/demo/gallery.html?theme=${colorScheme}`, { colorScheme });
    const shown = await page.evaluate(() => {
      /** Whether an element is drawn and neither it nor an ancestor of its tree is squeezed to a pixel (visually hidden). */
      const onScreen = (element) => {
        if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
        for (let e = element; e; e = e.parentElement) {
          const box = e.getBoundingClientRect();
          if (box.width <= 1 || box.height <= 1) return false;
        }
        return true;
      };
      /** The text a reader sees in an element's shadow tree (nested ones too). */
      const visibleText = (root) => {
        let text = '';
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.nodeType === Node.ELEMENT_NODE) {
            if (node.shadowRoot) text += ' ' + visibleText(node.shadowRoot);
          } else if (node.parentElement && onScreen(node.parentElement)) text += ' ' + node.textContent;
        }
        return text.replace(/\s+/g, ' ');
      };
      return [...document.querySelectorAll('nw-chart, nw-figure-grid')].map((widget) => ({
        widget: widget.getAttribute('chart') ?? widget.localName,
        text: visibleText(widget.shadowRoot),
      }));
    });
    assert.equal(shown.length, 8);
    for (const { widget, text } of shown) assert.match(text, /illustrative data/i, `${widget} (${colorScheme})`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the playground takes the gallery (every chart form and annotation kind): valid, previewed, with its snippets', async () => {
  const { page, context, errors } = await visit('/demo/playground.html');
  try {
    await page.click('#gallery');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'Valid payload', null, {
      timeout: 15_000,
    });
    // The preview draws every chart of the gallery, none with an error.
    await page.waitForFunction(
      () => {
        const embed = document.querySelector('nw-embed#preview');
        const charts = [...(embed?.shadowRoot?.querySelectorAll('nw-chart') ?? [])];
        return charts.length >= 7 && charts.every((chart) => chart.shadowRoot?.querySelector('canvas') && chart.drawn);
      },
      null,
      { timeout: 20_000 },
    );
    const preview = await page.evaluate(() => {
      const charts = [...document.querySelector('nw-embed#preview').shadowRoot.querySelectorAll('nw-chart')];
      return charts.map((chart) => !!chart.shadowRoot.querySelector('.unavailable'));
    });
    assert.ok(
      preview.every((failed) => !failed),
      'no chart of the preview shows an error',
    );
    assert.match(await page.textContent('#snippet'), /<nw-embed/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
