import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/figure-card/figure-card.js';
import type { FigureCardElement } from '../../../src/elements/figure-card/figure-card.js';
import { clearPayloadCache } from '../../../src/payload/load.js';
import type { Qualifier } from '../../../src/payload/schema.js';
import { story, storyLoose, storyText } from '../../support/story.js';
import { ATTACKS, NBSP, assertInert, emulateMedia, mount, part, shadowOf, spokenText, squash, textOf } from '../helpers.js';

let container: HTMLElement;
let unique = 0;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  container.remove();
  document.querySelectorAll('script[data-test-payload]').forEach((script) => script.remove());
});

/** An attribute-only card, rendered. */
async function card(attributes: Record<string, string>, lang?: string): Promise<FigureCardElement> {
  const host = lang ? Object.assign(document.createElement('div'), { lang }) : container;
  if (lang) container.append(host);
  const { element } = await mount<FigureCardElement>(host, 'nw-figure-card', (el) => {
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  });
  return element;
}

/** Adds a fallback paragraph (class `fb`) to an element. */
function addFallback(element: Element, text: string): void {
  element.append(Object.assign(document.createElement('p'), { className: 'fb', textContent: text }));
}

const headline = (el: Element) => textOf(el, '.headline');
const valueText = (el: Element) => textOf(el, '[part="value"]');

describe('nw-figure-card: where the data comes from', () => {
  it('takes a payload object from the payload property', async () => {
    const payload = story();
    const loads: unknown[] = [];
    const { element, event } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
      el.addEventListener('nw-load', (e) => loads.push((e as CustomEvent).detail.payload));
      el.payload = payload;
      el.figure = 'detained';
    });
    expect(event.type).to.equal('nw-render');
    expect(loads).to.have.length(1);
    expect((loads[0] as { id: string }).id).to.equal('kazakhstan-unrest-2022');
    expect(headline(element)).to.equal('More than 5,000');
    expect(textOf(element, '.label')).to.equal('people detained in the unrest');
    expect(textOf(element, '[part="source"]')).to.equal('Source: Sputnik');
    expect(textOf(element, '[part="as-of"]')).to.equal('As of January 9, 2022');
    expect(part(element, 'time').getAttribute('datetime')).to.equal('2022-01-09');
  });

  it('takes the payload from a child <script type="application/json">', async () => {
    const { element, event } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
      el.setAttribute('figure', 'damage');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = storyText;
      el.append(script);
    });
    expect(event.type).to.equal('nw-render');
    expect(headline(element)).to.equal('More than $200M');
    expect(textOf(element, '.label')).to.equal('in estimated damage');
    expect(textOf(element, '[part="note"]')).to.equal('The report does not say who made the estimate.');
  });

  it('takes the payload from a script elsewhere in the page with payload-id', async () => {
    const id = `story-${unique++}`;
    const script = Object.assign(document.createElement('script'), { type: 'application/json', id, textContent: storyText });
    script.dataset.testPayload = '';
    document.body.append(script);
    const { element } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
      el.setAttribute('payload-id', id);
      el.setAttribute('figure', 'militants');
    });
    expect(headline(element)).to.equal('20,000');
    expect(textOf(element, '[part="source"]')).to.equal('Source: TASS');
  });

  it('fetches the payload from src', async () => {
    clearPayloadCache();
    const { element, event } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
      el.setAttribute('src', '/__nw/story.json');
      el.setAttribute('figure', 'emergency-until');
    });
    expect(event.type).to.equal('nw-render');
    expect(headline(element)).to.equal('January 19, 2022');
    expect(textOf(element, '.label')).to.equal('state of emergency in force until');
  });

  it('works from attributes alone', async () => {
    const element = await card({
      value: '5000',
      label: 'people detained',
      qualifier: 'more-than',
      source: 'Sputnik',
      'as-of': '2022-01-09',
      note: 'Police figures.',
    });
    expect(headline(element)).to.equal('More than 5,000');
    expect(textOf(element, '.label')).to.equal('people detained');
    expect(textOf(element, '[part="source"]')).to.equal('Source: Sputnik');
    expect(textOf(element, '[part="as-of"]')).to.equal('As of January 9, 2022');
    expect(textOf(element, '[part="note"]')).to.equal('Police figures.');
  });

  it('shows the first figure when none is named', async () => {
    const element = await fixture<FigureCardElement>(html`<nw-figure-card .payload=${story()}></nw-figure-card>`);
    expect(headline(element)).to.equal('More than 5,000');
  });

  it('shows a placeholder-free loading state with the fallback while fetching', async () => {
    clearPayloadCache();
    const element = document.createElement('nw-figure-card');
    element.setAttribute('src', `/__nw/story.json?delay=400&n=${unique++}`);
    addFallback(element, 'More than 5,000 people detained');
    container.append(element);
    await element.updateComplete;
    const slot = part(element, '.loading slot');
    expect((slot as HTMLSlotElement).assignedElements()[0]?.className).to.equal('fb');
    expect(parseFloat(getComputedStyle(part(element, '.frame')).minHeight)).to.equal(160);
    await waitUntil(() => element.shadowRoot?.querySelector('.card'), 'card drawn after the fetch');
  });
});

