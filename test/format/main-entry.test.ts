import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { languageLoaded } from '../../src/format/strings.js';
import type { FigureCardElement } from '../../src/elements/figure-card/figure-card.js';

describe('the main entry', () => {
  it('has Russian and Kazakh at once: a widget in either draws in its first update', async () => {
    expect(languageLoaded('ru')).to.equal(true);
    expect(languageLoaded('kk')).to.equal(true);
    const card = await fixture<FigureCardElement>(
      html`<nw-figure-card lang="ru" value="5000" qualifier="more-than" label="задержанных"></nw-figure-card>`,
    );
    // One update, no loading frame in between.
    expect(card.shadowRoot!.querySelector('.loading')).to.equal(null);
    expect(card.shadowRoot!.querySelector('[part="qualifier"]')!.textContent!.trim()).to.equal('Более');
  });
});
