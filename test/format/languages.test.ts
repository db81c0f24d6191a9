// Russian and Kazakh strings load on first use. This file imports only the
// element and strings modules (not format/index.js, which loads every
// language up front), so it sees the lazy path a script-tag page takes.
import { expect } from '@open-wc/testing';
import '../../src/elements/figure-card/figure-card.js';
import { languageLoaded, loadLanguage, strings, uiLanguage } from '../../src/format/strings.js';

/** A card for the detained figure in `lang`, and every widget event it fires, with the text shown at that moment. */
function mountCard(lang: string): { card: HTMLElement; events: { type: string; text: string }[] } {
  const host = Object.assign(document.createElement('div'), { lang });
  const card = document.createElement('nw-figure-card');
  for (const [name, value] of Object.entries({ value: '5000', label: 'detained', qualifier: 'more-than' }))
    card.setAttribute(name, value);
  const events: { type: string; text: string }[] = [];
  for (const type of ['nw-render', 'nw-load', 'nw-error'])
    card.addEventListener(type, () => events.push({ type, text: card.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '' }));
  host.append(card);
  document.body.append(host);
  return { card, events };
}

describe('languages load on first use', () => {
  it('has English from the start, and Russian and Kazakh only once asked for', () => {
    expect(languageLoaded('en')).to.equal(true);
    expect(languageLoaded('en-GB')).to.equal(true);
    expect(languageLoaded('ru')).to.equal(false);
    expect(languageLoaded('kk-KZ')).to.equal(false);
    // Not loaded yet: English stands in, nothing breaks.
    expect(strings('ru').dataUnavailable).to.equal('Data unavailable');
    expect(uiLanguage('ru-RU')).to.equal('ru');
  });

  it('draws a Russian widget once, in Russian, and fires nw-render only then', async () => {
    const { card, events } = mountCard('ru');
    await (card as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(languageLoaded('ru')).to.equal(true);
    expect(events.map((event) => event.type)).to.deep.equal(['nw-render']);
    expect(events[0]!.text).to.contain('Более 5');
    expect(events[0]!.text).to.not.contain('more than');
    expect(strings('ru').dataUnavailable).to.equal('Данные недоступны');
    card.parentElement!.remove();
  });

  it('loads Kazakh with its hand formatting, once for every widget that asks', async () => {
    const first = loadLanguage('kk');
    expect(loadLanguage('kk-KZ')).to.equal(first);
    const cards = [mountCard('kk'), mountCard('kk')];
    await first;
    for (const { card, events } of cards) {
      await (card as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(events.map((event) => event.type)).to.deep.equal(['nw-render']);
      // "5 000-нан астам" (Kazakh puts the qualifier after the number; the space is a no-break one).
      expect(events[0]!.text).to.match(/5\s000\u2011нан астам/);
      card.parentElement!.remove();
    }
    expect(languageLoaded('kk')).to.equal(true);
  });

  it('resolves at once for English', async () => {
    let resolved = false;
    void loadLanguage('en').then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).to.equal(true);
  });
});
