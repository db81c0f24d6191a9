/**
 * Broken networks, seen from the elements (`nw-figure-card` and `nw-chart`
 * with `src`): every failure gives its own error code and the fallback, a
 * slow or changed source never leaves a stale render, a removed element stays
 * quiet, nothing is left unhandled and no cookie is sent.
 * (test/payload/load.test.ts covers loadPayload itself.)
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { clearPayloadCache, configureLoading } from '../../src/payload/load.js';
import type { WidgetErrorDetail } from '../../src/payload/errors.js';
import { story } from '../support/story.js';
import { PageErrors, recordConsole, recordEvents, requestLog, store, waitFor } from './support.js';

const DEFAULTS = { timeoutMs: 10_000, maxBytes: 1024 * 1024 };
const FALLBACK = 'Fallback: more than 5,000 people detained (Sputnik).';

let unique = 0;
const fresh = (path: string) => `${path}${path.includes('?') ? '&' : '?'}n=${Date.now()}-${unique++}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Tag = 'nw-figure-card' | 'nw-chart';

/** A widget element (every one is a Lit element). */
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

interface Mounted {
  el: Widget;
  events: ReturnType<typeof recordEvents>;
  /** Every value text the widget has shown, in order (cards: the value; charts: the first table cell). */
  shown: string[];
}

const mounted: Mounted[] = [];

/** Adds a widget with `src` and a fallback paragraph to the page, and starts recording what it does. */
function mount(tag: Tag, src: string, attributes: Record<string, string> = {}): Mounted {
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const fallback = document.createElement('p');
  fallback.className = 'fallback';
  fallback.textContent = FALLBACK;
  el.append(fallback);
  const events = recordEvents(el);
  const shown: string[] = [];
  const record = () => {
    const text = currentValue(el);
    if (text && text !== shown[shown.length - 1]) shown.push(text);
  };
  el.addEventListener('nw-render', record);
  el.setAttribute('src', src);
  document.body.append(el);
  const entry = { el, events, shown };
  mounted.push(entry);
  // Also watch the shadow root between events, so a stale value that flashes is caught.
  queueMicrotask(() => {
    if (el.shadowRoot)
      new MutationObserver(record).observe(el.shadowRoot, { subtree: true, childList: true, characterData: true });
  });
  return entry;
}

/** The value a widget shows now, or '' when it shows none. */
function currentValue(el: HTMLElement): string {
  const root = el.shadowRoot;
  if (!root) return '';
  const selector = el.localName === 'nw-chart' ? 'tbody td' : '[part="value"]';
  return root.querySelector(selector)?.textContent?.trim() ?? '';
}

/** Resolves with the widget's first `nw-error`, or its first `nw-render` (as null). */
async function outcome(widget: Mounted, timeoutMs = 8_000): Promise<WidgetErrorDetail | null> {
  await waitFor(
    () => widget.events.events.some((event) => event.type === 'nw-error' || event.type === 'nw-render'),
    `<${widget.el.localName}> to settle`,
    timeoutMs,
  );
  const first = widget.events.events.find((event) => event.type === 'nw-error' || event.type === 'nw-render')!;
  return first.type === 'nw-error' ? (first.detail as WidgetErrorDetail) : null;
}

/** The fallback paragraph is slotted and takes up room. */
function expectFallbackShown(el: HTMLElement): void {
  const slot = el.shadowRoot!.querySelector('slot');
  expect(slot, 'a slot for the fallback').to.not.equal(null);
  const fallback = el.querySelector('.fallback')!;
  expect(slot!.assignedElements()).to.include(fallback);
  expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
  expect(currentValue(el), 'no value drawn').to.equal('');
}

/** A variant of the story whose first figure and first chart point carry `value`. */
function variant(value: number): string {
  const payload = story();
  payload.figures![0]!.value = value;
  payload.charts![0]!.series[0]!.data[0]!.y = value;
  return JSON.stringify(payload);
}

const expected = { 'nw-figure-card': '5,000', 'nw-chart': 'more than 5,000' } as const;
const shownAs = (tag: Tag, value: number) =>
  tag === 'nw-chart' ? `more than ${value.toLocaleString('en')}` : value.toLocaleString('en');

