/**
 * Property-based rendering (fast-check, seeded): each element gets 10,000
 * generated payloads through its `payload` property (random JSON, near-valid
 * mutations of the story, payloads valid by construction). Nothing is ever
 * thrown into the page or left unhandled; an invalid payload shows the error
 * line and reports `invalid-payload` with paths that are right about the
 * input; a valid one draws what it holds.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { WidgetErrorDetail } from '../../src/payload/errors.js';
import type { Payload } from '../../src/payload/schema.js';
import { chartProblems, parsePayloadForWidgets, type ParseResult } from '../../src/payload/validate.js';
import { story } from '../support/story.js';
import { SEED, nearValid, randomJson, validPayload } from './arbitraries.js';
import { PageErrors, pathIsCorrect, recordConsole, recordEvents, shadowRoots, waitFor } from './support.js';

const RUNS = 10_000;
const counts: Record<string, { runs: number; valid: number; invalid: number }> = {};

/** Random JSON, near-valid payloads and valid payloads, in the ratio 1 : 2 : 2. */
const payloads: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: randomJson },
  { weight: 2, arbitrary: nearValid(story).map((near) => near.payload) },
  { weight: 2, arbitrary: validPayload },
);

type Widget = HTMLElement & { payload: unknown; updateComplete: Promise<boolean> };
type Tag = 'nw-figure-card' | 'nw-figure-grid' | 'nw-quote' | 'nw-chart' | 'nw-embed';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * What a widget makes of `input`: the payload as the widgets check it, and for nw-chart also its chart's own
 * rules (the chart checks those itself; the other widgets draw whatever is wrong with a chart).
 */
function outcomeFor(tag: Tag, input: unknown): ParseResult {
  const result = parsePayloadForWidgets(input);
  const chart = result.ok && tag === 'nw-chart' ? result.payload.charts?.[0] : undefined;
  const problems = chart ? chartProblems(chart, ['charts', 0]) : [];
  return problems.length ? { ok: false, code: 'invalid-payload', problems } : result;
}

/** What a valid payload must make each element draw; a string is the error code expected instead. */
const expectations: Record<Tag, (root: ShadowRoot, payload: Payload) => string | void> = {
  'nw-figure-card': (root, payload) => {
    const figure = payload.figures?.[0];
    if (!figure) return 'no-data';
    expect(root.querySelector('[part="card"]'), 'the card').to.not.equal(null);
    expect(squash(root.querySelector('[part="value"]')?.textContent), 'the value').to.not.equal('');
    const label = figure.label.trim();
    if (label) expect(root.querySelector('[part="label"]')?.textContent).to.equal(label);
  },
  'nw-figure-grid': (root, payload) => {
    if (!payload.figures?.length) return 'no-data';
    expect(root.querySelectorAll('[part="card"]').length, 'one card per figure').to.equal(payload.figures.length);
  },
  'nw-quote': (root, payload) => {
    const quote = payload.quotes?.[0];
    if (!quote) return 'no-data';
    expect(root.querySelector('[part="quote"]')?.textContent, 'the quote text').to.contain(quote.text);
    expect(root.querySelector('[part="speaker"]')?.textContent, 'the speaker').to.equal(quote.speaker);
  },
  'nw-chart': (root, payload) => {
    const chart = payload.charts?.[0];
    if (!chart) return 'no-data';
    expect(root.querySelector('canvas'), 'the canvas').to.not.equal(null);
    const xs = new Set(chart.series.flatMap((series) => series.data.map((point) => point.x)));
    expect(root.querySelectorAll('tbody tr').length, 'one table row per x').to.equal(xs.size);
    expect(root.querySelectorAll('thead th').length, 'one column per series').to.equal(chart.series.length + 1);
  },
  'nw-embed': (root, payload) => {
    expect(root.querySelector('article'), 'the article').to.not.equal(null);
    if (payload.title) expect(root.querySelector('[part="title"]')?.textContent).to.equal(payload.title);
    expect(root.querySelectorAll('nw-figure-grid').length).to.equal(payload.figures?.length ? 1 : 0);
    expect(root.querySelectorAll('nw-chart').length).to.equal(payload.charts?.length ?? 0);
    expect(root.querySelectorAll('nw-quote').length).to.equal(payload.quotes?.length ?? 0);
    // The widgets inside drew without an error of their own.
    // (a chart whose own rules fail shows its error, and only it: one bad item never blanks the rest).
    const badCharts = new Set((payload.charts ?? []).filter((chart, c) => chartProblems(chart, ['charts', c]).length));
    for (const inner of shadowRoots(root.host)) {
      if (inner === root) continue;
      const chart =
        inner.host.localName === 'nw-chart'
          ? payload.charts?.find((one) => one.id === inner.host.getAttribute('chart'))
          : undefined;
      const bad = !!chart && badCharts.has(chart);
      expect(!!inner.querySelector('.unavailable'), `<${inner.host.localName}> inside shows an error: ${bad}`).to.equal(bad);
    }
  },
};

