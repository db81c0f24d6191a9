/**
 * Huge and deep inputs: a payload of 1 MiB (at the fetch limit and one byte
 * over), 10,000 chart points, 1,000 figures, JSON nested 100,000 deep, strings
 * of megabytes. Each finishes within its mocha timeout (no hang) and either
 * draws or reports a clear error: too-large, invalid-json, or invalid-payload
 * with the path of the list or field over its limit.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { ChartElement } from '../../src/elements/chart/chart.js';
import { clearPayloadCache, configureLoading } from '../../src/payload/load.js';
import type { WidgetErrorDetail } from '../../src/payload/errors.js';
import { LIMITS, type Payload } from '../../src/payload/schema.js';
import { parsePayload } from '../../src/payload/validate.js';
import { story } from '../support/story.js';
import { PageErrors, recordConsole, recordEvents, shadowRoots, store, waitFor } from './support.js';

const MIB = 1024 * 1024;
type Widget = HTMLElement & { payload: unknown; updateComplete: Promise<boolean> };

/** Text of exactly `bytes` UTF-8 bytes: the payload's JSON, padded with spaces (JSON allows them). */
function jsonOfSize(payload: unknown, bytes: number): string {
  const text = JSON.stringify(payload);
  const size = new TextEncoder().encode(text).length;
  if (size > bytes) throw new Error(`payload is already ${size} bytes`);
  return text + ' '.repeat(bytes - size);
}

/** The story with 100 notes of 10,000 characters: as big as the limits allow, about 1 MB. */
function maximalNotes(): Payload {
  const payload = story();
  payload.notes = Array.from({ length: 100 }, (_, i) => `${i}: ${'n'.repeat(LIMITS.text - 10)}`);
  return payload;
}

/** A chart with `points` points in one line series, category x. */
function bigChart(points: number): Payload {
  const payload = story();
  payload.charts = [
    {
      id: 'big',
      title: `${points} points`,
      type: 'line',
      x: { type: 'category' },
      series: [
        {
          id: 's',
          label: 'Values',
          data: Array.from({ length: points }, (_, i) => ({ x: `p${i}`, y: Math.sin(i / 50) * 1000 })),
        },
      ],
    },
  ];
  return payload;
}

/** `count` figures with unique ids. */
function manyFigures(count: number): Payload {
  const payload = story();
  payload.figures = Array.from({ length: count }, (_, i) => ({
    id: `f${i}`,
    label: `figure number ${i}`,
    value: i * 17,
    source: 'sputnik',
  }));
  return payload;
}

/** Arrays nested `depth` deep, built without recursion. */
function deepArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
}

/** Objects nested `depth` deep. */
function deepObject(depth: number): unknown {
  let value: unknown = {};
  for (let i = 1; i < depth; i++) value = { a: value };
  return value;
}

const mountedWidgets: Widget[] = [];

/**
 * Puts a widget on the page, recording its events from the start, and waits
 * until it has loaded or failed (and every widget inside it has updated).
 */
async function render<T extends Widget = Widget>(
  tag: string,
  setup: { payload?: unknown; src?: string; attributes?: Record<string, string>; inline?: string },
): Promise<{ el: T; error: () => WidgetErrorDetail | undefined }> {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(setup.attributes ?? {})) el.setAttribute(name, value);
  if (setup.payload !== undefined) el.payload = setup.payload;
  if (setup.src) el.setAttribute('src', setup.src);
  if (setup.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = setup.inline;
    el.append(script);
  }
  const events = recordEvents(el);
  document.body.append(el);
  mountedWidgets.push(el);
  await waitFor(() => events.events.length > 0, `<${tag}> to load or fail`, 25_000);
  await el.updateComplete;
  for (const root of shadowRoots(el)) if (root.host !== el) await (root.host as Widget).updateComplete;
  return { el, error: () => events.errors()[0] };
}

