// Markup as an Author pastes it into WordPress, through WordPress's own post
// sanitizer (wp_kses_post, test/support/kses.mjs), then loaded with the
// library in Chromium. Every <div data-nw> form comes through byte for byte
// and becomes a working widget; the custom-element form does not come through
// (the element and its attributes are stripped, and the inline JSON is left
// as text in the article); with JavaScript off, the divs show their fallback.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openDemo } from '../support/demo-browser.mjs';
import { ksesAvailable, ksesPost } from '../support/kses.mjs';
import { embedSnippet, sanitizerSafeSnippet } from '../../lib/payload/embed-snippet.js';
import { prerender, sourceReader } from '../../lib/server/index.js';

const STORY = '/demo/data/kazakhstan-unrest-2022.json';
const story = JSON.parse(readFileSync(new URL('../..' + STORY, import.meta.url), 'utf8'));

/** What an author pastes: each widget's plain-markup form, with a fallback, and the CLI's sanitizer-safe snippet. */
const FORMS = [
  `<div data-nw="figure-card" data-figure="detained" data-src="${STORY}"><p>More than 5,000 people detained (Sputnik)</p></div>`,
  `<div data-nw="figure-grid" data-figures="damage,militants" data-src="${STORY}"><p>More than $200 million in damage (Sputnik)</p></div>`,
  `<div data-nw="chart" data-chart="detentions-damage" data-src="${STORY}" data-aspect-ratio="16/9"><p>Detentions and damage: a chart.</p></div>`,
  `<div data-nw="quote" data-quote="tokayev-militants" data-src="${STORY}"><p>Tokayev spoke of 20,000 militants (TASS)</p></div>`,
  sanitizerSafeSnippet(story, { src: STORY }).trim(),
];

let demo;
const pages = new Map();

before(async () => {
  assert.ok(ksesAvailable(), 'php and WordPress are needed: apt-get install --no-install-recommends php-cli wordpress');
  const body = ksesPost(FORMS.join('\n<p>Text of the article between the widgets.</p>\n'));
  pages.set(
    '/t/wordpress.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>WordPress post</title>
<link rel="stylesheet" href="/dist/newsroom-widgets.css"><script type="module" src="/dist/newsroom-widgets.js"></script></head>
<body><main>${body}</main></body></html>`,
  );
  // The same post pre-rendered by the site's build, after the sanitizer.
  const root = new URL('../..', import.meta.url).pathname;
  pages.set(
    '/t/wordpress-prerendered.html',
    await prerender(pages.get('/t/wordpress.html'), { readSrc: sourceReader(root, root), pictures: false }),
  );
  demo = await openDemo((request, response) => {
    const page = pages.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (page) response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    return !!page;
  });
});
after(() => demo?.close());

test('every <div data-nw> form comes through WordPress’s sanitizer byte for byte', () => {
  for (const form of FORMS) assert.equal(ksesPost(form), form);
});

test('the custom-element form does not: the elements and their attributes go, and the inline JSON is left as text', () => {
  const snippet = embedSnippet(story, { scriptUrl: '/dist/newsroom-widgets.js' });
  const cleaned = ksesPost(
    `${snippet}<nw-figure-card figure="detained" src="${STORY}"><p>More than 5,000 people detained</p></nw-figure-card>`,
  );
  assert.doesNotMatch(cleaned, /<nw-|<script|<link/);
  assert.match(cleaned, /"version": 1/, 'the payload is now text in the article');
  assert.match(cleaned, /<p>More than 5,000 people detained<\/p>/, 'only the fallback is left of the card');
});

test('after the sanitizer, each div becomes a working widget, in place, with no console error', async () => {
  const context = await demo.browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${demo.base}/t/wordpress.html`, { waitUntil: 'load' });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const widgets = await page.waitForFunction(
    () => {
      const divs = [...document.querySelectorAll('main > div[data-nw]')];
      const drawn = divs.map((div) => {
        const widget = div.firstElementChild;
        const root = widget?.shadowRoot;
        const text = [root, ...[...(root?.querySelectorAll('*') ?? [])].map((el) => el.shadowRoot)]
          .map((r) => r?.textContent ?? '')
          .join(' ');
        return { name: div.dataset.nw, tag: widget?.localName, text, canvas: !!root?.querySelector('canvas')?.width };
      });
      return drawn.every((w) => w.text.includes('Sputnik') || w.text.includes('TASS')) && drawn;
    },
    undefined,
    { timeout: 20_000 },
  );
  const drawn = await widgets.jsonValue();
  assert.deepEqual(
    drawn.map((w) => [w.name, w.tag]),
    [
      ['figure-card', 'nw-figure-card'],
      ['figure-grid', 'nw-figure-grid'],
      ['chart', 'nw-chart'],
      ['quote', 'nw-quote'],
      ['embed', 'nw-embed'],
    ],
  );
  assert.match(drawn[0].text, /More than\s*5,000/);
  assert.ok(drawn[2].canvas, 'the chart is drawn');
  assert.match(drawn[3].text, /as reported by/);
  assert.deepEqual(errors, []);
  const between = await page.locator('main > p').allTextContents();
  assert.equal(between.length, 4, 'the article’s own text is where it was');
  await context.close();
});

test('with JavaScript off, every div shows its fallback', async () => {
  const context = await demo.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${demo.base}/t/wordpress.html`, { waitUntil: 'load' });
  const text = await page.locator('main').innerText();
  for (const expected of [
    'More than 5,000 people detained (Sputnik)',
    'More than $200 million in damage (Sputnik)',
    'Detentions and damage: a chart.',
    'Tokayev spoke of 20,000 militants (TASS)',
    'Kazakhstan unrest, January 2022',
    'State of emergency in force until January 19, 2022 (Sputnik)',
  ])
    assert.ok(text.includes(expected), `${expected} in\n${text}`);
  await context.close();
});

test('pre-rendered after the sanitizer: the widgets paint with JavaScript off, and the script takes them over, one per div', async () => {
  const off = await demo.browser.newContext({ javaScriptEnabled: false });
  const still = await off.newPage();
  await still.goto(`${demo.base}/t/wordpress-prerendered.html`, { waitUntil: 'load' });
  const painted = (
    await still
      .locator('main > div[data-nw] > *')
      .evaluateAll((widgets) => widgets.map((widget) => widget.shadowRoot?.querySelector('.frame')?.innerText ?? ''))
  ).join('\n');
  assert.match(painted, /More than\s*5,000/);
  assert.match(painted, /as reported by TASS/);
  await off.close();
  const context = await demo.browser.newContext();
  const page = await context.newPage();
  const messages = [];
  page.on('console', (message) => ['error', 'warning'].includes(message.type()) && messages.push(message.text()));
  page.on('pageerror', (error) => messages.push(error.message));
  await page.goto(`${demo.base}/t/wordpress-prerendered.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => [...document.querySelectorAll('main > div[data-nw] > *')].every((w) => w.matches(':defined')));
  const children = await page.evaluate(() =>
    [...document.querySelectorAll('main > div[data-nw]')].map((div) => [...div.children].map((c) => c.localName).join(',')),
  );
  assert.deepEqual(children, ['nw-figure-card', 'nw-figure-grid', 'nw-chart', 'nw-quote', 'nw-embed']);
  await page.waitForTimeout(500);
  assert.deepEqual(messages, []);
  await context.close();
});
