import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/elements/figure-grid/figure-grid.js';
import type { FigureGridElement } from '../../../src/elements/figure-grid/figure-grid.js';
import { clearPayloadCache } from '../../../src/payload/load.js';
import { story, storyLoose, storyText } from '../../support/story.js';
import { ATTACKS, NBSP, assertInert, emulateMedia, mount, part, shadowOf, squash, textOf } from '../helpers.js';

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

async function grid(setup: (el: FigureGridElement) => void, host: HTMLElement = container) {
  return mount<FigureGridElement>(host, 'nw-figure-grid', setup);
}

const headlines = (el: Element) => Array.from(shadowOf(el).querySelectorAll('.headline'), (node) => squash(node.textContent));
const cards = (el: Element) => Array.from(shadowOf(el).querySelectorAll<HTMLElement>('.card'));

const STORY_HEADLINES = ['More than 5,000', 'More than $200M', '20,000', 'January 19, 2022', 'At least 1'];

describe('nw-figure-grid: data', () => {
  it('does not define nw-figure-card: the cards live in its own shadow root', () => {
    expect(customElements.get('nw-figure-grid')).not.to.equal(undefined);
    expect(customElements.get('nw-figure-card')).to.equal(undefined);
  });

  it('shows every figure of the payload, in payload order, from the payload property', async () => {
    const loads: unknown[] = [];
    const { element, event } = await grid((el) => {
      el.addEventListener('nw-load', () => loads.push(1));
      el.payload = story();
    });
    expect(event.type).to.equal('nw-render');
    expect(loads).to.have.length(1);
    expect(headlines(element)).to.deep.equal(STORY_HEADLINES);
    expect(shadowOf(element).querySelector('nw-figure-card')).to.equal(null);
    const list = part(element, '[part="grid"]');
    expect(list.localName).to.equal('ul');
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.querySelectorAll(':scope > li')).to.have.length(5);
  });

  it('shows the figures listed in figures, in that order', async () => {
    const { element } = await grid((el) => {
      el.payload = story();
      el.setAttribute('figures', ' damage, detained ');
    });
    expect(headlines(element)).to.deep.equal(['More than $200M', 'More than 5,000']);
  });

  it('takes the payload from a child script', async () => {
    const { element } = await grid((el) => {
      el.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: storyText }));
      el.setAttribute('figures', 'militants');
    });
    expect(headlines(element)).to.deep.equal(['20,000']);
  });

  it('takes the payload from payload-id', async () => {
    const id = `grid-story-${unique++}`;
    const script = Object.assign(document.createElement('script'), { type: 'application/json', id, textContent: storyText });
    script.dataset.testPayload = '';
    document.body.append(script);
    const { element } = await grid((el) => el.setAttribute('payload-id', id));
    expect(headlines(element)).to.deep.equal(STORY_HEADLINES);
  });

  it('fetches the payload from src', async () => {
    clearPayloadCache();
    const { element, event } = await grid((el) => {
      el.setAttribute('src', '/__nw/story.json');
      el.setAttribute('figures', 'emergency-until,officers-beheaded');
    });
    expect(event.type).to.equal('nw-render');
    expect(headlines(element)).to.deep.equal(['January 19, 2022', 'At least 1']);
    expect(textOf(element, '.label')).to.equal('state of emergency in force until');
  });

  it('shows each card in full: label, note, source, date', async () => {
    const { element } = await grid((el) => {
      el.payload = story();
      el.figures = 'damage';
    });
    expect(textOf(element, '.label')).to.equal('in estimated damage');
    expect(textOf(element, '[part="note"]')).to.equal('The report does not say who made the estimate.');
    expect(textOf(element, '[part="source"]')).to.equal('Source: Sputnik');
    expect(textOf(element, '[part="as-of"]')).to.equal('As of January 9, 2022');
    expect(textOf(element, '.spoken')).to.equal('More than 200 million US dollars in estimated damage');
  });

  it('formats for the nearest [lang]', async () => {
    const host = Object.assign(document.createElement('div'), { lang: 'ru' });
    container.append(host);
    const { element } = await grid((el) => (el.payload = story()), host);
    expect(headlines(element)).to.deep.equal([
      `Более 5${NBSP}000`,
      `Более 200${NBSP}млн${NBSP}$`,
      `20${NBSP}000`,
      '19 января 2022 г.',
      'Не менее 1',
    ]);
    const kk = Object.assign(document.createElement('div'), { lang: 'kk' });
    container.append(kk);
    const kazakh = await grid((el) => (el.payload = story()), kk);
    expect(headlines(kazakh.element)).to.deep.equal([
      `5${NBSP}000\u2011нан астам`,
      `200${NBSP}млн доллардан астам`,
      `20${NBSP}000`,
      '2022 ж. 19 қаңтар',
      'Кемінде 1',
    ]);
  });
});