describe('nw-figure-card: attributes override the payload item', () => {
  async function storyCard(attributes: Record<string, string>): Promise<FigureCardElement> {
    const { element } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
      el.payload = story();
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    });
    return element;
  }

  it('value, label and note', async () => {
    const element = await storyCard({ figure: 'detained', value: '6000', label: 'people held', note: 'Revised.' });
    expect(headline(element)).to.equal('More than 6,000');
    expect(textOf(element, '.label')).to.equal('people held');
    expect(textOf(element, '[part="note"]')).to.equal('Revised.');
  });

  it('qualifier', async () => {
    expect(headline(await storyCard({ figure: 'detained', qualifier: 'about' }))).to.equal('About 5,000');
  });

  it('format and currency', async () => {
    const element = await storyCard({ figure: 'militants', format: 'currency', currency: 'eur' });
    expect(headline(element)).to.equal('€20,000');
  });

  it('a currency alone implies the currency format', async () => {
    expect(headline(await card({ value: '1500', label: 'fine', currency: 'KZT' }))).to.equal('₸1,500');
  });

  it('notation', async () => {
    expect(headline(await storyCard({ figure: 'damage', notation: 'standard' }))).to.equal('More than $200,000,000');
    expect(headline(await storyCard({ figure: 'militants', notation: 'compact' }))).to.equal('20K');
  });

  it('source as a source id of the payload', async () => {
    const element = await storyCard({ figure: 'detained', source: 'tass' });
    expect(textOf(element, '[part="source"]')).to.equal('Source: TASS');
  });

  it('source as a name when the payload has no such id', async () => {
    const element = await storyCard({ figure: 'detained', source: 'Reuters' });
    expect(textOf(element, '[part="source"]')).to.equal('Source: Reuters');
  });

  it('source-url makes the source a link, only for http and https', async () => {
    const element = await storyCard({ figure: 'detained', 'source-url': 'https://sputniknews.example/kz' });
    const link = part(element, '[part="source"] a') as HTMLAnchorElement;
    expect(link.href).to.equal('https://sputniknews.example/kz');
    expect(link.textContent).to.equal('Sputnik');
    expect(link.rel).to.equal('noopener noreferrer');
    const unsafe = await storyCard({ figure: 'detained', 'source-url': 'ftp://sputniknews.example/kz' });
    expect(shadowOf(unsafe).querySelector('a')).to.equal(null);
    expect(textOf(unsafe, '[part="source"]')).to.equal('Source: Sputnik');
  });

  it('source-url alone names the source by its host', async () => {
    const element = await card({ value: '3', label: 'things', 'source-url': 'https://www.example.org/report' });
    expect(textOf(element, '[part="source"]')).to.equal('Source: www.example.org');
  });

  it('as-of', async () => {
    expect(textOf(await storyCard({ figure: 'detained', 'as-of': '2022-01-10' }), '[part="as-of"]')).to.equal(
      'As of January 10, 2022',
    );
  });

  it('figure that the payload does not have is not-found, even with a value', async () => {
    const { element, errors } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
      el.payload = story();
      el.setAttribute('figure', 'nope');
      el.setAttribute('value', '3');
    });
    expect(errors.map((e) => e.code)).to.deep.equal(['not-found']);
    expect(textOf(element, '.unavailable')).to.equal('Data unavailable');
  });
});

