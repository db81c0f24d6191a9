// Pre-rendered pages in Chromium: demo/prerendered.html (written by `npm run
// build`) and an `embed --prerender` snippet. With JavaScript off, they show
// every figure, quote and chart; with the script, the widgets take the
// server's DOM over in place (no node of it removed but the chart's picture,
// no layout shift, no console error, no second fetch of the payload) and then
// behave as live widgets do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openDemo } from '../support/demo-browser.mjs';
import { embedSnippet } from '../../lib/payload/embed-snippet.js';
import { prerender } from '../../lib/server/index.js';
import { storyWithEveryVector } from '../support/hostile-payloads.mjs';

const story = JSON.parse(readFileSync(new URL('../../demo/data/kazakhstan-unrest-2022.json', import.meta.url), 'utf8'));
const WIDGETS = 'nw-figure-card, nw-figure-grid, nw-chart, nw-quote, nw-embed';
const pages = new Map();
let demo;
let browser;
let base;

before(async () => {
  const snippet = embedSnippet(story, { scriptUrl: '/dist/newsroom-widgets.js' });
  pages.set(
    '/t/embed.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Embed</title></head><body>${await prerender(snippet)}</body></html>`,
  );
  // Every attack string of the XSS fixtures in the payload's free text, pre-rendered.
  const { vectors } = JSON.parse(readFileSync(new URL('../fixtures/xss-vectors.json', import.meta.url), 'utf8'));
  const hostile = storyWithEveryVector(story, vectors);
  pages.set(
    '/t/xss.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>XSS</title></head><body>${await prerender(
      embedSnippet(hostile, { scriptUrl: '/dist/newsroom-widgets.js' }),
    )}</body></html>`,
  );
  // Widgets with no payload: a quote written as the element's own text, a card from its attributes.
  pages.set(
    '/t/own-text.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Own text</title></head><body>${await prerender(
      '<nw-quote speaker="Kassym-Jomart Tokayev" speaker-role="President of Kazakhstan" source="TASS"><blockquote>The war against extremists has to end.</blockquote></nw-quote>' +
        '<nw-figure-card value="5000" qualifier="more-than" label="people detained" source="Sputnik"></nw-figure-card>' +
        '<script type="module" src="/dist/newsroom-widgets.js"></script>',
    )}</body></html>`,
  );
  demo = await openDemo((request, response) => {
    const page = pages.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (page) response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    return !!page;
  });
  ({ base, browser } = demo);
});

after(() => demo?.close());

/**
 * Runs in the page before its scripts. From the moment a widget is defined
 * (before any of them can hydrate), every shadow root on the page is watched
 * and each node removed from one is noted; layout shifts and widget events are
 * noted too.
 */
function watchPage() {
  const log = (window.__log = { removed: [], shifts: [], events: [], watching: false });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) log.shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
  for (const type of ['nw-load', 'nw-render', 'nw-error'])
    document.addEventListener(type, (event) => log.events.push({ type, tag: event.composedPath()[0].localName }), true);
  const watched = new WeakSet();
  const describe = (node) =>
    node.nodeType === 8
      ? `<!--${node.data.replace(/ .*/, '')}-->`
      : node.nodeType === 1
        ? `${node.localName}${node.className ? `.${String(node.className).replace(/ /g, '.')}` : ''}`
        : `#${node.nodeName}`;
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.removedNodes) log.removed.push(describe(node));
    watchAll(document);
  });
  const watchAll = (root) => {
    for (const element of root.querySelectorAll('*')) {
      const shadow = element.shadowRoot;
      if (!shadow || watched.has(shadow)) continue;
      watched.add(shadow);
      observer.observe(shadow, { childList: true, subtree: true });
      watchAll(shadow);
    }
  };
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ...rest) => {
    if (!log.watching) {
      log.watching = true;
      watchAll(document);
    }
    return define(name, ...rest);
  };
}

/** Opens `path`; with the script, waits until every widget has rendered (scrolling so the charts draw). */
async function open(path, { javaScriptEnabled = true, width = 1280, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  const errors = [];
  const warnings = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
    if (message.type() === 'warning') warnings.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  if (javaScriptEnabled) await page.addInitScript(watchPage);
  await page.goto(base + path, { waitUntil: 'load' });
  if (javaScriptEnabled) {
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 300) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      window.scrollTo(0, 0);
    });
    await page.waitForFunction(
      (selector) => {
        const rendered = new Set(window.__log.events.filter((e) => e.type === 'nw-render').map((e) => e.tag));
        const widgets = [...document.querySelectorAll(selector)];
        return (
          widgets.every((widget) => rendered.has(widget.localName)) &&
          !document.querySelector('nw-chart')?.shadowRoot.querySelector('img')
        );
      },
      WIDGETS,
      { timeout: 20_000 },
    );
    // A last frame for late layout shifts.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));
  }
  return { page, context, errors, warnings, requests };
}

/**
 * The removed nodes but the hydration markers of the removed pictures (each
 * item of a list has three: its start, its node and its end): markers of any other part
 * fail the test, for they would mean the part itself was redrawn.
 */
