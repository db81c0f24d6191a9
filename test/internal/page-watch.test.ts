import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/figure-card/figure-card.js';
import type { FigureCardElement } from '../../src/elements/figure-card/figure-card.js';

const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Counts the nw-render events a widget fires while `change` runs. */
async function rendersDuring(el: HTMLElement, change: () => void): Promise<number> {
  let count = 0;
  const count1 = () => (count += 1);
  el.addEventListener('nw-render', count1);
  change();
  await nextFrames();
  el.removeEventListener('nw-render', count1);
  return count;
}

describe('page changes', () => {
  afterEach(() => {
    document.body.classList.remove('scrolled', 'dark-page');
    document.body.style.removeProperty('color-scheme');
  });

  it('a body class toggled on scroll does not redraw widgets', async () => {
    const fixed = await fixture<FigureCardElement>(html`<nw-figure-card value="5000" label="people detained"></nw-figure-card>`);
    const auto = await fixture<FigureCardElement>(
      html`<nw-figure-card theme="auto" value="5000" label="people detained"></nw-figure-card>`,
    );
    expect(await rendersDuring(fixed, () => document.body.classList.toggle('scrolled'))).to.equal(0);
    expect(await rendersDuring(auto, () => document.body.classList.toggle('scrolled'))).to.equal(0);
  });

  it('an auto widget redraws when the page switches its colour scheme; a light one does not', async () => {
    const wrapper = await fixture(
      html`<div>
        <nw-figure-card theme="auto" value="1" label="a"></nw-figure-card>
        <nw-figure-card theme="light" value="1" label="b"></nw-figure-card>
      </div>`,
    );
    const [auto, light] = Array.from(wrapper.querySelectorAll('nw-figure-card'));
    let autoRenders = 0;
    let lightRenders = 0;
    auto!.addEventListener('nw-render', () => (autoRenders += 1));
    light!.addEventListener('nw-render', () => (lightRenders += 1));
    document.body.style.setProperty('color-scheme', 'dark');
    await nextFrames();
    expect([autoRenders, lightRenders]).to.deep.equal([1, 0]);
    expect(auto!.shadowRoot!.querySelector('.frame')!.classList.contains('scheme-dark')).to.equal(true);
  });

  it('every widget redraws when a lang attribute changes', async () => {
    const wrapper = await fixture(html`<div lang="en"><nw-figure-card value="5000" label="people"></nw-figure-card></div>`);
    const card = wrapper.querySelector('nw-figure-card')!;
    expect(await rendersDuring(card, () => wrapper.setAttribute('lang', 'ru'))).to.equal(1);
    expect(card.shadowRoot!.textContent).to.contain('5\u00a0000');
  });
});
