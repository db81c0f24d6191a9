// The demo pages as a visitor opens them: every widget renders, no console
// errors, no failed requests, in light and dark and in each language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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