/** Payloads at the edges, tried before the generated ones: blank required text, lists emptied, a quote only paraphrased. */
function edgeCases(): unknown[] {
  const cases: unknown[] = [];
  const edit = (change: (payload: Payload & Record<string, unknown>) => void) => {
    const payload = story() as Payload & Record<string, unknown>;
    change(payload);
    cases.push(payload);
  };
  for (const blank of ['', '   ']) {
    edit((p) => (p.figures![0]!.label = blank));
    edit((p) => (p.quotes![0]!.text = blank));
    edit((p) => (p.quotes![0]!.speaker = blank));
    edit((p) => (p.charts![0]!.series[0]!.label = blank));
    edit((p) => (p.sources!.sputnik!.name = blank));
    edit((p) => (p.title = blank));
  }
  edit((p) => (p.figures = []));
  edit((p) => (p.charts = []));
  edit((p) => (p.quotes = []));
  edit((p) => (p.notes = []));
  edit((p) => (p.sources = {}));
  edit((p) => (p.charts![0]!.series[0]!.data = [{ x: 'a', y: null }]));
  edit((p) => (p.locale = 'en_US'));
  edit((p) => (p.locale = 'aa-A'));
  cases.push({ version: 1 }, null, [], 'null', '{"version":1}', '', 0);
  return cases;
}

/** Waits for the element and every widget inside it to finish updating. */
async function settle(el: Widget): Promise<void> {
  await el.updateComplete;
  const inner = shadowRoots(el)
    .map((root) => root.host as Widget)
    .filter((host) => host !== el && 'updateComplete' in host);
  await Promise.all(inner.map((host) => host.updateComplete));
  // A chart draws first: the table of its first data comes in the next idle time.
  const charts = [el, ...inner].filter((host) => host.localName === 'nw-chart');
  const tableDue = (host: Widget) =>
    !!host.shadowRoot?.querySelector('canvas') && !host.shadowRoot.querySelector('[part="table"] table');
  if (charts.some(tableDue)) await waitFor(() => !charts.some(tableDue), 'the charts’ tables');
}

