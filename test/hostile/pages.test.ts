/**
 * The built bundles (dist/) in fixture pages that a newsroom's CMS might make:
 * a strict Content-Security-Policy with Trusted Types, the host page's own Lit,
 * the library loaded twice, a connect-src that blocks every payload, and a
 * theme with aggressive global CSS. Each page is opened in a same-origin frame
 * and inspected from here. Build dist/ first (see the README's development section).
 */
import { expect } from '@open-wc/testing';
import { deepElements, inspect, openPage, waitFor, waitForWidgets, type OpenPage } from './support.js';

/** The widgets every CSP and double-load page holds (see test/pages/csp.html). */
const WIDGETS = ['chart', 'card', 'card-attrs', 'card-src', 'grid', 'quote', 'quote-attrs', 'embed'] as const;

const pagesTested = new Set<string>();
let current: OpenPage | undefined;

async function open(path: string, size?: { width?: number; height?: number }): Promise<OpenPage> {
  current = await openPage(path, size);
  pagesTested.add(path);
  return current;
}

/** Proves the page's policy is really enforced (run after the violation checks: each probe is itself a violation). */
function expectPolicyEnforced(page: OpenPage): void {
  const win = page.win as unknown as Window & typeof globalThis;
  const script = page.doc.createElement('script');
  expect(() => {
    // A plain string into a script sink is refused under require-trusted-types-for 'script'.
    script.text = 'window.__probe = 1';
  }, 'Trusted Types').to.throw(/TrustedScript/);
  const probe = page.doc.createElement('div');
  expect(() => win.eval('1'), "no 'unsafe-eval'").to.throw();
  probe.setAttribute('style', 'color: rgb(255, 0, 0)');
  page.doc.body.append(probe);
  expect(win.getComputedStyle(probe).color, "no 'unsafe-inline' styles").to.not.equal('rgb(255, 0, 0)');
  probe.remove();
}

function byId(page: OpenPage, id: string): HTMLElement {
  const element = page.doc.getElementById(id);
  if (!element) throw new Error(`no #${id} in ${page.frame.src}`);
  return element;
}

function shadow(page: OpenPage, id: string): ShadowRoot {
  const root = byId(page, id).shadowRoot;
  if (!root) throw new Error(`#${id} has no shadow root (not upgraded?)`);
  return root;
}

/** The chart's canvas, from a stand-alone chart or the chart inside an embed. */
function chartCanvas(page: OpenPage, id: string): HTMLCanvasElement {
  const canvas = deepElements(byId(page, id)).find((element): element is HTMLCanvasElement => element.localName === 'canvas');
  if (!canvas) throw new Error(`#${id} has no canvas`);
  return canvas;
}

/** True once Chart.js has drawn on a canvas: some pixel is not transparent. */
function hasInk(canvas: HTMLCanvasElement): boolean {
  if (!canvas.width || !canvas.height) return false;
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
  return false;
}

