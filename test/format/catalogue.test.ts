// One catalogue a language (src/format/languages/): every language has every
// string English has, with the same placeholders, and the registry reads a
// section of it by locale, English standing in for what is missing.
import { expect } from '@open-wc/testing';
import { en } from '../../src/format/languages/en.js';
import { kk } from '../../src/format/languages/kk.js';
import { ru } from '../../src/format/languages/ru.js';
import { provideLanguages, words } from '../../src/format/strings.js';
import type { Catalogue, ToneStrings } from '../../src/format/types.js';

/** Every string of a catalogue by its path ("ui.qualifiers.about"), with the names of its placeholders. */
function placeholders(catalogue: Catalogue): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      // `{v:ablative}` is `{v}` with a case ending.
      found[path] = [...value.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((match) => match[1]!).sort();
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) visit(inner, path ? `${path}.${key}` : key);
    }
  };
  visit(catalogue, '');
  return found;
}

describe('the catalogues', () => {
  it('give every language every English string, with the same placeholders', () => {
    const english = placeholders(en);
    expect(Object.keys(english)).to.include.members(['ui.qualifiers.about', 'chart.range', 'tones.playing', 'live.failed']);
    for (const language of [ru, kk]) {
      const { ui, chart, tones, live } = language;
      expect(placeholders({ ui, chart, tones, live })).to.deep.equal(english);
    }
  });

  it("read a section by locale: the language's own, else English's, and English's for each string it lacks", () => {
    expect(words('ru', 'tones', en.tones)).to.deep.equal(en.tones);
    expect(words('de', 'live', en.live)).to.deep.equal(en.live);
    // A pack without one string (as a newsroom's own pack may be).
    const lacking: Partial<ToneStrings> = { ...ru.tones };
    delete lacking.silent;
    provideLanguages({ ru: { ...ru, tones: lacking as ToneStrings } });
    expect(words('ru-RU', 'tones', en.tones)).to.deep.equal({ ...ru.tones, silent: en.tones.silent });
    expect(words('ru', 'live', en.live)).to.deep.equal(ru.live);
    expect(words('ru', 'ui', en.ui).dataUnavailable).to.equal('Данные недоступны');
    expect(words('en', 'chart', en.chart)).to.deep.equal(en.chart);
  });

  it('give the same object for the same locale each time (a chart keys its model on it)', () => {
    provideLanguages({ ru });
    expect(words('ru', 'ui', en.ui)).to.equal(words('ru-RU', 'ui', en.ui));
    expect(words('en', 'chart', en.chart)).to.equal(en.chart);
    expect(words('de', 'ui', en.ui)).to.equal(en.ui);
  });
});