describe('nw-figure-card: qualifiers in every language', () => {
  const expected: Record<string, Record<Qualifier, string>> = {
    en: {
      'more-than': 'More than 1,200',
      'at-least': 'At least 1,200',
      about: 'About 1,200',
      'up-to': 'Up to 1,200',
      'fewer-than': 'Fewer than 1,200',
    },
    ru: {
      'more-than': `Более 1${NBSP}200`,
      'at-least': `Не менее 1${NBSP}200`,
      about: `Около 1${NBSP}200`,
      'up-to': `До 1${NBSP}200`,
      'fewer-than': `Менее 1${NBSP}200`,
    },
    // "бір мың екі жүз": the ending follows жүз.
    kk: {
      'more-than': `1${NBSP}200\u2011ден астам`,
      'at-least': `Кемінде 1${NBSP}200`,
      about: `Шамамен 1${NBSP}200`,
      'up-to': `1${NBSP}200\u2011ге дейін`,
      'fewer-than': `1${NBSP}200\u2011ден кем`,
    },
  };
  for (const [lang, cases] of Object.entries(expected)) {
    for (const [qualifier, text] of Object.entries(cases)) {
      it(`${qualifier} in ${lang}: "${text}", for the eye and the ear`, async () => {
        const element = await card({ value: '1200', label: 'x', qualifier }, lang);
        expect(headline(element)).to.equal(text);
        // The qualifier's words; a case ending stays with the value, in its part.
        expect(part(element, '[part="qualifier"]').textContent?.trim()).to.equal(
          text.replace(new RegExp(`1${lang === 'en' ? ',' : NBSP}200(\u2011\\S+)?`), '').trim(),
        );
        expect(part(element, '[part="value"]').textContent?.trim()).to.equal(/1.200(\u2011\S+)?/.exec(text)![0]);
        // Speech has a plain hyphen; the eye a non-breaking one.
        expect(textOf(element, '.spoken')).to.equal(`${text.replace(/\u2011/g, '-')} x`);
      });
    }
  }

  it('Kazakh: the ending follows the number, a currency is a word, and the ending never wraps away from its number', async () => {
    container.style.width = '220px';
    const element = await card(
      { value: '200000000', format: 'currency', currency: 'USD', notation: 'compact', label: 'x', qualifier: 'more-than' },
      'kk',
    );
    expect(headline(element)).to.equal(`200${NBSP}млн доллардан астам`);
    const value = part(element, '[part="value"]');
    expect(value.textContent?.trim()).to.equal(`200${NBSP}млн доллардан`);
    // The amount may wrap before its currency word, but the word and its ending stay whole, on one line.
    const walker = document.createTreeWalker(value, NodeFilter.SHOW_TEXT);
    let text = walker.nextNode();
    while (text && !text.textContent?.includes('доллардан')) text = walker.nextNode();
    if (!text) throw new Error('no доллардан in the value');
    const word = document.createRange();
    const at = text.textContent!.indexOf('доллардан');
    word.setStart(text, at);
    word.setEnd(text, at + 'доллардан'.length);
    expect(word.getClientRects().length, 'доллардан on one line').to.equal(1);
    expect(textOf(element, '.spoken')).to.equal('200 миллион АҚШ долларынан астам x');
    // A hyphenated ending never wraps away from its number, however narrow the card.
    container.style.width = '200px';
    const narrow = await card({ value: '25000', label: 'z', qualifier: 'more-than' }, 'kk');
    const digits = part(narrow, '[part="value"]');
    expect(digits.textContent?.trim()).to.equal(`25${NBSP}000\u2011нан`);
    const line = document.createRange();
    line.selectNodeContents(digits);
    const tops = new Set([...line.getClientRects()].map((rect) => Math.round(rect.top)));
    expect(tops.size, '25 000-нан on one line').to.equal(1);
    const small = await card({ value: '40', label: 'y', qualifier: 'up-to' }, 'kk');
    expect(headline(small)).to.equal('40\u2011қа дейін');
    expect(part(small, '[part="value"]').textContent?.trim()).to.equal('40\u2011қа');
  });

  it('an exact figure has no qualifier', async () => {
    const element = await card({ value: '1200', label: 'x' });
    expect(headline(element)).to.equal('1,200');
    expect(shadowOf(element).querySelector('[part="qualifier"]')).to.equal(null);
  });
});

