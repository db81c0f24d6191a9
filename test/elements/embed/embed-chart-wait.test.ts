// An nw-embed whose payload has charts draws once nw-chart is defined, so the chart's box
// comes with the rest of the embed and nothing below it moves. This file imports only
// nw-embed: the chart code is not loaded when the test starts (each test file has its own page).
import { expect } from '@open-wc/testing';
import '../../../src/elements/embed/embed.js';
import type { EmbedElement } from '../../../src/elements/embed/embed.js';
import { story } from '../../support/story.js';

describe('nw-embed waits for the chart code', () => {
  it('draws its sections only once nw-chart is defined, and its chart has its box then', async () => {
    expect(customElements.get('nw-chart'), 'chart code not loaded yet').to.equal(undefined);
    const el = document.createElement('nw-embed') as EmbedElement;
    el.payload = story();
    let definedWhenDrawn: boolean | undefined;
    let frames = 0;
    const firstDraw = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        frames++;
        if (!el.shadowRoot?.querySelector('nw-chart')) return;
        definedWhenDrawn = !!customElements.get('nw-chart');
        observer.disconnect();
        resolve();
      });
      document.body.append(el);
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    });
    await firstDraw;
    expect(frames).to.be.greaterThan(0);
    expect(definedWhenDrawn, 'nw-chart was defined when the embed drew its sections').to.equal(true);
    await el.updateComplete;
    const chart = el.shadowRoot!.querySelector('nw-chart')!;
    expect(chart.getBoundingClientRect().height, 'the chart has its box').to.be.greaterThan(100);
    el.remove();
  });

  it('an embed without charts does not wait for them', async () => {
    const payload = { ...story(), charts: [] };
    const el = document.createElement('nw-embed') as EmbedElement;
    el.payload = payload;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('nw-figure-grid'), 'drawn').to.not.equal(null);
    el.remove();
  });
});