/** Shows an error, reported once with this code and (for invalid-payload) exactly these paths. */
function expectError(el: Widget, consoleErrors: string[], code: string, paths?: string[]): void {
  expect(el.shadowRoot!.querySelector('.unavailable'), 'the error line').to.not.equal(null);
  expect(consoleErrors.length, 'one console.error').to.equal(1);
  const line = consoleErrors[0]!;
  expect(line).to.match(new RegExp(`^<${el.localName}> ${code}: `));
  // A clear message, not the megabytes of input.
  expect(line.length, 'a short message').to.be.below(2_000);
  if (paths) for (const path of paths) expect(line, `names ${path}`).to.contain(`${path}: `);
}

describe('huge and deep inputs', function () {
  this.timeout(30_000);
  const page = new PageErrors();
  let consoleErrors: ReturnType<typeof recordConsole>;

  beforeEach(() => {
    clearPayloadCache();
    configureLoading({ timeoutMs: 10_000, maxBytes: MIB });
    page.start();
    consoleErrors = recordConsole('error');
  });

  afterEach(async () => {
    for (const el of mountedWidgets.splice(0)) el.remove();
    consoleErrors.restore();
    await page.expectNone();
    page.stop();
  });

  describe('a payload of 1 MiB', () => {
    it('loads a src of exactly 1 MiB, and draws every one of its 100 notes of 10,000 characters', async () => {
      const url = await store(jsonOfSize(maximalNotes(), MIB));
      const { el, error } = await render('nw-embed', { src: url, attributes: { sections: '' } });
      expect(error()).to.equal(undefined);
      expect(el.shadowRoot!.querySelectorAll('.notes li').length).to.equal(100);
      expect(consoleErrors.calls).to.deep.equal([]);
    });

    it('stops at one byte over 1 MiB with too-large', async () => {
      const url = await store(jsonOfSize(maximalNotes(), MIB + 1));
      const { el, error } = await render('nw-figure-card', { src: url });
      expect(error()?.code).to.equal('too-large');
      expectError(el, consoleErrors.calls, 'too-large');
    });

    it('draws a 1 MiB payload given as inline JSON', async () => {
      const { el, error } = await render('nw-embed', {
        inline: jsonOfSize(maximalNotes(), MIB),
        attributes: { sections: 'figures' },
      });
      expect(error()).to.equal(undefined);
      expect(el.shadowRoot!.querySelectorAll('.notes li').length).to.equal(100);
      expect(consoleErrors.calls).to.deep.equal([]);
    });

    it('reports 101 notes at "notes" and a 1 MiB title at "title"', async () => {
      const payload = maximalNotes() as Payload & { title: string };
      payload.notes!.push('one too many');
      payload.title = 't'.repeat(MIB);
      const { el, error } = await render('nw-embed', { payload });
      expect(error()?.code).to.equal('invalid-payload');
      expect(error()?.path).to.deep.equal(['title', 'notes']);
      expectError(el, consoleErrors.calls, 'invalid-payload', ['title', 'notes']);
    });

    it('reports a label of 10 MB at its path, without echoing it', async () => {
      const payload = story() as Payload & { figures: { label: string }[] };
      payload.figures[2]!.label = 'x'.repeat(10 * MIB);
      const { el, error } = await render('nw-figure-card', { payload, attributes: { figure: 'militants' } });
      expect(error()?.path).to.deep.equal(['figures[2].label']);
      expectError(el, consoleErrors.calls, 'invalid-payload', ['figures[2].label']);
    });
  });

  describe('10,000 chart points', () => {
    it('draws a line of 10,000 points, with a table of 10,000 rows', async function () {
      this.timeout(60_000);
      const { el, error } = await render<ChartElement & Widget>('nw-chart', { payload: bigChart(LIMITS.points) });
      await el.rendered;
      expect(error()).to.equal(undefined);
      const root = el.shadowRoot!;
      expect(root.querySelector('.unavailable')).to.equal(null);
      expect(root.querySelectorAll('tbody tr').length).to.equal(10_000);
      expect(root.querySelector('canvas')!.width).to.be.greaterThan(0);
      expect(consoleErrors.calls).to.deep.equal([]);
    });

    it('reports 10,001 points at the series’ data', async () => {
      const { el, error } = await render('nw-chart', { payload: bigChart(LIMITS.points + 1) });
      expect(error()?.path).to.deep.equal(['charts[0].series[0].data']);
      expectError(el, consoleErrors.calls, 'invalid-payload', ['charts[0].series[0].data']);
    });
  });

  describe('1,000 figures', () => {
    it('draws a grid of 1,000 cards', async function () {
      this.timeout(60_000);
      const { el, error } = await render('nw-figure-grid', { payload: manyFigures(LIMITS.listItems) });
      expect(error()).to.equal(undefined);
      const cards = el.shadowRoot!.querySelectorAll('[part="card"]');
      expect(cards.length).to.equal(1_000);
      expect(cards[999]!.textContent).to.contain('figure number 999');
    });

    it('finds the last of 1,000 figures for a card', async () => {
      const { el } = await render('nw-figure-card', { payload: manyFigures(LIMITS.listItems), attributes: { figure: 'f999' } });
      expect(el.shadowRoot!.querySelector('[part="value"]')!.textContent!.trim()).to.equal('16,983');
    });

    it('reports 1,001 figures at "figures"', async () => {
      const { el, error } = await render('nw-figure-grid', { payload: manyFigures(LIMITS.listItems + 1) });
      expect(error()?.path).to.deep.equal(['figures']);
      expectError(el, consoleErrors.calls, 'invalid-payload', ['figures']);
    });
  });

  describe('deeply nested junk', () => {
    const DEPTH = 100_000;

    it('reports arrays 100,000 deep as the whole inline JSON at the root', async () => {
      const { el, error } = await render('nw-quote', { inline: '['.repeat(DEPTH) + ']'.repeat(DEPTH) });
      expect(error()).to.deep.include({ code: 'invalid-payload', path: ['(root)'] });
      expectError(el, consoleErrors.calls, 'invalid-payload', ['(root)']);
    });

    it('reports arrays 100,000 deep in "notes" at notes[0], through inline JSON and the property', async () => {
      const text = `{"version":1,"notes":${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}`;
      const inline = await render('nw-embed', { inline: text });
      expect(inline.error()?.path).to.deep.equal(['notes[0]']);
      const { el, error } = await render('nw-embed', { payload: { version: 1, notes: deepArray(DEPTH) } });
      expect(error()?.path).to.deep.equal(['notes[0]']);
      expect(el.shadowRoot!.querySelector('.unavailable')).to.not.equal(null);
      expect(consoleErrors.calls.length).to.equal(2);
    });

    it('reports objects 100,000 deep under an unknown key and in a figure, each at its path', async () => {
      const payload = { ...story(), junk: deepObject(DEPTH) } as Record<string, unknown> & { figures: Record<string, unknown>[] };
      payload.figures[1]!.note = deepObject(DEPTH);
      const { el, error } = await render('nw-figure-grid', { payload });
      expect(error()?.path).to.have.members(['junk', 'figures[1].note']);
      expectError(el, consoleErrors.calls, 'invalid-payload', ['junk', 'figures[1].note']);
    });

    it('reports JSON text cut off after 100,000 opening brackets with invalid-json', async () => {
      const url = await store(`{"version":1,"notes":${'['.repeat(DEPTH)}`);
      const { el, error } = await render('nw-chart', { src: url });
      expect(error()?.code).to.equal('invalid-json');
      expectError(el, consoleErrors.calls, 'invalid-json');
    });

    it('parses arrays 1,000,000 deep without overflowing the stack', () => {
      const depth = 1_000_000;
      const result = parsePayload('['.repeat(depth) + ']'.repeat(depth));
      expect(result.ok).to.equal(false);
      expect(result.problems.map((p) => p.path)).to.deep.equal(['(root)']);
    });
  });
});
