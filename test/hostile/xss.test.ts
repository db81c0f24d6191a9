/**
 * The attack strings of test/fixtures/xss-vectors.json (after the OWASP XSS
 * Filter Evasion Cheat Sheet) in every string field of a payload, through the
 * `payload` property, inline JSON, `src`, attributes, and a whole HTML page
 * built the way the CLI's `embed` snippet is. No script runs (the canary
 * `window.__xss` stays unset), no `on*` attribute and no element from a vector
 * appears in any shadow root, no link has a scheme other than http, https or
 * mailto, and a vector in a text field is shown as the text it is.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { jsonForScript } from '../../src/payload/embed-snippet.js';
import { clearPayloadCache } from '../../src/payload/load.js';
import type { Payload } from '../../src/payload/schema.js';
import { story } from '../support/story.js';
import { allPaths } from './arbitraries.js';
import {
  PageErrors,
  expectNothingExecutable,
  formatKeys,
  inspect,
  openPage,
  recordConsole,
  recordEvents,
  renderedStrings,
  shadowRoots,
  store,
  waitFor,
  waitForWidgets,
} from './support.js';

interface Vector {
  name: string;
  vector: string;
}
const { vectors } = (await (await fetch('/test/fixtures/xss-vectors.json')).json()) as { vectors: Vector[] };

type Key = string | number;
type Tag = 'nw-figure-card' | 'nw-figure-grid' | 'nw-quote' | 'nw-chart' | 'nw-embed';
type Widget = HTMLElement & { payload: unknown; updateComplete: Promise<boolean> };
const TAGS: Tag[] = ['nw-figure-card', 'nw-figure-grid', 'nw-quote', 'nw-chart', 'nw-embed'];

const canary = window as Window & { __xss?: unknown };

/** Waits long enough for anything a vector started (an image's onerror, a timer) to have run, then checks the canary. */
async function expectCanaryUnset(what: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 100));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  expect(canary.__xss, `the canary, after ${what}: a vector ran`).to.equal(undefined);
}

/** The story with every optional text field filled, so every kind of string field is there to attack. */
function base(): Payload {
  const payload = story();
  payload.sources!.sputnik!.url = 'https://example.org/sputnik';
  payload.charts![0]!.x = { type: 'category', label: 'Event' };
  payload.charts![0]!.series[0]!.data[0]!.note = 'As reported.';
  payload.figures![0]!.note = 'A note.';
  payload.quotes![0]!.kind = 'direct';
  return payload;
}

/** Fields whose text is shown as it is (anything may go in them); every other string field has a format. */
const FREE_KEYS = new Set([
  'title',
  'description',
  'name',
  'label',
  'note',
  'notes',
  'unit',
  'text',
  'speaker',
  'role',
  'context',
]);
function isFreeText(path: readonly Key[]): boolean {
  const key = path[path.length - 1];
  if (typeof key === 'number') return path[path.length - 2] === 'notes';
  return (
    FREE_KEYS.has(key!) ||
    (key === 'x' && path[path.length - 2] !== undefined && typeof path[path.length - 2] === 'number' && path.includes('data'))
  );
}

const stringPaths = allPaths(base())
  .filter((path) => typeof get(base(), path) === 'string')
  .sort((a, b) => formatKeys(a).localeCompare(formatKeys(b)));
const freePaths = stringPaths.filter(isFreeText);

function get(root: unknown, path: readonly Key[]): unknown {
  let node = root;
  for (const key of path) node = (node as Record<Key, unknown>)[key];
  return node;
}

function withVector(paths: readonly Key[][], vector: string): Payload {
  const payload = base();
  for (const path of paths) (get(payload, path.slice(0, -1)) as Record<Key, unknown>)[path[path.length - 1]!] = vector;
  return payload;
}

const container = document.createElement('div');
document.body.prepend(container);

type How = 'property' | 'inline' | 'src';

/** Puts a widget on the page with its payload given one way, and waits until it has drawn or failed. */
async function mount(tag: Tag, how: How, payload: unknown, attributes: Record<string, string> = {}): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const events = recordEvents(el);
  if (how === 'property') el.payload = payload;
  if (how === 'inline') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(payload);
    el.append(script);
  }
  if (how === 'src') el.setAttribute('src', await store(JSON.stringify(payload)));
  container.append(el);
  // nw-load (or nw-render, for attributes alone) or nw-error: charts need not finish drawing for this.
  await waitFor(() => events.events.length > 0, `<${tag}> via ${how}`);
  await settle(el);
  events.stop();
  return el;
}

async function settle(el: Widget): Promise<void> {
  await el.updateComplete;
  for (const root of shadowRoots(el)) if (root.host !== el) await (root.host as Widget).updateComplete;
}

function clear(): void {
  for (const child of Array.from(container.children)) child.remove();
}

const combos = { textFields: 0, allFields: 0, oneField: 0, attributes: 0, page: 0 };
const baselines = new Map<string, Record<string, number>>();