describe('nw-figure-card: formats in every language', () => {
  interface Case {
    attributes: Record<string, string>;
    en: [string, string];
    ru: [string, string];
    kk: [string, string];
  }
  // [what the eye sees, what the screen reader says], worked out by hand from CLDR.
  const cases: Record<string, Case> = {
    number: {
      attributes: { value: '1234567.5', format: 'number', notation: 'standard' },
      en: ['1,234,567.5', '1,234,567.5'],
      ru: [`1${NBSP}234${NBSP}567,5`, `1${NBSP}234${NBSP}567,5`],
      kk: [`1${NBSP}234${NBSP}567,5`, `1${NBSP}234${NBSP}567,5`],
    },
    compact: {
      attributes: { value: '200000000', notation: 'compact' },
      en: ['200M', '200 million'],
      ru: [`200${NBSP}млн`, '200 миллионов'],
      kk: [`200${NBSP}млн`, '200 миллион'],
    },
    currency: {
      attributes: { value: '1500', format: 'currency', currency: 'USD' },
      en: ['$1,500', '1,500 US dollars'],
      ru: [`1${NBSP}500${NBSP}$`, `1${NBSP}500 долларов США`],
      kk: [`1${NBSP}500${NBSP}$`, `1${NBSP}500 АҚШ доллары`],
    },
    'auto notation, one million and up': {
      attributes: { value: '3400000000', currency: 'USD' },
      en: ['$3.4B', '3.4 billion US dollars'],
      ru: [`3,4${NBSP}млрд${NBSP}$`, '3,4 миллиарда долларов США'],
      kk: [`3,4${NBSP}млрд${NBSP}$`, '3,4 миллиард АҚШ доллары'],
    },
    'auto notation, below one million': {
      attributes: { value: '999999' },
      en: ['999,999', '999,999'],
      ru: [`999${NBSP}999`, `999${NBSP}999`],
      kk: [`999${NBSP}999`, `999${NBSP}999`],
    },
    'compact currency': {
      attributes: { value: '200000000', format: 'currency', currency: 'USD', notation: 'compact' },
      en: ['$200M', '200 million US dollars'],
      ru: [`200${NBSP}млн${NBSP}$`, '200 миллионов долларов США'],
      kk: [`200${NBSP}млн${NBSP}$`, '200 миллион АҚШ доллары'],
    },
    percent: {
      attributes: { value: '12.5', format: 'percent' },
      en: ['12.5%', '12.5%'],
      ru: [`12,5${NBSP}%`, `12,5${NBSP}%`],
      kk: ['12,5%', '12,5%'],
    },
    date: {
      attributes: { value: '2022-01-19', format: 'date' },
      en: ['January 19, 2022', 'January 19, 2022'],
      ru: ['19 января 2022 г.', '19 января 2022 г.'],
      kk: ['2022 ж. 19 қаңтар', '2022 ж. 19 қаңтар'],
    },
  };
  for (const [name, { attributes, ...languages }] of Object.entries(cases)) {
    for (const [lang, [seen, heard]] of Object.entries(languages)) {
      it(`${name} in ${lang}: "${seen}"`, async () => {
        const element = await card({ ...attributes, label: 'L' }, lang);
        expect(valueText(element)).to.equal(seen);
        const sentence = textOf(element, '.spoken');
        expect(sentence).to.equal(name === 'date' ? `L ${heard}` : `${heard} L`);
      });
    }
  }

  it('shows the numbers with tabular figures, in --nw-font-family-figures', async () => {
    const element = await card({ value: '5000', label: 'x' });
    element.style.setProperty('--nw-font-family-figures', 'monospace');
    await element.updateComplete;
    const style = getComputedStyle(part(element, '.headline'));
    expect(style.fontVariantNumeric).to.contain('tabular-nums');
    expect(style.fontFamily).to.equal('monospace');
  });

  it('inherits the host page font by default', async () => {
    container.style.fontFamily = 'serif';
    const element = await card({ value: '5000', label: 'x' });
    expect(getComputedStyle(part(element, '.label')).fontFamily).to.equal('serif');
    expect(getComputedStyle(part(element, '.headline')).fontFamily).to.equal('serif');
  });
});

