// The demo pages as a visitor opens them: every widget renders, no console
// errors, no failed requests, in light and dark and in each language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { createDemoServer } from '../../scripts/serve.mjs';

let server;
let browser;
let base;

before(async () => {
  server = createDemoServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a page, scrolls through it so lazy charts load, and waits for every widget to render. */
async function visit(path, { width = 1280, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  const errors = [];
  const failed = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => response.status() >= 400 && failed.push(`${response.url()} ${response.status()}`));
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
  return { page, context, errors, failed, count };
}

for (const path of [
  '/demo/index.html',
  '/demo/classic.html',
  '/demo/embed.html',
  '/demo/playground.html',
  '/demo/figure-card.html',
  '/demo/quote.html',
  '/demo/chart.html',
]) {
  test(`${path}: every widget renders, no console errors, no failed requests`, async () => {
    const { context, errors, failed, count } = await visit(path);
    assert.ok(count >= 1);
    assert.deepEqual(errors, []);
    assert.deepEqual(failed, []);
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

test('every src request finishes: none is reported as cancelled once its body is read', async () => {
  // Chromium can report a fetch whose body was read only through a stream
  // reader as cancelled; 40 requests make such a regression near-certain to show.
  const { page, context, errors, failed } = await visit('/demo/figure-card.html');
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
  assert.deepEqual(failed, []);
  assert.equal(finished.length, 40);
  assert.deepEqual(errors, []);
  await context.close();
});