describe('nw-figure-grid: layout', () => {
  async function gridAt(width: number): Promise<FigureGridElement> {
    container.style.width = `${width}px`;
    const { element } = await grid((el) => (el.payload = story()));
    return element;
  }
  const columns = (el: Element) => new Set(cards(el).map((card) => Math.round(card.getBoundingClientRect().left))).size;

  it('is one column at 320 px, with no horizontal scroll', async () => {
    const element = await gridAt(320);
    expect(columns(element)).to.equal(1);
    expect(element.scrollWidth).to.be.at.most(320);
    for (const card of cards(element))
      expect(card.getBoundingClientRect().right).to.be.at.most(container.getBoundingClientRect().right + 0.5);
    for (const node of Array.from(shadowOf(element).querySelectorAll<HTMLElement>('.card :not(.visually-hidden)'))) {
      expect(node.scrollWidth, node.className).to.be.at.most(node.parentElement!.clientWidth + 1);
    }
  });

  it('is two columns of equal card heights at 640 px', async () => {
    const element = await gridAt(640);
    expect(columns(element)).to.equal(2);
    const heights = new Set(cards(element).map((card) => Math.round(card.getBoundingClientRect().height)));
    expect(heights.size).to.equal(1);
  });

  it('is three columns at 1000 px, by its own width and not the viewport', async () => {
    const element = await gridAt(1000);
    expect(columns(element)).to.equal(3);
    const heights = new Set(cards(element).map((card) => Math.round(card.getBoundingClientRect().height)));
    expect(heights.size).to.equal(1);
    container.style.width = '320px';
    await waitUntil(() => columns(element) === 1, 'one column once the grid is narrow');
  });
});

describe('nw-figure-grid: errors', () => {
  it('not-found names every listed id the payload does not have', async () => {
    const { element, errors } = await grid((el) => {
      el.payload = story();
      el.figures = 'detained,nope,nada';
    });
    expect(errors.map((e) => e.code)).to.deep.equal(['not-found']);
    expect(errors[0]?.message).to.contain('"nope"').and.to.contain('"nada"');
    expect(textOf(element, '.unavailable')).to.equal('Data unavailable');
  });

  it('no-data without a payload, and for a payload without figures', async () => {
    const none = await grid(() => undefined);
    expect(none.errors.map((e) => e.code)).to.deep.equal(['no-data']);
    const empty = await grid((el) => (el.payload = { version: 1 }));
    expect(empty.errors.map((e) => e.code)).to.deep.equal(['no-data']);
  });

  it('invalid-json, invalid-payload (with paths) and http-error, showing the fallback', async () => {
    const broken = await grid((el) => {
      el.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: '{' }));
      el.append(Object.assign(document.createElement('p'), { className: 'fb', textContent: 'Figures' }));
    });
    expect(broken.errors.map((e) => e.code)).to.deep.equal(['invalid-json']);
    const shown = (part(broken.element, 'slot') as HTMLSlotElement).assignedElements().filter((e) => e.localName !== 'script');
    expect(shown.map((e) => e.className)).to.deep.equal(['fb']);

    const bad = storyLoose();
    bad.figures[3]!.value = '2022-02-30';
    const invalid = await grid((el) => {
      el.payload = bad;
      el.debug = true;
    });
    expect(invalid.errors[0]?.code).to.equal('invalid-payload');
    expect(invalid.errors[0]?.path).to.deep.equal(['figures[3].value']);
    expect(squash(part(invalid.element, '.debug').textContent)).to.contain('figures[3].value');

    const http = await grid((el) => el.setAttribute('src', `/__nw/status?code=404&n=${unique++}`));
    expect(http.errors[0]).to.include({ code: 'http-error', status: 404 });
  });
});