describe('nw-figure-card: language', () => {
  it('takes the nearest [lang]', async () => {
    const element = await card({ value: '5000', label: 'x', qualifier: 'about', source: 'ТАСС', 'as-of': '2022-01-09' }, 'ru');
    expect(headline(element)).to.equal(`Около 5${NBSP}000`);
    expect(textOf(element, '[part="source"]')).to.equal('Источник: ТАСС');
    expect(textOf(element, '[part="as-of"]')).to.equal('По состоянию на 9 января 2022 г.');
  });

  it('in Kazakh, the source and date lines are Kazakh too', async () => {
    const element = await card({ value: '5000', label: 'x', source: 'ТАСС', 'as-of': '2022-01-09' }, 'kk');
    expect(textOf(element, '[part="source"]')).to.equal('Дереккөз: ТАСС');
    expect(textOf(element, '[part="as-of"]')).to.equal('Мәліметтер күні: 2022 ж. 9 қаңтар');
  });

  it("else the payload's locale, else English", async () => {
    const payload = { ...story(), locale: 'ru' };
    const { element } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => (el.payload = payload));
    expect(headline(element)).to.equal(`Более 5${NBSP}000`);
    expect(part(element, '.label').getAttribute('lang')).to.equal(null);
    const english = await card({ value: '5000', label: 'x' });
    expect(headline(english)).to.equal('5,000');
  });

  it('marks the payload text with its own language when the widget speaks another', async () => {
    const element = await fixture<FigureCardElement>(
      html`<div lang="kk"><nw-figure-card .payload=${story()}></nw-figure-card></div>`,
    );
    const inner = element.querySelector('nw-figure-card')!;
    await inner.updateComplete;
    expect(part(inner, '.label').getAttribute('lang')).to.equal('en');
  });

  it('re-renders when the lang attribute changes', async () => {
    const element = await card({ value: '5000', label: 'x' });
    element.setAttribute('lang', 'ru');
    await waitUntil(() => valueText(element) === `5${NBSP}000`, 'Russian digits after lang changed');
  });
});

describe('nw-figure-card: screen readers', () => {
  it('hear one sentence with the long form, never "$200M"', async () => {
    const { element } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
      el.payload = story();
      el.figure = 'damage';
    });
    expect(part(element, '.figure').getAttribute('aria-hidden')).to.equal('true');
    expect(spokenText(element)).to.equal(
      'More than 200 million US dollars in estimated damage The report does not say who made the estimate. Source: Sputnik As of January 9, 2022',
    );
    expect(spokenText(element)).not.to.contain('$200M');
  });

  it('hear the qualifier with the figure', async () => {
    const { element } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => (el.payload = story()));
    expect(spokenText(element)).to.equal('More than 5,000 people detained in the unrest Source: Sputnik As of January 9, 2022');
  });

  it('hear a date figure after its label', async () => {
    const { element } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
      el.payload = story();
      el.figure = 'emergency-until';
    });
    expect(textOf(element, '.spoken')).to.equal('State of emergency in force until January 19, 2022');
  });
});