function withoutMarkers(removed) {
  const markers = removed.filter((node) => node.startsWith('<!--'));
  const pictures = removed.filter((node) => node.startsWith('img.picture')).length;
  assert.ok(
    markers.every((marker) => /^<!--(\/?lit-part|lit-node)-->$/.test(marker)) && markers.length <= 3 * pictures,
    `markers removed: ${markers.join(' ')}`,
  );
  return removed.filter((node) => !node.startsWith('<!--'));
}

/** The text of a widget's shadow root as a reader sees it (visible text, shadow roots included). */
const shownText = (page, selector) =>
  page
    .locator(selector)
    .evaluateAll((elements) => elements.map((element) => element.shadowRoot.querySelector('.frame').innerText));

for (const width of [1280, 360]) {
  test(`with JavaScript off (${width} px), the pre-rendered article shows every figure, quote and chart`, async () => {
    const { page, context, errors } = await open('/demo/prerendered.html', { javaScriptEnabled: false, width });
    assert.deepEqual(errors, []);
    const [grid] = await shownText(page, 'nw-figure-grid');
    for (const text of [
      'More than',
      '5,000',
      'people detained in the unrest',
      '$200M',
      'in estimated damage',
      '20,000',
      'January 19, 2022',
      'Source: Sputnik',
      'Source: TASS',
      'As of January 9, 2022',
    ])
      assert.ok(grid.includes(text), `the grid shows "${text}":\n${grid}`);
    const quotes = await shownText(page, 'nw-quote');
    assert.equal(quotes.length, 3);
    for (const quote of quotes) assert.match(quote, /Kassym-Jomart Tokayev, President of Kazakhstan/);
    assert.ok(quotes.filter((quote) => /as reported by TASS/.test(quote)).length >= 2, quotes.join('\n'));
    const chart = await page.locator('nw-chart').evaluate((element) => {
      const root = element.shadowRoot;
      const picture = [...root.querySelectorAll('img.picture')].find((img) => img.checkVisibility());
      const table = root.querySelector('table');
      return {
        title: root.querySelector('.title')?.innerText,
        picture: picture && {
          width: picture.getBoundingClientRect().width,
          loaded: picture.complete && picture.naturalWidth > 0,
          alt: picture.alt,
          layout: picture.className,
        },
        table: table && { visible: table.checkVisibility(), height: table.getBoundingClientRect().height, text: table.innerText },
        toggle: root.querySelector('[part="toggle"]').checkVisibility(),
        download: root.querySelector('[part="download"]')?.getAttribute('href')?.slice(0, 22),
      };
    });
    assert.equal(chart.title, 'Detentions and damage');
    assert.ok(chart.picture?.loaded && chart.picture.width > 200, JSON.stringify(chart.picture));
    assert.equal(chart.picture.layout, width < 500 ? 'picture narrow' : 'picture full', 'the picture for the chart’s width');
    assert.match(chart.picture.alt, /more than 5,000 people detained/i);
    assert.ok(chart.table?.visible && chart.table.height > 40, 'the data table is shown');
    assert.match(chart.table.text, /more than 5,000/);
    assert.equal(chart.toggle, false, 'no "Show data" button that could not work');
    assert.equal(chart.download, 'data:text/csv;charset=', 'the CSV link works without the script');
    await context.close();
  });
}

test('with the script, the article is taken over in place: only the picture gives way, no shift, no error, no fetch', async () => {
  const { page, context, errors, warnings, requests } = await open('/demo/prerendered.html');
  const log = await page.evaluate(() => window.__log);
  assert.ok(log.watching, 'the watch started before the widgets were defined');
  assert.deepEqual(errors, []);
  assert.deepEqual(
    warnings.filter((w) => /newsroom|nw-|pre-rendered/.test(w)),
    [],
  );
  assert.deepEqual(
    withoutMarkers(log.removed),
    ['img.picture.wide', 'img.picture.narrow', 'img.picture.full'],
    'nodes removed from the rendered content',
  );
  assert.equal(
    log.shifts.reduce((sum, value) => sum + value, 0),
    0,
    `layout shifts: ${log.shifts}`,
  );
  assert.deepEqual(
    requests.filter((path) => path.endsWith('.json')),
    [],
    'the payload is read from the page, not fetched',
  );
  for (const tag of ['nw-figure-grid', 'nw-chart', 'nw-quote']) {
    assert.ok(
      log.events.some((e) => e.tag === tag && e.type === 'nw-load'),
      `${tag} fired nw-load`,
    );
    assert.ok(
      log.events.some((e) => e.tag === tag && e.type === 'nw-render'),
      `${tag} fired nw-render`,
    );
  }
  const canvas = await page.locator('nw-chart').evaluate((element) => {
    const canvas = element.shadowRoot.querySelector('canvas');
    return { label: canvas.getAttribute('aria-label'), hidden: canvas.getAttribute('aria-hidden'), drawn: canvas.width > 300 };
  });
  assert.deepEqual({ ...canvas, label: /more than 5,000/i.test(canvas.label) }, { label: true, hidden: null, drawn: true });

  // Live from here: the theme and language switches of the demo redraw the widgets.
  await page.selectOption('#theme', 'dark');
  await page.selectOption('#lang', 'kk');
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('nw-figure-grid, nw-quote, nw-chart')].every((w) =>
        w.shadowRoot.querySelector('.frame.scheme-dark'),
      ) &&
      // While the Kazakh strings load, a widget shows its loading frame (no toggle yet).
      /Дереккөз/.test(document.querySelector('nw-figure-grid').shadowRoot.querySelector('.frame')?.textContent ?? '') &&
      /Деректер/.test(document.querySelector('nw-chart').shadowRoot.querySelector('[part="toggle"]')?.textContent ?? ''),
  );
  const [grid] = await shownText(page, 'nw-figure-grid');
  assert.match(grid, /астам/, grid);
  assert.match(grid, /Дереккөз/, grid);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a page that asks for another language and theme than the server drew takes over, then redraws in them', async () => {
  const { page, context, errors, warnings } = await open('/demo/prerendered.html?lang=ru&theme=dark');
  assert.deepEqual(errors, []);
  assert.deepEqual(
    warnings.filter((w) => /pre-rendered/.test(w)),
    [],
  );
  const [grid] = await shownText(page, 'nw-figure-grid');
  assert.match(grid, /Более|более/, grid);
  const schemes = await page
    .locator(WIDGETS)
    .evaluateAll((elements) => elements.map((e) => e.shadowRoot.querySelector('.frame').className));
  for (const scheme of schemes) assert.match(scheme, /scheme-dark/);
  await context.close();
});

