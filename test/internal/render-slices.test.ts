/**
 * First renders share the main thread in slices: widgets drawing for the first
 * time stop once their task has spent the slice (80 ms), and the rest draw in
 * the next task. The clock is replaced, so the test does not depend on speed.
 */
import { expect } from '@open-wc/testing';
import '../../src/elements/figure-card/figure-card.js';
import type { FigureCardElement } from '../../src/elements/figure-card/figure-card.js';
import { story } from '../support/story.js';

describe('first renders in slices', () => {
  let container: HTMLElement;
  const realNow = performance.now.bind(performance);

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    performance.now = realNow;
    container.remove();
  });

  it('draws what fits in the slice now, and the rest in the next task, every widget in the end', async () => {
    // Let any slice of earlier tests end first.
    await new Promise((resolve) => setTimeout(resolve));
    // Each first render now seems to take 20 ms: four fit in an 80 ms slice.
    let clock = realNow();
    performance.now = () => (clock += 20);
    const payload = story();
    const cards = Array.from({ length: 12 }, () => {
      const card = document.createElement('nw-figure-card') as FigureCardElement;
      card.payload = payload;
      card.figure = 'detained';
      return card;
    });
    const drawn = new Set<EventTarget>();
    container.addEventListener('nw-render', (event) => drawn.add(event.target!));
    container.append(...cards);
    // A task queued now runs after this task's renders and before the next slice.
    await new Promise((resolve) => setTimeout(resolve));
    const inFirstTask = drawn.size;
    expect(inFirstTask, 'drawn in the first task').to.be.within(1, 6);
    await Promise.all(cards.map((card) => card.updateComplete));
    expect(drawn.size).to.equal(12);
    expect(cards.every((card) => card.shadowRoot?.querySelector('[part="value"]'))).to.equal(true);
  });

  it('redraws a widget that has drawn once at once, whatever the slice', async () => {
    await new Promise((resolve) => setTimeout(resolve));
    const payload = story();
    const mounted = document.createElement('nw-figure-card') as FigureCardElement;
    mounted.payload = payload;
    mounted.figure = 'detained';
    container.append(mounted);
    await mounted.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    // From now on every first render seems to take a second: one fits in the slice, the next waits.
    let clock = realNow();
    performance.now = () => (clock += 1000);
    const fresh = [0, 1].map(() => {
      const card = document.createElement('nw-figure-card') as FigureCardElement;
      card.payload = payload;
      card.figure = 'militants';
      return card;
    });
    container.append(...fresh);
    mounted.figure = 'damage';
    await new Promise((resolve) => setTimeout(resolve));
    const damageLabel = payload.figures!.find((figure) => figure.id === 'damage')!.label;
    expect(mounted.shadowRoot!.textContent, 'the redraw, in this task').to.contain(damageLabel);
    expect(fresh[0]!.hasUpdated, 'the first new card, in this task').to.equal(true);
    expect(fresh[1]!.hasUpdated, 'the second new card, in the next task').to.equal(false);
    await fresh[1]!.updateComplete;
    expect(fresh[1]!.hasUpdated).to.equal(true);
  });
});