describe('nw-figure-card: count-up', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('never animates under prefers-reduced-motion: reduce', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await card({ value: '5000', label: 'x', animate: '' });
    expect(shadowOf(element).querySelector('.ticker')).to.equal(null);
    expect(valueText(element)).to.equal('5,000');
  });

  it('counts up once on screen and ends on the formatted value; the sentence is final throughout', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const element = await card({
      value: '200000000',
      format: 'currency',
      currency: 'USD',
      notation: 'compact',
      qualifier: 'more-than',
      label: 'damage',
      animate: '',
    });
    // While counting, the final text keeps its place (hidden) and the count runs over it.
    expect(textOf(element, '.final')).to.equal('$200M');
    expect(getComputedStyle(part(element, '.final')).visibility).to.equal('hidden');
    expect(textOf(element, '.spoken')).to.equal('More than 200 million US dollars damage');
    // The count is as fine as the final value ($116M, never $115.6M), and the value keeps the final's width.
    const width = part(element, '[part="value"]').getBoundingClientRect().width;
    const steps = new Set<string>();
    await waitUntil(
      () => {
        const ticker = element.shadowRoot?.querySelector('.ticker');
        if (ticker) steps.add(ticker.textContent!.trim());
        expect(part(element, '[part="value"]').getBoundingClientRect().width).to.equal(width);
        return !ticker;
      },
      'the count ends',
      { timeout: 5000, interval: 10 },
    );
    expect(steps.size).to.be.greaterThan(1);
    expect(
      [...steps].filter((step) => !/^\$\d{1,3}M?$/.test(step)),
      'steps finer than $1M',
    ).to.deep.equal([]);
    expect(valueText(element)).to.equal('$200M');
    expect(headline(element)).to.equal('More than $200M');
  });

  it('counts in the final value’s notation, so the number never changes width on the way', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    // auto notation: 5,000,000 is compact ("5M"), and so is every step of its count.
    const element = await card({ value: '5000000', label: 'x', animate: '' });
    const seen = new Set<string>();
    await waitUntil(
      () => {
        const ticker = element.shadowRoot?.querySelector('.ticker');
        if (ticker) seen.add(ticker.textContent!.trim());
        return !ticker && seen.size > 1;
      },
      'the count ends',
      { timeout: 5000, interval: 10 },
    );
    // Compact all the way ("406K", "4.2M"), never a full number such as "713,000".
    expect(
      [...seen].filter((step) => !/^\d{1,3}(\.\d)?[KM]?$/.test(step)),
      'steps not in compact notation',
    ).to.deep.equal([]);
    expect(valueText(element)).to.equal('5M');
  });

  it('fires nw-render for the drawing, not for every step of the count', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    let renders = 0;
    const { element } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
      el.addEventListener('nw-render', () => renders++);
      el.setAttribute('value', '5000');
      el.setAttribute('label', 'x');
      el.setAttribute('animate', '');
    });
    await waitUntil(() => !element.shadowRoot?.querySelector('.ticker'), 'the count ends', { timeout: 5000 });
    expect(renders).to.equal(1);
  });
});