describe('broken networks, at the element level', function () {
  this.timeout(20_000);
  const page = new PageErrors();
  let consoleErrors: ReturnType<typeof recordConsole>;

  beforeEach(() => {
    clearPayloadCache();
    configureLoading(DEFAULTS);
    page.start();
    consoleErrors = recordConsole('error');
  });

  afterEach(async () => {
    consoleErrors.restore();
    configureLoading(DEFAULTS);
    for (const widget of mounted.splice(0)) {
      widget.events.stop();
      widget.el.remove();
    }
    await page.expectNone();
    page.stop();
  });

  for (const tag of ['nw-figure-card', 'nw-chart'] as const) {
    describe(`<${tag} src>`, () => {
      const failures: [string, string, string, number?][] = [
        ['a 404', '/__nw/status?code=404', 'http-error', 404],
        ['a 500', '/__nw/status?code=500', 'http-error', 500],
        ['an HTML page', '/__nw/html', 'wrong-content-type'],
        ['truncated JSON', '/__nw/truncated', 'invalid-json'],
        ['a 5 MB body (streamed, no Content-Length)', '/__nw/big?bytes=5000000', 'too-large'],
        ['a refused connection', 'http://127.0.0.1:9/payload.json', 'fetch-failed'],
        ['JSON nested 100,000 deep', '/__nw/deep?depth=100000&at=root', 'invalid-payload'],
      ];
      for (const [what, url, code, status] of failures) {
        it(`shows the fallback and reports ${code} for ${what}`, async () => {
          const widget = mount(tag, url.startsWith('http') ? url : fresh(url));
          const error = await outcome(widget);
          expect(error?.code).to.equal(code);
          if (status !== undefined) expect(error?.status).to.equal(status);
          await widget.el.updateComplete;
          expectFallbackShown(widget.el);
          expect(widget.events.events.filter((event) => event.type === 'nw-load')).to.deep.equal([]);
          expect(consoleErrors.calls.length, 'one console.error').to.equal(1);
          expect(consoleErrors.calls[0]).to.match(new RegExp(`^<${tag}> ${code}`));
        });
      }

      it('gives up on a server that hangs with timeout (configureLoading({ timeoutMs: 300 }))', async () => {
        configureLoading({ timeoutMs: 300 });
        const widget = mount(tag, fresh('/__nw/hang?ms=5000'));
        const error = await outcome(widget);
        expect(error?.code).to.equal('timeout');
        await widget.el.updateComplete;
        expectFallbackShown(widget.el);
      });

      it('waits for a slow answer and draws the right data', async () => {
        const widget = mount(tag, fresh('/__nw/story.json?delay=700'));
        expect(await outcome(widget)).to.equal(null);
        expect(currentValue(widget.el)).to.equal(expected[tag]);
        expect(widget.events.errors()).to.deep.equal([]);
        expect(consoleErrors.calls).to.deep.equal([]);
      });

      it('reads JSON that starts with a byte-order mark', async () => {
        const widget = mount(tag, fresh('/__nw/bom'));
        expect(await outcome(widget)).to.equal(null);
        expect(currentValue(widget.el)).to.equal(expected[tag]);
      });

      it('draws the new source, never the old one, when src changes while a request is in flight', async () => {
        const slow = await store(variant(1111), { delay: 900 });
        const fast = await store(variant(2222));
        const widget = mount(tag, slow);
        await sleep(100);
        widget.el.setAttribute('src', fast);
        expect(await outcome(widget)).to.equal(null);
        expect(currentValue(widget.el)).to.equal(shownAs(tag, 2222));
        // Long after the old answer came in, the widget still shows the new data, and only ever did.
        await sleep(1200);
        expect(currentValue(widget.el)).to.equal(shownAs(tag, 2222));
        expect(widget.shown).to.deep.equal([shownAs(tag, 2222)]);
        const loads = widget.events.events.filter((event) => event.type === 'nw-load');
        expect(loads.length).to.equal(1);
        expect((loads[0]!.detail as { payload: { figures: { value: number }[] } }).payload.figures[0]!.value).to.equal(2222);
      });

      it('ignores an old answer that arrives before the new one', async () => {
        const first = await store(variant(1111), { delay: 300 });
        const second = await store(variant(3333), { delay: 900 });
        const widget = mount(tag, first);
        await sleep(50);
        widget.el.setAttribute('src', second);
        expect(await outcome(widget)).to.equal(null);
        expect(widget.shown).to.deep.equal([shownAs(tag, 3333)]);
      });

      it('shows the new source’s error, not the old source’s data', async () => {
        const slow = await store(variant(1111), { delay: 600 });
        const widget = mount(tag, slow);
        await sleep(50);
        widget.el.setAttribute('src', fresh('/__nw/status?code=404'));
        const error = await outcome(widget);
        expect(error?.code).to.equal('http-error');
        await sleep(900);
        expect(widget.shown).to.deep.equal([]);
        expectFallbackShown(widget.el);
        expect(widget.events.events.map((event) => event.type)).to.deep.equal(['nw-error']);
      });

      it('stays quiet when removed mid-request, and loads again when put back', async () => {
        const url = fresh('/__nw/story.json?delay=500');
        const widget = mount(tag, url);
        await sleep(60);
        widget.el.remove();
        await sleep(900);
        expect(widget.events.events, 'events after removal').to.deep.equal([]);
        expect(consoleErrors.calls, 'console.error after removal').to.deep.equal([]);
        document.body.append(widget.el);
        expect(await outcome(widget)).to.equal(null);
        expect(currentValue(widget.el)).to.equal(expected[tag]);
        expect(widget.events.events.filter((event) => event.type === 'nw-load').length).to.equal(1);
      });

      it('sends no cookies with the payload request', async () => {
        document.cookie = 'nw_session=secret; path=/';
        try {
          // The control: the same origin does get the cookie when a request includes it.
          const control = fresh('/__nw/status?code=204');
          await fetch(control, { credentials: 'include' });
          const url = fresh('/__nw/story.json');
          const widget = mount(tag, url);
          expect(await outcome(widget)).to.equal(null);
          const log = await requestLog();
          const search = (path: string) => path.slice(path.indexOf('?'));
          expect(log.find((entry) => entry.search === search(control))?.cookie).to.equal('nw_session=secret');
          const sent = log.filter((entry) => entry.search === search(url));
          expect(sent.length).to.equal(1);
          expect(sent[0]!.cookie).to.equal(null);
        } finally {
          document.cookie = 'nw_session=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
        }
      });
    });
  }

  it('makes one request for a card and a chart that share a src', async () => {
    const url = fresh('/__nw/story.json?delay=200');
    const card = mount('nw-figure-card', url);
    const chart = mount('nw-chart', url);
    expect(await outcome(card)).to.equal(null);
    expect(await outcome(chart)).to.equal(null);
    const search = url.slice(url.indexOf('?'));
    expect((await requestLog()).filter((entry) => entry.search === search).length).to.equal(1);
  });
});