/** Dangerous-tag counts of a clean render of the same widget (a widget may draw an svg icon of its own). */
async function baseline(tag: Tag): Promise<Record<string, number>> {
  let counts = baselines.get(tag);
  if (!counts) {
    const el = await mount(tag, 'property', base(), { debug: '' });
    counts = inspect(el).tags;
    baselines.set(tag, counts);
    el.remove();
  }
  return counts;
}

describe('XSS vectors from the OWASP cheat sheet', function () {
  this.timeout(240_000);
  const page = new PageErrors();
  let consoleErrors: ReturnType<typeof recordConsole>;

  before(() => {
    clearPayloadCache();
    page.start();
    consoleErrors = recordConsole('error');
  });

  after(async () => {
    consoleErrors.restore();
    clear();
    const total = Object.values(combos).reduce((a, b) => a + b, 0);
    console.log(
      `[hostile] XSS: ${vectors.length} vectors; vectors × fields × paths tried: ` +
        `${combos.textFields} (every text field at once, ${freePaths.length} fields × 3 paths: property, inline JSON, src; 5 elements each) + ` +
        `${combos.allFields} (all ${stringPaths.length} string fields at once, invalid payload, property and inline JSON, with debug) + ` +
        `${combos.oneField} (one field at a time, ${stringPaths.length} fields, property, nw-embed with debug) + ` +
        `${combos.attributes} (attributes) + ${combos.page} (whole HTML page, inline JSON escaped as the CLI does) = ${total}`,
    );
    await page.expectNone('the XSS run');
    page.stop();
  });

  it('has an inspector that finds what it looks for (so a pass means something)', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    // Nothing here may load or run: no src, handlers that do nothing.
    const img = document.createElement('img');
    img.setAttribute('onerror', 'void 0');
    const button = document.createElement('button');
    button.setAttribute('formaction', 'javascript:void 0');
    const link = document.createElement('a');
    link.setAttribute('href', ' JaVa\tScRiPt:window.__xss=1');
    const inner = document.createElement('span').attachShadow({ mode: 'open' });
    inner.append(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
    root.append(img, button, link, inner.host);
    const found = inspect(host);
    expect(found.handlers).to.deep.equal(['img[onerror]']);
    expect(found.tags).to.deep.equal({ img: 1, svg: 1 });
    expect(found.badLinks.length).to.equal(1);
    expect(found.urlAttributes).to.deep.equal(['button[formaction=javascript:void 0]']);
  });

  it('has at least 40 vectors, each under the 500-character limit of short text', () => {
    expect(vectors.length).to.be.at.least(40);
    for (const { vector } of vectors) expect(vector.length).to.be.at.most(500);
    expect(stringPaths.length).to.be.greaterThan(40);
    expect(freePaths.length).to.be.greaterThan(20);
  });

  for (const how of ['property', 'inline', 'src'] as const) {
    it(`shows a vector in every text field as text, via ${how === 'inline' ? 'inline JSON' : how}`, async () => {
      for (const { name, vector } of vectors) {
        const payload = withVector(freePaths, vector);
        for (const tag of TAGS) {
          const el = await mount(tag, how, payload);
          const what = `${name} in <${tag}> via ${how}`;
          expect(el.shadowRoot!.querySelector('.unavailable'), `${what}: drawn`).to.equal(null);
          expectNothingExecutable(el, await baseline(tag), what);
          expect(renderedStrings(el), `${what}: shown as text`).to.contain(vector.trim());
        }
        combos.textFields += freePaths.length;
        expect(canary.__xss, `the canary after ${name}`).to.equal(undefined);
        clear();
        if (how === 'src') clearPayloadCache();
      }
      await expectCanaryUnset(`every vector via ${how}`);
    });
  }

  for (const how of ['property', 'inline'] as const) {
    it(`stays inert with a vector in every string field (an invalid payload, shown with debug), via ${how === 'inline' ? 'inline JSON' : how}`, async () => {
      for (const { name, vector } of vectors) {
        const payload = withVector(stringPaths, vector);
        for (const tag of TAGS) {
          const el = await mount(tag, how, payload, { debug: '' });
          const what = `${name} everywhere in <${tag}> via ${how}`;
          expect(el.shadowRoot!.querySelector('.debug'), `${what}: the debug panel`).to.not.equal(null);
          expectNothingExecutable(el, await baseline(tag), what);
        }
        combos.allFields += stringPaths.length;
        expect(canary.__xss, `the canary after ${name}`).to.equal(undefined);
        clear();
      }
      await expectCanaryUnset(`every vector in every field via ${how}`);
    });
  }

  it('stays inert with a vector in one field at a time, every field, in nw-embed with debug', async () => {
    const el = await mount('nw-embed', 'property', base(), { debug: '' });
    const clean = await baseline('nw-embed');
    for (const { name, vector } of vectors) {
      for (const path of stringPaths) {
        el.payload = withVector([path], vector);
        await settle(el);
        expectNothingExecutable(el, clean, `${name} at ${formatKeys(path)}`);
        combos.oneField += 1;
      }
      expect(canary.__xss, `the canary after ${name}`).to.equal(undefined);
    }
    clear();
    await expectCanaryUnset('one field at a time');
  });

  it('stays inert with a vector in every attribute, and never links a non-http source-url', async () => {
    const attributes: Record<Tag, string[]> = {
      'nw-figure-card': [
        'figure',
        'value',
        'label',
        'qualifier',
        'currency',
        'format',
        'notation',
        'source',
        'source-url',
        'as-of',
        'note',
        'theme',
        'lang',
      ],
      'nw-figure-grid': ['figures', 'theme', 'lang'],
      'nw-quote': ['quote', 'text', 'speaker', 'speaker-role', 'role', 'kind', 'source', 'source-url', 'date', 'theme', 'lang'],
      'nw-chart': ['chart', 'type', 'orientation', 'aspect-ratio', 'heading-level', 'theme', 'lang'],
      'nw-embed': ['sections', 'heading-level', 'theme', 'lang'],
    };
    for (const tag of TAGS) {
      const el = await mount(tag, 'property', base(), { debug: '' });
      const clean = await baseline(tag);
      for (const { name, vector } of vectors) {
        for (const attribute of attributes[tag]) {
          el.setAttribute(attribute, vector);
          await settle(el);
          expectNothingExecutable(el, clean, `${name} in <${tag} ${attribute}>`);
          el.removeAttribute(attribute);
          combos.attributes += 1;
        }
      }
      el.remove();
    }
    // Attributes alone, no payload: the source-url is a link only when it is http or https.
    for (const { name, vector } of vectors) {
      const card = await mount('nw-figure-card', 'property', undefined, {
        value: '5000',
        label: vector,
        source: vector,
        'source-url': vector,
        note: vector,
      });
      const quote = await mount('nw-quote', 'property', undefined, {
        text: vector,
        speaker: vector,
        source: vector,
        'source-url': vector,
      });
      for (const el of [card, quote]) {
        expectNothingExecutable(el, await baseline(el.localName as Tag), `${name} in the attributes of <${el.localName}>`);
        expect(renderedStrings(el)).to.contain(vector.trim());
        const links = Array.from(el.shadowRoot!.querySelectorAll('a'));
        const http = /^https?:$/.test(protocolOf(vector.trim()));
        expect(links.length, `${name}: a link only for an http(s) source-url`).to.equal(http ? 1 : 0);
      }
      combos.attributes += 9;
      expect(canary.__xss, `the canary after ${name}`).to.equal(undefined);
      clear();
    }
    await expectCanaryUnset('the attributes');
  });

  it('stays inert in a whole page whose inline JSON is escaped as the CLI’s embed snippet does it', async function () {
    this.timeout(120_000);
    const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const widgets = vectors.map(({ vector }, i) => {
      const payload = withVector(freePaths, vector);
      return [
        `<nw-embed id="embed-${i}" sections="figures,quotes">`,
        `<script type="application/json">${jsonForScript(payload)}</script>`,
        `</nw-embed>`,
        `<nw-figure-card id="card-${i}" value="5000" label="${escape(vector)}" source="${escape(vector)}" source-url="${escape(vector)}"></nw-figure-card>`,
      ].join('\n');
    });
    const html = [
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>XSS page</title>',
      '<script src="/test/pages/listen.js"></script>',
      '<script type="module" src="/dist/newsroom-widgets.js"></script>',
      '</head><body>',
      ...widgets,
      '</body></html>',
    ].join('\n');
    const url = await store(html, { type: 'text/html' });
    const frame = await openPage(url, { width: 800, height: 600 });
    try {
      const ids = vectors.flatMap((_, i) => [`embed-${i}`, `card-${i}`]);
      await waitForWidgets(frame, ids, 30_000);
      // Time for anything a vector might have started (an image's onerror, a refresh).
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect((frame.win as Window & { __xss?: unknown }).__xss, 'the page’s canary').to.equal(undefined);
      expect(frame.log.errors).to.deep.equal([]);
      expect(frame.log.rejections).to.deep.equal([]);
      const loaded = frame.win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      expect(loaded, 'the canary script was never requested').to.not.include('/test/pages/xss.js');
      for (const [i, { name, vector }] of vectors.entries()) {
        for (const id of [`embed-${i}`, `card-${i}`]) {
          const el = frame.doc.getElementById(id)!;
          expect(el.shadowRoot!.querySelector('.unavailable'), `${name}: #${id} drawn`).to.equal(null);
          expectNothingExecutable(el, await baseline(el.localName as Tag), `${name} in the page's #${id}`);
          expect(renderedStrings(el), `${name}: #${id} shows it as text`).to.contain(vector.trim());
          // The light DOM holds only what the page wrote: the JSON script, nothing parsed out of it.
          expect(Array.from(el.querySelectorAll('*')).map((child) => child.localName)).to.deep.equal(
            id.startsWith('embed') ? ['script'] : [],
          );
        }
        combos.page += freePaths.length;
      }
      await expectCanaryUnset('the whole page');
    } finally {
      frame.close();
    }
  });
});

function protocolOf(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}