describe('nw-figure-grid: theming, accessibility, updates', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`is accessible in ${theme}, loaded and in error`, async () => {
      const loaded = await grid((el) => {
        el.payload = story();
        el.theme = theme;
      });
      await expect(loaded.element).to.be.accessible();
      const failed = await grid((el) => {
        el.theme = theme;
        el.debug = true;
        el.figures = 'x';
        el.payload = story();
      });
      expect(failed.errors[0]?.code).to.equal('not-found');
      await expect(failed.element).to.be.accessible();
    });
  }

  it('theme="dark" colours every card', async () => {
    const { element } = await grid((el) => {
      el.payload = story();
      el.theme = 'dark';
    });
    for (const card of cards(element)) expect(getComputedStyle(card).backgroundColor).to.equal('rgb(23, 25, 28)');
  });

  it('exposes the card parts and takes --nw-gap', async () => {
    const { element } = await grid((el) => {
      el.payload = story();
      el.style.setProperty('--nw-gap', '7px');
    });
    expect(getComputedStyle(part(element, '.grid')).rowGap).to.equal('7px');
    for (const name of ['grid', 'card', 'headline', 'qualifier', 'value', 'label', 'note', 'source', 'as-of']) {
      expect(shadowOf(element).querySelector(`[part~="${name}"]`), name).not.to.equal(null);
    }
  });

  it('re-renders when figures or the payload change, and after being moved', async () => {
    const { element } = await grid((el) => (el.payload = story()));
    element.figures = 'militants';
    await element.updateComplete;
    expect(headlines(element)).to.deep.equal(['20,000']);
    const changed = story();
    changed.figures![2]!.qualifier = 'about';
    element.payload = changed;
    await element.updateComplete;
    expect(headlines(element)).to.deep.equal(['About 20,000']);
    element.remove();
    element.figures = 'detained';
    container.append(element);
    await element.updateComplete;
    expect(headlines(element)).to.deep.equal(['More than 5,000']);
  });

  it('counts up only when asked and motion is allowed', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const still = await grid((el) => {
        el.payload = story();
        el.setAttribute('animate', '');
      });
      expect(shadowOf(still.element).querySelector('.ticker')).to.equal(null);
      still.element.remove();
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    const moving = await grid((el) => {
      el.payload = story();
      el.setAttribute('animate', '');
    });
    expect(shadowOf(moving.element).querySelectorAll('.ticker')).to.have.length(4); // not the date
    await waitUntil(() => !moving.element.shadowRoot?.querySelector('.ticker'), 'the count ends', { timeout: 5000 });
    expect(headlines(moving.element)).to.deep.equal(STORY_HEADLINES);
  });
});

describe('nw-figure-grid: hostile text', () => {
  for (const attack of ATTACKS) {
    it(`creates nothing from ${JSON.stringify(attack)}`, async () => {
      const payload = storyLoose();
      for (const figure of payload.figures) Object.assign(figure, { label: attack, note: attack });
      payload.sources.sputnik = { name: attack };
      payload.sources.tass = { name: attack, url: 'https://example.org/' };
      const { element } = await grid((el) => (el.payload = payload));
      expect(assertInert(element)).to.deep.equal([]);
      expect(textOf(element, '.label')).to.equal(attack.trim());
      const withAttributes = await grid((el) => {
        el.payload = story();
        el.setAttribute('figures', attack);
        el.debug = true;
      });
      expect(assertInert(withAttributes.element)).to.deep.equal([]);
    });
  }
});