describe('nw-figure-card: errors', () => {
  it('no-data: no payload and no value shows the neutral line', async () => {
    const { element, errors } = await mount<FigureCardElement>(container, 'nw-figure-card');
    expect(errors.map((e) => e.code)).to.deep.equal(['no-data']);
    expect(textOf(element, '.unavailable')).to.equal('Data unavailable');
  });

  it('the neutral line is in the page language', async () => {
    const host = Object.assign(document.createElement('div'), { lang: 'kk' });
    container.append(host);
    const { element } = await mount<FigureCardElement>(host, 'nw-figure-card');
    expect(textOf(element, '.unavailable')).to.equal('Деректер қолжетімсіз');
  });

  it('shows the fallback content instead when there is some', async () => {
    const { element, errors } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
      addFallback(el, 'More than 5,000 people detained (Sputnik)');
    });
    expect(errors.map((e) => e.code)).to.deep.equal(['no-data']);
    expect(shadowOf(element).querySelector('.unavailable')).to.equal(null);
    const slot = part(element, 'slot') as HTMLSlotElement;
    expect(slot.assignedElements().map((el) => el.className)).to.deep.equal(['fb']);
  });

  it('invalid-json from a broken inline script', async () => {
    const { errors } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
      el.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: '{"version": 1,' }));
    });
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-json']);
  });

  it('invalid-payload with every path, listed by debug', async () => {
    const bad = storyLoose();
    bad.figures[0]!.value = 'lots';
    bad.figures[1]!.source = 'nobody';
    const { element, errors } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
      el.payload = bad;
      el.debug = true;
    });
    expect(errors[0]?.code).to.equal('invalid-payload');
    expect(errors[0]?.path).to.include.members(['figures[0].value', 'figures[1].source']);
    const panel = squash(part(element, '.debug').textContent);
    expect(panel).to.contain('figures[0].value');
    expect(panel).to.contain('figures[1].source');
  });

  it('invalid-payload for bad attributes, at @name paths', async () => {
    const { element, errors } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
      for (const [name, value] of Object.entries({
        value: 'lots',
        label: 'x',
        qualifier: 'roughly',
        format: 'compact',
        currency: 'dollars',
        'as-of': '2022-02-30',
      })) {
        el.setAttribute(name, value);
      }
      el.debug = true;
    });
    expect(errors[0]?.code).to.equal('invalid-payload');
    expect(errors[0]?.path).to.deep.equal(['@qualifier', '@currency', '@format', '@value', '@as-of']);
    expect(squash(part(element, '.debug').textContent)).to.contain('@qualifier');
  });

  it('a card from attributes needs a label', async () => {
    const { errors } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => el.setAttribute('value', '5'));
    expect(errors[0]?.path).to.deep.equal(['@label']);
  });

  it('not-found for a figure id the payload does not have', async () => {
    const { errors } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
      el.payload = story();
      el.figure = 'missing';
    });
    expect(errors.map((e) => e.code)).to.deep.equal(['not-found']);
  });

  it('http-error with the status for a src that answers 404', async () => {
    const { element, errors } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
      el.setAttribute('src', `/__nw/status?code=404&n=${unique++}`);
      addFallback(el, 'Fallback');
    });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ code: 'http-error', status: 404 });
    expect((part(element, 'slot') as HTMLSlotElement).assignedElements()).to.have.length(1);
  });

  it('logs one console.error naming the element and the code', async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
        el.payload = story();
        el.figure = 'missing';
      });
    } finally {
      console.error = original;
    }
    expect(logged).to.have.length(1);
    expect(logged[0]).to.match(/^<nw-figure-card> not-found: /);
  });

  it('never throws into the page, whatever the payload property holds', async () => {
    const { element } = await mount<FigureCardElement>(container, 'nw-figure-card');
    for (const value of [42, 'text', null, [], { version: 1, figures: [{}] }, Symbol('x')]) {
      expect(() => {
        element.payload = value;
      }).not.to.throw();
      await element.updateComplete;
      expect(shadowOf(element).querySelector('.unavailable')).not.to.equal(null);
    }
  });
});

