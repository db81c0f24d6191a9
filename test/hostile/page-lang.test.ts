/**
 * A CMS page's `lang` that Intl cannot read ("en_US", "xx-", "de-DE-x") must
 * not break the widgets: a mendable tag is mended, anything else is skipped
 * for the payload's locale, then English.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { FigureCardElement } from '../../src/elements/figure-card/figure-card.js';
import type { ChartElement } from '../../src/elements/chart/chart.js';
import type { QuoteElement } from '../../src/elements/quote/quote.js';
import { story } from '../support/story.js';
import { PageErrors, recordConsole } from './support.js';

describe('a page language Intl cannot read', () => {
  const page = new PageErrors();
  let consoleErrors: ReturnType<typeof recordConsole>;
  beforeEach(() => {
    page.start();
    consoleErrors = recordConsole('error');
  });
  afterEach(async () => {
    consoleErrors.restore();
    await page.expectNone();
    page.stop();
  });

  for (const [lang, locale, value] of [
    ['en_US', 'en-US', '5,000'],
    ['ru_RU', 'ru-RU', '5\u00a0000'],
    ['xx-', 'en', '5,000'],
    ['de-DE-x', 'en', '5,000'],
    ['  ', 'en', '5,000'],
  ] as const) {
    it(`lang="${lang}": the widgets draw, in ${locale}`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang}>
          <nw-figure-card .payload=${story()} figure="detained"></nw-figure-card>
          <nw-quote .payload=${story()} quote="tokayev-agreement"></nw-quote>
          <nw-chart .payload=${story()}></nw-chart>
        </div>`,
      );
      const card = wrapper.querySelector('nw-figure-card') as FigureCardElement;
      const quote = wrapper.querySelector('nw-quote') as QuoteElement;
      const chart = wrapper.querySelector('nw-chart') as ChartElement;
      // The chart's table follows its first drawn frame.
      await Promise.all([card.updateComplete, quote.updateComplete, chart.rendered]);
      expect(card.locale).to.equal(locale);
      expect(card.shadowRoot!.querySelector('[part="value"]')!.textContent!.trim()).to.equal(value);
      expect(quote.shadowRoot!.querySelector('[part="date"]'), 'the quote’s date').to.not.equal(null);
      expect(chart.shadowRoot!.querySelector('tbody tr'), 'the chart’s table').to.not.equal(null);
      for (const el of [card, quote, chart]) expect(el.shadowRoot!.querySelector('.unavailable'), el.localName).to.equal(null);
      expect(consoleErrors.calls).to.deep.equal([]);
    });
  }

  it('rejects a payload locale Intl cannot read, at its path', async () => {
    const payload = { ...story(), locale: 'en-a' };
    const card = await fixture<FigureCardElement>(html`<nw-figure-card .payload=${payload}></nw-figure-card>`);
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('.unavailable')).to.not.equal(null);
    expect(consoleErrors.calls.length).to.equal(1);
    expect(consoleErrors.calls[0]).to.contain('locale: is not a language tag Intl can use');
  });
});
