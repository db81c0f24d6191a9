import { expect } from '@open-wc/testing';
import '../../../src/elements/figure-card/figure-card.js';
import type { FigureCardElement } from '../../../src/elements/figure-card/figure-card.js';
import type { Payload } from '../../../src/payload/schema.js';
import { NBSP, mount, part, shadowOf, spokenText, textOf } from '../helpers.js';

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

/** A payload with figures known only as ranges. */
function payload(locale?: string): Payload {
  return {
    version: 1,
    ...(locale ? { locale } : {}),
    sources: { tass: { name: 'TASS' } },
    figures: [
      { id: 'injured', label: 'people injured', value: { low: 5000, high: 8000 }, source: 'tass' },
      {
        id: 'damage',
        label: 'in damage',
        value: { low: 5_000_000, high: 8_000_000 },
        format: 'currency',
        currency: 'USD',
      },
    ],
  } as Payload;
}

async function card(figure: string, locale?: string): Promise<FigureCardElement> {
  const { element, event } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
    el.payload = payload(locale);
    el.figure = figure;
  });
  expect(event.type).to.equal('nw-render');
  return element;
}

describe('nw-figure-card: a range value', () => {
  it('shows "Between 5,000 and 8,000" and says it in one sentence', async () => {
    const element = await card('injured');
    expect(textOf(element, '.headline')).to.equal('Between 5,000 and 8,000');
    expect(textOf(element, '[part="value"]')).to.equal('Between 5,000 and 8,000');
    expect(shadowOf(element).querySelector('[part="qualifier"]')).to.equal(null);
    expect(textOf(element, '.spoken')).to.equal('Between 5,000 and 8,000 people injured');
    expect(spokenText(element)).to.equal('Between 5,000 and 8,000 people injured Source: TASS');
  });

  it('sets a range smaller, as a long value', async () => {
    const element = await card('injured');
    expect(part(element, '.headline').classList.contains('long')).to.equal(true);
  });

  it('shows a currency range compact, heard in words', async () => {
    const element = await card('damage');
    expect(textOf(element, '.headline')).to.equal('Between $5M and $8M');
    expect(textOf(element, '.spoken')).to.equal('Between 5 million US dollars and 8 million US dollars in damage');
  });

  it('reads the range in Russian and Kazakh, with the Kazakh endings', async () => {
    const ru = await card('injured', 'ru');
    expect(textOf(ru, '.headline')).to.equal(`От 5${NBSP}000 до 8${NBSP}000`);
    const kk = await card('injured', 'kk');
    expect(textOf(kk, '.headline')).to.equal(`5${NBSP}000\u2011нан 8${NBSP}000\u2011ға дейін`);
    expect(textOf(kk, '.spoken')).to.equal(`5${NBSP}000-нан 8${NBSP}000-ға дейін people injured`);
    const money = await card('damage', 'kk');
    expect(textOf(money, '.headline')).to.equal(`5${NBSP}млн доллардан 8${NBSP}млн долларға дейін`);
  });

  it('refuses a qualifier attribute on a range, as the validator refuses one in the payload', async () => {
    const { errors } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
      el.payload = payload();
      el.figure = 'injured';
      el.setAttribute('qualifier', 'more-than');
    });
    expect(errors[0]?.code).to.equal('invalid-payload');
    expect(errors[0]?.path).to.deep.equal(['@qualifier']);
  });

  it('never counts a range up', async () => {
    const { element } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
      el.payload = payload();
      el.figure = 'injured';
      el.setAttribute('animate', '');
    });
    expect(shadowOf(element).querySelector('.ticker')).to.equal(null);
    expect(textOf(element, '.headline')).to.equal('Between 5,000 and 8,000');
  });
});
