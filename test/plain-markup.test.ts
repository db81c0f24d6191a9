// The plain-markup form (<div data-nw="…">), as the script-tag entry upgrades
// it: every widget, markup added and removed later, bad markup, and a page
// that does not move when the div is upgraded. Running the markup through
// WordPress's own sanitizer first is test/node/kses-page.test.mjs.
import { expect, waitUntil } from '@open-wc/testing';
import { Chart } from 'chart.js';
import '../src/autoload.js';
import { upgradePlainMarkup } from '../src/plain-markup.js';
import type { WidgetErrorDetail } from '../src/payload/errors.js';
import { settled, shadowOf } from './elements/helpers.js';

const STORY = '/demo/data/kazakhstan-unrest-2022.json';
let container: HTMLElement;
let pageCss: HTMLStyleElement;

before(async () => {
  // The optional page CSS the README has sites link (dist/newsroom-widgets.css).
  pageCss = Object.assign(document.createElement('style'), {
    textContent: await (await fetch('/src/newsroom-widgets.css')).text(),
  });
  document.head.append(pageCss);
});
after(() => pageCss.remove());

beforeEach(() => {
  container = document.createElement('div');
  container.style.width = '700px';
  document.body.append(container);
});
afterEach(() => container.remove());

/** Puts `html` in the container; gives the div, the widget made in it, and its first nw-render or nw-error. */
async function paste(html: string): Promise<{ div: HTMLElement; widget: HTMLElement; event: Promise<Event> }> {
  const event = new Promise<Event>((resolve) => {
    const done = (e: Event) => {
      container.removeEventListener('nw-render', done);
      container.removeEventListener('nw-error', done);
      resolve(e);
    };
    container.addEventListener('nw-render', done);
    container.addEventListener('nw-error', done);
  });
  container.insertAdjacentHTML('beforeend', html);
  const div = container.lastElementChild as HTMLElement;
  await waitUntil(() => div.firstElementChild?.localName.startsWith('nw-'), 'the div is upgraded');
  return { div, widget: div.firstElementChild as HTMLElement, event };
}