describe('nw-figure-card: theming and accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`is accessible in ${theme}, loaded`, async () => {
      const { element } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
        el.payload = story();
        el.figure = 'damage';
        el.theme = theme;
        el.setAttribute('source-url', 'https://example.org/report');
      });
      await expect(element).to.be.accessible();
    });

    it(`is accessible in ${theme}, in error`, async () => {
      const { element } = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
        el.theme = theme;
        el.debug = true;
      });
      expect(shadowOf(element).querySelector('.unavailable')).not.to.equal(null);
      await expect(element).to.be.accessible();
    });
  }

  it('theme="dark" switches the colours; light is the default', async () => {
    const light = await card({ value: '1', label: 'x' });
    expect(light.theme).to.equal('light');
    expect(getComputedStyle(part(light, '.card')).backgroundColor).to.equal('rgb(255, 255, 255)');
    const dark = await card({ value: '1', label: 'x', theme: 'dark' });
    expect(getComputedStyle(part(dark, '.card')).backgroundColor).to.equal('rgb(23, 25, 28)');
    expect(getComputedStyle(part(dark, '.label')).color).to.equal('rgb(241, 241, 241)');
  });

  it('theme="auto" follows the page color-scheme', async () => {
    container.style.colorScheme = 'dark';
    const element = await card({ value: '1', label: 'x', theme: 'auto' });
    expect(getComputedStyle(part(element, '.card')).backgroundColor).to.equal('rgb(23, 25, 28)');
  });

  it('takes the public custom properties and exposes its parts', async () => {
    const element = await card({ value: '1', label: 'x', qualifier: 'about', source: 'S', 'as-of': '2022-01-01', note: 'n' });
    element.style.setProperty('--nw-color-accent', 'rgb(1, 2, 3)');
    element.style.setProperty('--nw-color-surface', 'rgb(4, 5, 6)');
    const cardBox = part(element, '[part="card"]');
    expect(getComputedStyle(cardBox).backgroundColor).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle(cardBox, '::before').backgroundColor).to.equal('rgb(1, 2, 3)');
    for (const name of ['card', 'headline', 'qualifier', 'value', 'label', 'note', 'source', 'as-of']) {
      expect(shadowOf(element).querySelector(`[part~="${name}"]`), name).not.to.equal(null);
    }
  });

  it('reserves its height: a stable minimum for the card', async () => {
    const element = await card({ value: '1', label: 'x' });
    expect(part(element, '.card').getBoundingClientRect().height).to.be.at.least(160);
  });
});

describe('nw-figure-card: updates', () => {
  it('re-renders when an attribute or the payload property changes', async () => {
    const element = await card({ value: '5000', label: 'x' });
    element.setAttribute('value', '7000');
    await element.updateComplete;
    expect(valueText(element)).to.equal('7,000');
    const payload = story();
    element.removeAttribute('value');
    element.payload = payload;
    element.figure = 'militants';
    await element.updateComplete;
    expect(valueText(element)).to.equal('20,000');
    const changed = story();
    changed.figures![2]!.value = 21000;
    element.payload = changed;
    await element.updateComplete;
    expect(valueText(element)).to.equal('21,000');
  });

  it('works after being removed and added again', async () => {
    const element = await card({ value: '5000', label: 'x' });
    element.remove();
    element.setAttribute('value', '8000');
    container.append(element);
    await element.updateComplete;
    expect(valueText(element)).to.equal('8,000');
  });
});

describe('nw-figure-card: hostile text', () => {
  afterEach(() => delete (window as unknown as { __nwPwned?: boolean }).__nwPwned);

  for (const attack of ATTACKS) {
    it(`creates nothing from ${JSON.stringify(attack)} in any field`, async () => {
      const payload = storyLoose();
      Object.assign(payload.figures[0]!, { label: attack, note: attack });
      payload.sources.sputnik = { name: attack, url: 'https://example.org/' };
      const fromPayload = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
        el.payload = payload;
        el.setAttribute('source-url', attack);
      });
      expect(assertInert(fromPayload.element)).to.deep.equal([]);
      expect(textOf(fromPayload.element, '.label')).to.equal(attack.trim());

      const attributes = {
        value: attack,
        label: attack,
        note: attack,
        source: attack,
        'source-url': attack,
        qualifier: attack,
        format: attack,
        currency: attack,
        'as-of': attack,
        figure: attack,
      };
      const fromAttributes = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => {
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        el.debug = true;
      });
      expect(assertInert(fromAttributes.element)).to.deep.equal([]);

      const asText = await card({ value: '1', label: attack, note: attack, source: attack, 'source-url': attack });
      expect(assertInert(asText)).to.deep.equal([]);
      expect(textOf(asText, '.label')).to.equal(attack.trim());

      // A payload whose source URL is the attack is rejected, and nothing is made from it either.
      const badUrl = storyLoose();
      badUrl.sources.sputnik = { name: 'Sputnik', url: attack };
      const rejected = await mount<FigureCardElement>(container, 'nw-figure-card', (el) => (el.payload = badUrl));
      expect(assertInert(rejected.element)).to.deep.equal([]);
      expect(document.querySelectorAll('img[src="x"]')).to.have.length(0);
    });
  }
});
