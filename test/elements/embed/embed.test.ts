import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/index.js';
import type { EmbedElement } from '../../../src/elements/embed/embed.js';
import { clearPayloadCache } from '../../../src/payload/load.js';
import { story } from '../../support/story.js';

const shadow = (el: Element) => el.shadowRoot!;

async function rendered(el: EmbedElement): Promise<EmbedElement> {
  await el.updateComplete;
  return el;
}

describe('nw-embed', () => {
  beforeEach(() => clearPayloadCache());

  it('renders every section of the story from the payload property', async () => {
    const el = await fixture<EmbedElement>(html`<nw-embed .payload=${story()}></nw-embed>`);
    await rendered(el);
    const root = shadow(el);
    expect(root.querySelector('h2.title')!.textContent).to.equal('Kazakhstan unrest, January 2022');
    expect(root.querySelector('.description')!.textContent).to.contain('Protests against the rise in gas prices');
    expect(root.querySelectorAll('nw-figure-grid').length).to.equal(1);
    expect(root.querySelectorAll('nw-chart').length).to.equal(1);
    expect(root.querySelectorAll('nw-quote').length).to.equal(5);
    expect(Array.from(root.querySelectorAll('nw-quote')).map((q) => q.getAttribute('quote'))).to.deep.equal(
      story().quotes!.map((q) => q.id),
    );
    expect(root.querySelectorAll('.notes li').length).to.equal(2);
    expect(root.querySelector('.sources')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Sources: Sputnik, TASS');
    expect(root.querySelector('.updated')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Updated January 9, 2022');
    expect(root.querySelector('.updated time')!.getAttribute('datetime')).to.equal('2022-01-09');
  });

  it('hands the same payload object to the widgets inside', async () => {
    const payload = story();
    const el = await fixture<EmbedElement>(html`<nw-embed .payload=${payload}></nw-embed>`);
    await rendered(el);
    const inner = Array.from(shadow(el).querySelectorAll('nw-figure-grid, nw-chart, nw-quote')) as unknown as {
      payload: unknown;
    }[];
    expect(inner.every((widget) => widget.payload === el.payload)).to.equal(true);
  });

  it('shows only the listed sections, in the order given', async () => {
    const el = await fixture<EmbedElement>(html`<nw-embed .payload=${story()} sections="quotes, figures"></nw-embed>`);
    await rendered(el);
    const sections = Array.from(shadow(el).querySelectorAll('section')).map((section) => section.classList[1]);
    expect(sections).to.deep.equal(['quotes', 'figures']);
    expect(shadow(el).querySelector('nw-chart')).to.equal(null);
  });

  it('shows every section again once the sections attribute is removed', async () => {
    const el = await fixture<EmbedElement>(html`<nw-embed .payload=${story()} sections="quotes"></nw-embed>`);
    await rendered(el);
    el.removeAttribute('sections');
    await rendered(el);
    const sections = Array.from(shadow(el).querySelectorAll('section')).map((section) => section.classList[1]);
    expect(sections).to.deep.equal(['figures', 'charts', 'quotes']);
    expect(shadow(el).querySelector('.unavailable')).to.equal(null);
  });

  it('ignores unknown section names', async () => {
    const el = await fixture<EmbedElement>(html`<nw-embed .payload=${story()} sections="charts,maps"></nw-embed>`);
    await rendered(el);
    expect(el.sectionList).to.deep.equal(['charts']);
  });

  it('uses heading-level for the title and the next level below it', async () => {
    const el = await fixture<EmbedElement>(html`<nw-embed .payload=${story()} heading-level="3"></nw-embed>`);
    await rendered(el);
    expect(shadow(el).querySelector('h3.title')).to.not.equal(null);
    expect(shadow(el).querySelector('h4.notes-heading')).to.not.equal(null);
    el.headingLevel = 9;
    await el.updateComplete;
    expect(shadow(el).querySelector('h6.title')).to.not.equal(null);
  });

  it('shows the payload in the page language', async () => {
    const wrapper = await fixture(html`<div lang="ru"><nw-embed .payload=${story()}></nw-embed></div>`);
    const el = wrapper.querySelector('nw-embed')!;
    await rendered(el);
    expect(shadow(el).querySelector('.updated')!.textContent).to.contain('Обновлено');
    expect(shadow(el).querySelector('.sources')!.textContent).to.contain('Источники');
  });

  it('fires nw-load once and nw-render after the widgets inside have drawn', async () => {
    const loads: Event[] = [];
    const container = document.createElement('div');
    container.addEventListener('nw-load', (event) => loads.push(event));
    document.body.append(container);
    const el = document.createElement('nw-embed');
    el.payload = story();
    const renderedEvent = oneEvent(el, 'nw-render');
    container.append(el);
    await renderedEvent;
    const chart = shadow(el).querySelector('nw-chart')!;
    expect(chart.shadowRoot!.querySelector('canvas')).to.not.equal(null);
    expect(loads.length).to.equal(1);
    expect(loads[0]!.target).to.equal(el);
    container.remove();
  });

  it('shares one request for src with other widgets on the page', async () => {
    const src = `/__nw/story.json?delay=50&embed=${Date.now()}`;
    const wrapper = await fixture(
      html`<div>
        <nw-embed src=${src}></nw-embed>
        <nw-figure-card src=${src} figure="detained"></nw-figure-card>
      </div>`,
    );
    const el = wrapper.querySelector('nw-embed')!;
    await oneEvent(el, 'nw-load');
    const log = (await (await fetch('/__nw/requests')).json()) as { search: string }[];
    expect(log.filter((entry) => entry.search === new URL(src, location.href).search).length).to.equal(1);
  });

  it('shows the neutral line and fires no-data without a payload', async () => {
    const el = document.createElement('nw-embed');
    const error = oneEvent(el, 'nw-error');
    document.body.append(el);
    expect((await error).detail.code).to.equal('no-data');
    await el.updateComplete;
    expect(shadow(el).querySelector('.unavailable')!.textContent).to.equal('Data unavailable');
    el.remove();
  });

  it('shows its fallback and lists every problem in debug for an invalid payload', async () => {
    const bad = story() as unknown as { figures: { label: unknown }[]; quotes: { speaker?: unknown }[] };
    bad.figures[0]!.label = 5;
    delete bad.quotes[1]!.speaker;
    const el = document.createElement('nw-embed');
    el.debug = true;
    el.innerHTML = '<p id="fb">Fallback text</p>';
    const error = oneEvent(el, 'nw-error');
    el.payload = bad;
    document.body.append(el);
    const detail = (await error).detail;
    expect(detail.code).to.equal('invalid-payload');
    expect(detail.path).to.deep.equal(['figures[0].label', 'quotes[1].speaker']);
    await el.updateComplete;
    expect(shadow(el).querySelector('slot')!.assignedElements()[0]!.id).to.equal('fb');
    expect(shadow(el).querySelectorAll('.debug li').length).to.equal(2);
    el.remove();
  });

  it('lists each problem once in debug, even when its path holds a semicolon', async () => {
    const bad = story() as unknown as { figures: Record<string, unknown>[] };
    bad.figures[0]!['a; b'] = 1;
    const el = document.createElement('nw-embed');
    el.debug = true;
    const error = oneEvent(el, 'nw-error');
    el.payload = bad;
    document.body.append(el);
    expect((await error).detail.path).to.deep.equal(['figures[0]["a; b"]']);
    await el.updateComplete;
    const items = Array.from(shadow(el).querySelectorAll('.debug li')).map((li) => li.textContent!.trim());
    expect(items.length).to.equal(1);
    expect(items[0]).to.equal('figures[0]["a; b"]: is not a known field');
    el.remove();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`is accessible in ${theme}`, async () => {
      const el = await fixture<EmbedElement>(html`<nw-embed .payload=${story()} theme=${theme}></nw-embed>`);
      await rendered(el);
      await expect(el).to.be.accessible();
    });
  }
});