describe('plain markup: <div data-nw="…">', () => {
  for (const [name, attributes, expected] of [
    ['figure-card', 'data-figure="detained"', 'More than 5,000'],
    ['figure-grid', 'data-figures="detained,damage"', 'More than $200M'],
    ['chart', 'data-chart="detentions-damage" data-show-table', 'more than $200,000,000'],
    ['quote', 'data-quote="tokayev-militants"', 'as reported by TASS'],
    ['embed', 'data-sections="figures"', 'Kazakhstan unrest, January 2022'],
  ] as const) {
    it(`data-nw="${name}" becomes <nw-${name}> inside the div, data-* as its attributes, the div's children its fallback`, async () => {
      const {
        div,
        widget,
        event: first,
      } = await paste(
        `<div data-nw="${name}" ${attributes} data-src="${STORY}" class="mine"><p class="fb">Fallback text</p></div>`,
      );
      expect(div.isConnected && div.className).to.equal('mine');
      expect(widget.localName).to.equal(`nw-${name}`);
      expect(widget.getAttribute('src')).to.equal(STORY);
      for (const [, attribute, value] of attributes.matchAll(/data-([\w-]+)(?:="([^"]*)")?/g))
        expect(widget.getAttribute(attribute!), attribute).to.equal(value ?? '');
      expect(widget.hasAttribute('nw')).to.equal(false);
      expect(widget.querySelector(':scope > p.fb')?.textContent, 'the fallback moved into the widget').to.equal('Fallback text');
      expect(div.children.length).to.equal(1);
      const event = await first;
      expect(event.type).to.equal('nw-render');
      expect(event.target).to.equal(widget);
      await waitUntil(
        () =>
          shadowOf(widget).textContent?.includes(expected) ||
          [...shadowOf(widget).querySelectorAll('*')].some((el) => el.shadowRoot?.textContent?.includes(expected)),
        `shows "${expected}"`,
      );
    });
  }

  it('markup added later is upgraded; removed, its chart is let go', async () => {
    const before = Object.keys(Chart.instances).length;
    const { div, event } = await paste(`<div data-nw="chart" data-src="${STORY}"></div>`);
    await event;
    await waitUntil(() => Object.keys(Chart.instances).length === before + 1, 'the chart is drawn');
    div.remove();
    await waitUntil(() => Object.keys(Chart.instances).length === before, 'the chart is destroyed with its div');
  });

  it('upgrading does not move the page around the div; with its height reserved, neither does drawing', async () => {
    container.innerHTML = `<style>.reserved { min-height: 14rem }</style><p>Before</p>
      <div data-later="figure-card" class="reserved"><p>More than 5,000 people detained (Sputnik)</p></div><p id="after">After</p>`;
    const div = container.querySelector('div')!;
    const after = container.querySelector('#after')!;
    const top = after.getBoundingClientRect().top;
    // Turn the div into plain markup and upgrade it at once, before the widget has drawn.
    div.setAttribute('data-nw', div.getAttribute('data-later')!);
    div.removeAttribute('data-later');
    div.setAttribute('data-src', STORY);
    const drawn = settled(div);
    upgradePlainMarkup(container);
    expect(div.firstElementChild?.localName).to.equal('nw-figure-card');
    expect(after.getBoundingClientRect().top, 'upgraded').to.equal(top);
    expect((await drawn).type).to.equal('nw-render');
    expect(after.getBoundingClientRect().top, 'drawn').to.equal(top);
  });

  it('a widget already written into its div (pre-rendered) is not made twice', async () => {
    container.innerHTML = `<div data-nw="figure-card" data-value="12" data-label="x"><nw-figure-card value="12" label="x"></nw-figure-card></div>`;
    upgradePlainMarkup(container);
    expect(container.querySelectorAll('nw-figure-card').length).to.equal(1);
  });
});

describe('plain markup: bad markup keeps the page whole', () => {
  let logged: string[];
  const original = console.error;
  beforeEach(() => {
    logged = [];
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.error = original;
  });

  it('an unknown data-nw: logged, nw-error on the div, the fallback kept, nothing thrown', async () => {
    const errors: WidgetErrorDetail[] = [];
    container.addEventListener('nw-error', (event) => errors.push((event as CustomEvent<WidgetErrorDetail>).detail));
    container.insertAdjacentHTML('beforeend', '<div data-nw="map"><p>A map of the protests</p></div>');
    await waitUntil(() => errors.length === 1, 'nw-error');
    expect(errors[0]!.code).to.equal('not-found');
    expect(errors[0]!.message).to.contain('no widget is named "map"');
    expect(logged.join('\n')).to.contain('<div data-nw="map">');
    expect(container.querySelector('div')!.innerHTML).to.equal('<p>A map of the protests</p>');
  });

  it('an unknown data-nw with no fallback gets the neutral line, in the page language', async () => {
    container.lang = 'ru';
    container.insertAdjacentHTML('beforeend', '<div data-nw=""></div>');
    await waitUntil(() => container.querySelector('div p'), 'a line');
    expect(container.querySelector('div p')!.textContent).to.equal('Данные недоступны');
  });

  it('a bad attribute and a data-src that fails get the widget’s own error behaviour, with the fallback shown', async () => {
    for (const [html, code] of [
      ['<div data-nw="figure-card" data-value="lots" data-label="x"><p>Fallback</p></div>', 'invalid-payload'],
      ['<div data-nw="quote" data-src="/no-such-file.json"><p>Fallback</p></div>', 'http-error'],
      ['<div data-nw="chart" data-src="/no-such-file.json"><p>Fallback</p></div>', 'http-error'],
    ] as const) {
      const errors: WidgetErrorDetail[] = [];
      container.addEventListener('nw-error', (event) => errors.push((event as CustomEvent<WidgetErrorDetail>).detail));
      container.insertAdjacentHTML('beforeend', html);
      await waitUntil(() => errors.length > 0, `nw-error for ${html}`);
      expect(errors[0]!.code, html).to.equal(code);
      const widget = container.lastElementChild!.firstElementChild as HTMLElement;
      const slot = shadowOf(widget).querySelector('slot');
      expect(
        slot?.assignedElements().map((el) => el.textContent),
        html,
      ).to.deep.equal(['Fallback']);
    }
  });
});

describe('plain markup: what a sanitizer lets through stays harmless', () => {
  it('only the widget’s own attributes are copied: never data-on*, data-style, data-tabindex, data-autofocus… (a sanitizer keeps every data-*)', async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    try {
      (window as unknown as { __pwned?: number }).__pwned = 0;
      const { widget } = await paste(
        '<div data-nw="figure-card" data-value="5" data-label="x" data-onclick="window.__pwned = 1" data-ONmouseover="window.__pwned = 2" data-style="position:fixed;inset:0" data-tabindex="0" data-autofocus data-contenteditable="true" data-defer-hydration><p>Fallback</p></div>',
      );
      const names = [...widget.attributes].map((a) => a.name);
      expect(names).to.include.members(['label', 'value']);
      expect(names.filter((n) => /^on|^(style|tabindex|autofocus|contenteditable|defer-hydration)$/i.test(n))).to.deep.equal([]);
      widget.click();
      widget.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(0);
      expect(logged.filter((line) => line.includes('does not become an attribute')).length).to.equal(7);
    } finally {
      console.error = original;
    }
  });
});