/** Every widget rendered, with its content (not its error line), and the charts drew. */
async function expectEveryWidgetWorks(page: OpenPage): Promise<void> {
  await waitForWidgets(page, WIDGETS);
  const errors = page.log.events
    .filter((event) => event.type === 'nw-error')
    .map((event) => `#${event.id}: ${event.detail!.code} ${event.detail!.message}`);
  expect(errors, 'nw-error events').to.deep.equal([]);
  for (const id of WIDGETS) {
    expect(shadow(page, id).querySelector('.unavailable'), `#${id} shows "Data unavailable"`).to.equal(null);
  }
  expect(shadow(page, 'card').querySelector('[part="value"]')!.textContent!.trim()).to.equal('5,000');
  expect(shadow(page, 'card-attrs').querySelector('[part="label"]')!.textContent!.trim()).to.equal(
    'people detained in the unrest',
  );
  expect(shadow(page, 'card-src').querySelector('[part="value"]')!.textContent!.trim()).to.equal('$200M');
  expect(shadow(page, 'grid').querySelectorAll('[part="card"]').length).to.equal(5);
  expect(shadow(page, 'quote').querySelector('[part="quote"]')!.textContent).to.contain(
    'The government will not deal with terrorists.',
  );
  expect(shadow(page, 'quote-attrs').querySelector('[part="speaker"]')!.textContent!.trim()).to.equal('Kassym-Jomart Tokayev');
  expect(shadow(page, 'embed').querySelectorAll('nw-quote').length).to.equal(5);
  // The chart code came from its own file beside the bundle, and drew.
  await waitFor(() => hasInk(chartCanvas(page, 'chart')), 'the chart to draw');
  const resources = page.win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
  // (From dist/, or from the second copy when that copy's nw-chart won the race to be defined.)
  expect(resources.filter((path) => path.endsWith('/newsroom-widgets.chart.js')).length, 'the chart file').to.equal(1);
  const table = shadow(page, 'chart').querySelector('table');
  expect(table, 'the chart data table').to.not.equal(null);
  expect(table!.querySelectorAll('tbody tr').length).to.equal(1);
  expect(page.log.errors, 'uncaught errors').to.deep.equal([]);
  expect(page.log.rejections, 'unhandled rejections').to.deep.equal([]);
  expect(page.log.consoleErrors, 'console.error calls').to.deep.equal([]);
  for (const id of WIDGETS) expect(inspect(byId(page, id)).handlers, `#${id} on* attributes`).to.deep.equal([]);
}