async function fuzz(tag: Tag, runs: number): Promise<void> {
  const page = new PageErrors();
  page.start();
  const consoleErrors = recordConsole('error');
  const el = document.createElement(tag) as Widget;
  // Charts far below the viewport: the fuzzing is about validation, the model, the table and the error
  // states, so Chart.js is not asked to draw 10,000 charts in one task (an in-view chart draws at once).
  const offScreen = tag === 'nw-chart' || tag === 'nw-embed';
  if (offScreen) el.style.cssText = 'position: absolute; top: 400vh; width: 40rem';
  document.body.prepend(el);
  const events = recordEvents(el);
  const tally = { runs: 0, valid: 0, invalid: 0 };
  // An element with no data at all reports no-data once; the fuzzing starts after that.
  await settle(el);
  let lastError: WidgetErrorDetail | undefined = events.errors()[0];
  events.clear();
  const consoleBaseline = consoleErrors.calls.length;
  let errorEvents = 0;
  try {
    await fc.assert(
      fc.asyncProperty(payloads, async (input) => {
        tally.runs += 1;
        events.clear();
        const consoleBefore = consoleErrors.calls.length;
        el.payload = input;
        await settle(el);
        const errors = events.errors();
        errorEvents += errors.length;
        expect(errors.length, 'at most one nw-error per payload').to.be.at.most(1);
        const logged = consoleErrors.calls.slice(consoleBefore);
        expect(logged.length, `one console.error per nw-error: ${logged.join(' / ')}`).to.equal(errors.length);
        const root = el.shadowRoot!;
        const result = outcomeFor(tag, input);
        let expectedCode: string | undefined;
        if (result.ok) {
          tally.valid += 1;
          expectedCode = expectations[tag](root, result.payload) ?? undefined;
        } else {
          tally.invalid += 1;
          expectedCode = result.code;
        }
        if (expectedCode === undefined) {
          expect(errors, 'no nw-error for a valid payload').to.deep.equal([]);
          expect(root.querySelector('.unavailable'), 'no error line').to.equal(null);
          lastError = undefined;
          return;
        }
        // The error line, and nw-error (unless the very same error is already reported).
        expect(root.querySelector('.unavailable'), 'the error line').to.not.equal(null);
        const detail = errors[0] ?? lastError;
        expect(detail?.code, 'the error code').to.equal(expectedCode);
        if (!result.ok && result.code === 'invalid-payload') {
          const paths = result.problems.map((problem) => problem.path);
          expect(detail!.path, 'nw-error names every path').to.deep.equal(paths);
          const value = typeof input === 'string' ? (JSON.parse(input) as unknown) : input;
          for (const path of paths) expect(pathIsCorrect(value, path), `path ${path} is right about the input`).to.equal(true);
        }
        lastError = detail;
      }),
      { seed: SEED, numRuns: runs, examples: edgeCases().map((payload) => [payload]) },
    );
    // One console.error per reported error, naming the element and the code.
    expect(consoleErrors.calls.length - consoleBaseline).to.equal(errorEvents);
    expect(consoleErrors.calls.every((line) => line.startsWith(`<${tag}> `))).to.equal(true);
    // The element still works after all that: the story draws (in view again).
    if (offScreen) el.style.cssText = '';
    el.payload = story();
    await settle(el);
    if (tag === 'nw-chart' || tag === 'nw-embed')
      await waitFor(() => events.events.some((event) => event.type === 'nw-render'), `<${tag}> to draw the story`);
    expect(el.shadowRoot!.querySelector('.unavailable')).to.equal(null);
  } finally {
    consoleErrors.restore();
    events.stop();
    el.remove();
    page.stop();
  }
  await page.expectNone(`<${tag}> fuzzing`);
  counts[tag] = tally;
  expect(tally.valid, 'valid payloads rendered').to.be.greaterThan(runs * 0.2);
  expect(tally.invalid, 'invalid payloads rendered').to.be.greaterThan(runs * 0.2);
}

describe('fuzz: rendering generated payloads', function () {
  this.timeout(240_000);

  after(() => {
    const lines = Object.entries(counts).map(([tag, c]) => `${tag} ${c.runs} (${c.valid} valid, ${c.invalid} invalid)`);
    console.log(`[hostile] render fuzz (seed ${SEED}): ${lines.join('; ')}`);
  });

  for (const tag of ['nw-figure-card', 'nw-figure-grid', 'nw-quote', 'nw-chart', 'nw-embed'] as const) {
    it(`<${tag}>: ${RUNS} payloads, never an uncaught error, always the right outcome`, async () => {
      await fuzz(tag, RUNS);
    });
  }
});