test('a pre-rendered nw-embed hydrates with the widgets inside it, each in place', async () => {
  const { page, context, errors, warnings, requests } = await open('/t/embed.html');
  const log = await page.evaluate(() => window.__log);
  assert.deepEqual(errors, []);
  assert.deepEqual(
    warnings.filter((w) => /pre-rendered/.test(w)),
    [],
  );
  assert.deepEqual(withoutMarkers(log.removed), ['img.picture.wide', 'img.picture.narrow', 'img.picture.full']);
  assert.equal(
    log.shifts.reduce((sum, value) => sum + value, 0),
    0,
    `layout shifts: ${log.shifts}`,
  );
  assert.deepEqual(
    requests.filter((path) => path.endsWith('.json')),
    [],
  );
  for (const tag of ['nw-embed', 'nw-figure-grid', 'nw-chart', 'nw-quote'])
    assert.ok(
      log.events.some((e) => e.tag === tag && e.type === 'nw-render'),
      `${tag} fired nw-render`,
    );
  const deferred = await page.evaluate(() =>
    [...document.querySelector('nw-embed').shadowRoot.querySelectorAll('[defer-hydration]')].map((e) => e.localName),
  );
  assert.deepEqual(deferred, [], 'every inner widget was let go by its host');
  await context.close();
});

test('a pre-rendered quote written as its own text is taken over in place (its reader loads before the first render)', async () => {
  const { page, context, errors, warnings } = await open('/t/own-text.html');
  await page.waitForFunction(() => window.__log.events.filter((e) => e.type === 'nw-render').length >= 2);
  const log = await page.evaluate(() => window.__log);
  assert.deepEqual(errors, []);
  assert.deepEqual(
    warnings.filter((w) => /pre-rendered|could not/.test(w)),
    [],
  );
  assert.deepEqual(withoutMarkers(log.removed), [], 'no node of the rendered content replaced');
  const [quote] = await shownText(page, 'nw-quote');
  assert.match(quote, /The war against extremists has to end/);
  assert.match(quote, /Kassym-Jomart Tokayev, President of Kazakhstan/);
  await context.close();
});

test('the hostile strings of the XSS fixtures, pre-rendered, stay text once the script has taken them over', async () => {
  const { page, context, errors } = await open('/t/xss.html');
  const dialogs = [];
  page.on('dialog', (dialog) => dialogs.push(dialog.message()));
  const found = await page.evaluate(() => {
    const all = [];
    const walk = (root) => {
      for (const element of root.querySelectorAll('*')) {
        all.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return {
      canary: window.__xss ?? null,
      handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.localName}[${a.name}]`)),
      links: all
        .filter((e) => e.hasAttribute('href') && e.localName !== 'link')
        .map((e) => e.getAttribute('href'))
        .filter((href) => !/^(https?:|blob:|#|data:text\/csv;)/.test(href)),
      scripts: all.filter((e) => e.localName === 'script').map((e) => e.type || 'classic'),
      text: document.querySelector('nw-embed').shadowRoot.querySelector('.title').textContent,
    };
  });
  assert.equal(found.canary, null, 'no attack string ran');
  assert.deepEqual(found.handlers, []);
  assert.deepEqual(found.links, []);
  assert.deepEqual(found.scripts, ['module', 'application/json']);
  assert.ok(found.text.includes('javascript:/*--></title></style>'), 'a vector in a text field is shown as the text it is');
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await context.close();
});