describe('fixture pages (dist/ bundles)', function () {
  this.timeout(40_000);

  afterEach(() => {
    current?.close();
    current = undefined;
  });

  after(() => {
    console.log(`[hostile] fixture pages tested: ${pagesTested.size} (${[...pagesTested].join(', ')})`);
  });

  describe('strict Content-Security-Policy and Trusted Types', () => {
    it('renders every widget, the chart included, without one CSP violation', async () => {
      const page = await open('/test/pages/csp.html');
      await expectEveryWidgetWorks(page);
      expect(page.log.violations, 'securitypolicyviolation events').to.deep.equal([]);
      expectPolicyEnforced(page);
    });

    it('works beside the host page’s own copy of Lit, loaded first', async () => {
      const page = await open('/test/pages/csp-lit.html');
      await expectEveryWidgetWorks(page);
      await waitFor(() => Boolean(byId(page, 'host-badge').shadowRoot?.querySelector('p')), 'the host page’s element');
      expect(shadow(page, 'host-badge').querySelector('p')!.textContent).to.equal("host element rendered by the page's Lit");
      expect(page.log.violations).to.deep.equal([]);
      expectPolicyEnforced(page);
    });

    it("works under default-src 'none' with only the lit-html Trusted Types policy, from the classic build", async () => {
      const page = await open('/test/pages/csp-default-none.html');
      await expectEveryWidgetWorks(page);
      expect(page.log.violations).to.deep.equal([]);
      expectPolicyEnforced(page);
      // Only the lit-html policy name is allowed: any other is refused.
      const types = (page.win as unknown as { trustedTypes: { createPolicy: (name: string, rules: object) => unknown } })
        .trustedTypes;
      expect(() => types.createPolicy('another-policy', {})).to.throw();
    });

    it('shows the fallback and reports fetch-failed when connect-src blocks the payload URL', async () => {
      const page = await open('/test/pages/csp-connect-none.html');
      await waitForWidgets(page, ['card', 'chart', 'quote', 'card-inline']);
      const codes = Object.fromEntries(
        page.log.events.filter((event) => event.type === 'nw-error').map((event) => [event.id, event.detail!.code]),
      );
      expect(codes).to.deep.equal({ card: 'fetch-failed', chart: 'fetch-failed', quote: 'fetch-failed' });
      // The fallback paragraphs are slotted and visible; without one, the neutral line.
      for (const id of ['card', 'chart']) {
        const slot = shadow(page, id).querySelector('slot');
        expect(slot, `#${id} slot`).to.not.equal(null);
        const fallback = byId(page, `${id}-fallback`);
        expect(slot!.assignedElements()).to.include(fallback);
        expect(fallback.getBoundingClientRect().height, `#${id} fallback height`).to.be.greaterThan(0);
      }
      expect(shadow(page, 'quote').querySelector('.unavailable')!.textContent).to.equal('Data unavailable');
      // The inline payload still works on the same page.
      expect(shadow(page, 'card-inline').querySelector('[part="value"]')!.textContent!.trim()).to.equal('20,000');
      // One console.error per failed widget, naming the element and the code.
      expect(page.log.consoleErrors.filter((line) => line.includes('fetch-failed')).length).to.equal(3);
      expect(page.log.consoleErrors.some((line) => line.startsWith('<nw-figure-card> fetch-failed'))).to.equal(true);
      // The only violations are the blocked requests (reported a moment later).
      await waitFor(() => page.log.violations.length > 0, 'the connect-src violation report');
      expect(page.log.violations.every((violation) => violation.directive === 'connect-src')).to.equal(true);
      expect(page.log.errors).to.deep.equal([]);
      expect(page.log.rejections).to.deep.equal([]);
    });
  });

  describe('the library loaded twice', () => {
    // The second copy is served from /__nw/copy/ (the same files at other URLs), so the browser runs it as a separate instance.
    for (const [file, what, entries] of [
      ['twice-esm.html', 'two copies of the module build', ['/dist/newsroom-widgets.js', '/__nw/copy/newsroom-widgets.js']],
      [
        'twice-classic.html',
        'two copies of the classic build',
        ['/dist/newsroom-widgets.classic.js', '/__nw/copy/newsroom-widgets.classic.js'],
      ],
      [
        'esm-classic.html',
        'the module build, then a copy of the classic build',
        ['/dist/newsroom-widgets.js', '/__nw/copy/newsroom-widgets.classic.js'],
      ],
      [
        'classic-esm.html',
        'the classic build, then a copy of the module build',
        ['/dist/newsroom-widgets.classic.js', '/__nw/copy/newsroom-widgets.js'],
      ],
    ] as const) {
      it(`keeps working with ${what}, with at most a warning and no error`, async () => {
        const page = await open(`/test/pages/${file}`);
        await expectEveryWidgetWorks(page);
        const loaded = page.win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
        for (const entry of entries) expect(loaded, 'both copies were loaded').to.include(entry);
        // Both copies ran: whichever defines a tag second steps aside with one warning per tag, never more.
        expect(
          page.log.warnings.every((line) => /is already defined/.test(line)),
          page.log.warnings.join('\n'),
        ).to.equal(true);
        expect(page.log.warnings.length).to.be.at.most(5);
        for (const tag of ['nw-figure-card', 'nw-figure-grid', 'nw-chart', 'nw-quote', 'nw-embed']) {
          expect(page.win.customElements.get(tag), tag).to.not.equal(undefined);
        }
      });
    }
  });

  describe('aggressive global CSS of a CMS theme', () => {
    const IDS = ['chart', 'chart-narrow', 'card', 'card-narrow', 'grid', 'quote', 'embed', 'card-error'] as const;
    let page: OpenPage;

    beforeEach(async () => {
      page = await open('/test/pages/hostile-css.html', { width: 900, height: 1400 });
      await waitForWidgets(page, IDS);
    });

    const width = (element: Element) => element.getBoundingClientRect().width;
    const near = (actual: number, expected: number, what: string, tolerance = 1.5) =>
      expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).to.be.at.most(tolerance);

    it('renders every widget with its content', async () => {
      const errors = page.log.events
        .filter((event) => event.type === 'nw-error')
        .map((event) => `#${event.id}: ${event.detail!.code} ${event.detail!.message}`);
      expect(errors).to.deep.equal(['#card-error: not-found the payload has no figure with id "no-such-figure"']);
      expect(page.log.errors).to.deep.equal([]);
      expect(page.log.rejections).to.deep.equal([]);
    });

    it('lets cards fill their column, wide and narrow', async () => {
      for (const [id, column] of [
        ['card', 'col-card'],
        ['card-narrow', 'col-card-narrow'],
      ] as const) {
        const columnBox = byId(page, column);
        const inner = columnBox.clientWidth; // inside the dotted border
        near(width(byId(page, id)), inner, `#${id} host width`);
        near(width(shadow(page, id).querySelector('[part="card"]')!), inner, `#${id} card width`);
      }
    });

    it('keeps the chart canvas as wide as its box, in both columns', async () => {
      for (const id of ['chart', 'chart-narrow']) {
        await waitFor(() => hasInk(chartCanvas(page, id)), `#${id} to draw`);
        const canvas = chartCanvas(page, id);
        const box = canvas.parentElement!;
        const style = page.win.getComputedStyle(box);
        const boxContent = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        near(width(canvas), boxContent, `#${id} canvas width`, 2);
        // The widget fills its column; the box is the widget less its own padding.
        const column = byId(page, `col-${id}`).clientWidth;
        near(width(byId(page, id)), column, `#${id} host width`);
        expect(boxContent, `#${id} box width`).to.be.within(column - 64, column);
        const boxHeight = box.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        near(canvas.getBoundingClientRect().height, boxHeight, `#${id} canvas height`, 2);
        expect(boxHeight, `#${id} box height`).to.be.greaterThan(60);
      }
    });

    it('keeps the data table in the shadow root, and shown with show-table', async () => {
      const table = shadow(page, 'chart').querySelector('table');
      expect(table).to.not.equal(null);
      expect(page.win.getComputedStyle(table!).display).to.equal('table');
      expect(table!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(table!.querySelectorAll('tbody tr').length).to.equal(1);
      expect(shadow(page, 'chart-narrow').querySelector('table'), 'hidden table of the narrow chart').to.not.equal(null);
    });

    it('does not inherit the theme’s text-transform, white-space, line-height or spacing', async () => {
      const label = shadow(page, 'card').querySelector('[part="label"]')!;
      const quote = shadow(page, 'quote').querySelector('[part="quote"]')!;
      for (const [what, element] of [
        ['card label', label],
        ['quote text', quote],
      ] as const) {
        const style = page.win.getComputedStyle(element);
        expect(style.textTransform, `${what} text-transform`).to.equal('none');
        expect(style.whiteSpace, `${what} white-space`).to.equal('normal');
        expect(style.letterSpacing, `${what} letter-spacing`).to.equal('normal');
        expect(style.wordSpacing, `${what} word-spacing`).to.equal('0px');
        expect(style.textIndent, `${what} text-indent`).to.equal('0px');
        expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize), `${what} line height`).to.be.below(2);
      }
      // The label wraps within its card: white-space: pre would make it one long line.
      const card = shadow(page, 'card-narrow').querySelector('[part="card"]')!;
      expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
    });

    it('lays the grid’s cards out side by side within the column, without overlap', async () => {
      const cards = Array.from(shadow(page, 'grid').querySelectorAll('[part="card"]')).map((card) =>
        card.getBoundingClientRect(),
      );
      expect(cards.length).to.equal(5);
      const column = byId(page, 'col-grid').getBoundingClientRect();
      for (const box of cards) {
        expect(box.width).to.be.greaterThan(150);
        expect(box.left).to.be.at.least(column.left);
        expect(box.right).to.be.at.most(column.right);
      }
      for (let i = 0; i < cards.length; i++) {
        for (let j = i + 1; j < cards.length; j++) {
          const [a, b] = [cards[i]!, cards[j]!];
          const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
          expect(overlap, `cards ${i} and ${j} overlap`).to.equal(false);
        }
      }
      expect(new Set(cards.map((box) => Math.round(box.top))).size, 'rows').to.be.below(5);
    });

    it('shows the error line, not a hole, for a missing figure', async () => {
      const line = shadow(page, 'card-error').querySelector('.unavailable');
      expect(line!.textContent).to.equal('Data unavailable');
      expect(line!.getBoundingClientRect().height).to.be.greaterThan(10);
    });
  });
});
