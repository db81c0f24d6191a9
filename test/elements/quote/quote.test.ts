import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/elements/quote/quote.js';
import type { QuoteElement } from '../../../src/elements/quote/quote.js';
import { clearPayloadCache } from '../../../src/payload/load.js';
import { story, storyLoose, storyText } from '../../support/story.js';
import { ATTACKS, assertInert, mount, part, shadowOf, spokenText, squash, textOf } from '../helpers.js';

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

async function quote(setup: (el: QuoteElement) => void, lang?: string) {
  const host = lang ? Object.assign(document.createElement('div'), { lang }) : container;
  if (lang) container.append(host);
  return mount<QuoteElement>(host, 'nw-quote', setup);
}

function attributes(values: Record<string, string>): (el: QuoteElement) => void {
  return (el) => {
    for (const [name, value] of Object.entries(values)) el.setAttribute(name, value);
  };
}

const NO_DEALS =
  'The attacks were carried out by specialists who misled the public by spreading false information. The government will not deal with terrorists.';
const SURRENDER = 'The war against extremists has to end, and those who refuse to give up will perish.';

describe('nw-quote: where the data comes from', () => {
  it('takes the payload property and shows the first quote by default', async () => {
    const loads: unknown[] = [];
    const { element, event } = await quote((el) => {
      el.addEventListener('nw-load', () => loads.push(1));
      el.payload = story();
    });
    expect(event.type).to.equal('nw-render');
    expect(loads).to.have.length(1);
    expect(textOf(element, '[part="quote"]')).to.equal(SURRENDER);
    expect(textOf(element, '[part="speaker"]')).to.equal('Kassym-Jomart Tokayev');
  });

  it('takes the payload from a child script', async () => {
    const { element } = await quote((el) => {
      el.setAttribute('quote', 'tokayev-no-deals');
      el.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: storyText }));
    });
    expect(textOf(element, '[part="quote"]')).to.equal(NO_DEALS);
  });

  it('takes the payload from payload-id', async () => {
    const id = `quote-story-${unique++}`;
    const script = Object.assign(document.createElement('script'), { type: 'application/json', id, textContent: storyText });
    script.dataset.testPayload = '';
    document.body.append(script);
    const { element } = await quote(attributes({ 'payload-id': id, quote: 'tokayev-agreement' }));
    expect(textOf(element, '[part="date"]')).to.equal('January 7, 2022');
  });

  it('fetches the payload from src', async () => {
    clearPayloadCache();
    const { element, event } = await quote(attributes({ src: '/__nw/story.json', quote: 'tokayev-militants' }));
    expect(event.type).to.equal('nw-render');
    expect(textOf(element, '[part="quote"]')).to.match(/^20,000 militants took part/);
  });

  it('works from attributes alone', async () => {
    const { element } = await quote(
      attributes({
        text: 'We will rebuild.',
        speaker: 'A. Mayor',
        role: 'Mayor of Almaty',
        source: 'Kazinform',
        date: '2022-01-10',
      }),
    );
    expect(textOf(element, '[part="quote"]')).to.equal('“We will rebuild.”');
    expect(textOf(element, '[part="speaker"]')).to.equal('A. Mayor');
    expect(textOf(element, '[part="role"]')).to.equal('Mayor of Almaty');
    expect(textOf(element, '[part="source"]')).to.equal('Source: Kazinform');
    expect(textOf(element, '[part="date"]')).to.equal('January 10, 2022');
    expect(part(element, '[part="date"]').getAttribute('datetime')).to.equal('2022-01-10');
  });

  it("takes the text from the element's own text, without doubling its quotation marks", async () => {
    const { element } = await quote((el) => {
      el.setAttribute('speaker', 'A. Mayor');
      el.append('\n  “We will ', Object.assign(document.createElement('em'), { textContent: 'rebuild' }), '.”\n');
    });
    expect(textOf(element, '[part="quote"]')).to.equal('“We will rebuild.”');
    expect(shadowOf(element).querySelector('slot')).to.equal(null);
  });

  it('takes the text of a <blockquote> in its fallback markup, leaving out the rest', async () => {
    const { element } = await quote((el) => {
      el.setAttribute('speaker', 'A. Mayor');
      const figure = document.createElement('figure');
      const block = document.createElement('blockquote');
      block.append(Object.assign(document.createElement('p'), { textContent: 'We will rebuild.' }));
      figure.append(block, Object.assign(document.createElement('figcaption'), { textContent: '— A. Mayor' }));
      el.append(figure);
    });
    expect(textOf(element, '[part="quote"]')).to.equal('“We will rebuild.”');
  });

  it('redraws when its own text changes', async () => {
    const { element } = await quote((el) => {
      el.setAttribute('speaker', 'A. Mayor');
      el.append('First words.');
    });
    element.textContent = 'Second words.';
    await waitUntil(() => textOf(element, '[part="quote"]') === '“Second words.”', 'redrawn with the new text');
  });
});

describe('nw-quote: direct and paraphrase', () => {
  it('direct: a blockquote in “ ” with speaker, role, source and date', async () => {
    const { element } = await quote((el) => {
      el.payload = story();
      el.quote = 'tokayev-agreement';
      el.kind = 'direct';
      el.source = 'tass';
    });
    const block = part(element, 'blockquote');
    expect(block.getAttribute('part')).to.equal('quote');
    expect(squash(block.textContent)).to.equal(
      '“The administration has reached an agreement with non-violent demonstrators on pressing social and economic issues, and will announce concrete measures on Tuesday.”',
    );
    expect(textOf(element, '.byline')).to.equal('Kassym-Jomart Tokayev, President of Kazakhstan');
    expect(textOf(element, '.meta')).to.equal('Source: TASS January 7, 2022');
    expect(squash(part(element, 'figure').textContent)).not.to.contain('as reported by');
  });

  it('paraphrase: no blockquote, no quotation marks, and whose report it is', async () => {
    const { element } = await quote((el) => {
      el.payload = story();
      el.quote = 'tokayev-surrender';
    });
    expect(shadowOf(element).querySelector('blockquote')).to.equal(null);
    const text = textOf(element, '[part="quote"]');
    expect(text).to.equal(SURRENDER);
    expect(text).not.to.match(/[“”«»"]/);
    expect(textOf(element, '.byline')).to.equal('Kassym-Jomart Tokayev, President of Kazakhstan, as reported by TASS');
    expect(textOf(element, '.reported')).to.equal('as reported by TASS');
  });

  it('paraphrase without a source says nothing it cannot know', async () => {
    const { element } = await quote((el) => {
      el.payload = story();
      el.quote = 'tokayev-agreement';
    });
    expect(textOf(element, '.byline')).to.equal('Kassym-Jomart Tokayev, President of Kazakhstan');
    expect(textOf(element, '.meta')).to.equal('January 7, 2022');
  });

  it('in Russian: « » and "по сообщению"', async () => {
    const direct = await quote(attributes({ text: 'Слова.', speaker: 'Токаев', source: 'ТАСС', date: '2022-01-07' }), 'ru');
    expect(textOf(direct.element, '[part="quote"]')).to.equal('«Слова.»');
    expect(textOf(direct.element, '.meta')).to.equal('Источник: ТАСС 7 января 2022 г.');
    const reported = await quote(attributes({ text: 'Слова.', speaker: 'Токаев', source: 'ТАСС', kind: 'paraphrase' }), 'ru');
    expect(textOf(reported.element, '[part="quote"]')).to.equal('Слова.');
    expect(textOf(reported.element, '.byline')).to.equal('Токаев, по сообщению ТАСС');
  });

  it('in Kazakh: « » and "хабарлауынша"', async () => {
    const direct = await quote(attributes({ text: 'Сөздер.', speaker: 'Тоқаев', source: 'ТАСС', date: '2022-01-07' }), 'kk');
    expect(textOf(direct.element, '[part="quote"]')).to.equal('«Сөздер.»');
    expect(textOf(direct.element, '.meta')).to.equal('Дереккөз: ТАСС 2022 ж. 7 қаңтар');
    const reported = await quote(attributes({ text: 'Сөздер.', speaker: 'Тоқаев', source: 'ТАСС', kind: 'paraphrase' }), 'kk');
    expect(textOf(reported.element, '.byline')).to.equal('Тоқаев, ТАСС хабарлауынша');
  });

  it("shows the quote's context", async () => {
    const { element } = await quote((el) => {
      el.payload = story();
      el.quote = 'tokayev-no-deals';
    });
    expect(textOf(element, '[part="context"]')).to.equal(
      'The National Security Committee and the Prosecutor General’s Office are investigating, according to TASS.',
    );
  });

  it('reads as one figure: text, then speaker, role and source', async () => {
    const { element } = await quote((el) => {
      el.payload = story();
      el.quote = 'tokayev-surrender';
    });
    expect(spokenText(element)).to.equal(`${SURRENDER} Kassym-Jomart Tokayev, President of Kazakhstan, as reported by TASS`);
  });
});

describe('nw-quote: attributes', () => {
  const withStory = (values: Record<string, string>) =>
    quote((el) => {
      el.payload = story();
      attributes(values)(el);
    });

  it('quote picks the item; text, speaker and role override it', async () => {
    const { element } = await withStory({
      quote: 'tokayev-no-deals',
      text: 'Other words.',
      speaker: 'Someone',
      role: 'Spokesman',
    });
    expect(textOf(element, '[part="quote"]')).to.equal('Other words.');
    expect(textOf(element, '.byline')).to.equal('Someone, Spokesman, as reported by TASS');
  });

  it('speaker-role is the same as role, and wins over it', async () => {
    const { element } = await withStory({ quote: 'tokayev-no-deals', 'speaker-role': 'Head of state', role: 'ignored' });
    expect(textOf(element, '[part="role"]')).to.equal('Head of state');
  });

  it('kind switches between direct and paraphrase', async () => {
    const { element } = await withStory({ quote: 'tokayev-surrender', kind: 'direct' });
    expect(textOf(element, 'blockquote')).to.equal(`“${SURRENDER}”`);
    element.kind = 'paraphrase';
    await element.updateComplete;
    expect(shadowOf(element).querySelector('blockquote')).to.equal(null);
  });

  it('source names a payload source by id, else a source by name', async () => {
    const byId = await withStory({ quote: 'tokayev-agreement', source: 'sputnik', kind: 'direct' });
    expect(textOf(byId.element, '[part="source"]')).to.equal('Source: Sputnik');
    const byName = await withStory({ quote: 'tokayev-agreement', source: 'Kazinform', kind: 'direct' });
    expect(textOf(byName.element, '[part="source"]')).to.equal('Source: Kazinform');
  });

  it('source-url links the source only when it is http or https', async () => {
    const linked = await withStory({ quote: 'tokayev-surrender', 'source-url': 'https://tass.example/1' });
    const link = part(linked.element, '.reported a') as HTMLAnchorElement;
    expect([link.href, link.textContent]).to.deep.equal(['https://tass.example/1', 'TASS']);
    expect(linked.element.shadowRoot!.querySelector('blockquote')).to.equal(null);
    const direct = await quote(
      attributes({ text: 'Words.', speaker: 'S', source: 'Agency', 'source-url': 'http://agency.example/', kind: 'direct' }),
    );
    expect(part(direct.element, 'blockquote').getAttribute('cite')).to.equal('http://agency.example/');
    const plain = await quote(attributes({ text: 'Words.', speaker: 'S', source: 'Agency', 'source-url': 'data:text/html,hi' }));
    expect(shadowOf(plain.element).querySelector('a, [cite]')).to.equal(null);
    expect(textOf(plain.element, '[part="source"]')).to.equal('Source: Agency');
  });

  it('date', async () => {
    const { element } = await withStory({ quote: 'tokayev-surrender', date: '2022-01-08' });
    expect(textOf(element, '[part="date"]')).to.equal('January 8, 2022');
  });

  it('re-renders on attribute changes and after being moved', async () => {
    const { element } = await quote(attributes({ text: 'One.', speaker: 'S' }));
    element.setAttribute('text', 'Two.');
    element.setAttribute('role', 'Minister');
    await element.updateComplete;
    expect(textOf(element, '[part="quote"]')).to.equal('“Two.”');
    expect(textOf(element, '[part="role"]')).to.equal('Minister');
    element.remove();
    element.setAttribute('speaker', 'T');
    container.append(element);
    await element.updateComplete;
    expect(textOf(element, '[part="speaker"]')).to.equal('T');
    element.payload = story();
    await element.updateComplete;
    expect(textOf(element, '[part="quote"]')).to.equal('Two.');
  });
});

describe('nw-quote: errors', () => {
  it('no-data without payload or text', async () => {
    const { element, errors } = await quote(attributes({ speaker: 'S' }));
    expect(errors.map((e) => e.code)).to.deep.equal(['no-data']);
    expect(textOf(element, '.unavailable')).to.equal('Data unavailable');
  });

  it('needs a speaker, and a known kind and a real date, at @ paths', async () => {
    const { element, errors } = await quote((el) => {
      attributes({ text: 'Words.', kind: 'rumour', date: '2022-13-01' })(el);
      el.debug = true;
    });
    expect(errors[0]?.code).to.equal('invalid-payload');
    expect(errors[0]?.path).to.deep.equal(['@kind', '@speaker', '@date']);
    expect(squash(part(element, '.debug').textContent)).to.contain('@speaker');
    // The element's own text is its fallback.
    const fallback = await quote((el) => el.append('Unattributed words.'));
    expect(fallback.errors[0]?.path).to.deep.equal(['@speaker']);
    expect((part(fallback.element, 'slot') as HTMLSlotElement).assignedNodes().map((n) => n.textContent)).to.deep.equal([
      'Unattributed words.',
    ]);
  });

  it('invalid-json and invalid-payload with paths', async () => {
    const json = await quote((el) =>
      el.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: 'nope' })),
    );
    expect(json.errors.map((e) => e.code)).to.deep.equal(['invalid-json']);
    const bad = storyLoose();
    bad.quotes[0]!.kind = 'rumour';
    delete bad.quotes[1]!.speaker;
    const invalid = await quote((el) => {
      el.payload = bad;
      el.debug = true;
    });
    expect(invalid.errors[0]?.code).to.equal('invalid-payload');
    expect(invalid.errors[0]?.path).to.deep.equal(['quotes[0].kind', 'quotes[1].speaker']);
    const panel = squash(part(invalid.element, '.debug').textContent);
    expect(panel).to.contain('quotes[0].kind').and.to.contain('quotes[1].speaker');
  });

  it('not-found for a quote id the payload does not have', async () => {
    const { errors } = await quote((el) => {
      el.payload = story();
      el.quote = 'nope';
    });
    expect(errors.map((e) => e.code)).to.deep.equal(['not-found']);
  });

  it('http-error with the status, showing the fallback', async () => {
    const { element, errors } = await quote((el) => {
      el.setAttribute('src', `/__nw/status?code=404&n=${unique++}`);
      el.append(Object.assign(document.createElement('p'), { className: 'fb', textContent: 'Tokayev said…' }));
    });
    expect(errors[0]).to.include({ code: 'http-error', status: 404 });
    expect((part(element, 'slot') as HTMLSlotElement).assignedElements().map((e) => e.className)).to.deep.equal(['fb']);
  });
});

describe('nw-quote: theming and accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const id of ['tokayev-surrender', 'tokayev-no-deals']) {
      it(`is accessible in ${theme} (${id})`, async () => {
        const { element } = await quote((el) => {
          el.payload = story();
          el.quote = id;
          el.theme = theme;
          el.setAttribute('source-url', 'https://tass.example/');
        });
        await expect(element).to.be.accessible();
      });
    }
    it(`is accessible in ${theme}, direct, and in error`, async () => {
      const direct = await quote((el) => {
        attributes({ text: 'Words.', speaker: 'S', 'speaker-role': 'Mayor', source: 'Agency', date: '2022-01-01' })(el);
        el.theme = theme;
      });
      await expect(direct.element).to.be.accessible();
      const failed = await quote((el) => {
        el.theme = theme;
        el.debug = true;
      });
      expect(failed.errors).to.have.length(1);
      await expect(failed.element).to.be.accessible();
    });
  }

  it('theme="dark" switches the colours', async () => {
    const { element } = await quote((el) => {
      attributes({ text: 'Words.', speaker: 'S' })(el);
      el.theme = 'dark';
    });
    expect(getComputedStyle(part(element, '.card')).backgroundColor).to.equal('rgb(23, 25, 28)');
    expect(getComputedStyle(part(element, '[part="quote"]')).color).to.equal('rgb(241, 241, 241)');
  });

  it('exposes its parts and takes the accent colour for the rule of a direct quote', async () => {
    const { element } = await quote((el) => {
      el.payload = story();
      el.quote = 'tokayev-no-deals';
      el.kind = 'direct';
      el.date = '2022-01-09';
      el.style.setProperty('--nw-color-accent', 'rgb(1, 2, 3)');
    });
    expect(getComputedStyle(part(element, 'blockquote')).borderInlineStartColor).to.equal('rgb(1, 2, 3)');
    for (const name of ['card', 'quote', 'attribution', 'speaker', 'role', 'source', 'date', 'context']) {
      expect(shadowOf(element).querySelector(`[part~="${name}"]`), name).not.to.equal(null);
    }
  });
});

describe('nw-quote: hostile text', () => {
  for (const attack of ATTACKS) {
    it(`creates nothing from ${JSON.stringify(attack)} in any field`, async () => {
      const payload = storyLoose();
      for (const item of payload.quotes) Object.assign(item, { text: attack, speaker: attack, role: attack, context: attack });
      payload.sources.tass = { name: attack, url: 'https://example.org/' };
      const fromPayload = await quote((el) => {
        el.payload = payload;
        el.quote = 'tokayev-no-deals';
        el.setAttribute('source-url', attack);
      });
      expect(assertInert(fromPayload.element)).to.deep.equal([]);
      expect(textOf(fromPayload.element, '[part="quote"]')).to.equal(attack.trim());

      const direct = await quote((el) => {
        attributes({
          text: attack,
          speaker: attack,
          'speaker-role': attack,
          source: attack,
          'source-url': attack,
          kind: 'direct',
        })(el);
      });
      expect(assertInert(direct.element)).to.deep.equal([]);
      expect(textOf(direct.element, '[part="speaker"]')).to.equal(attack.trim());

      const everything = await quote((el) => {
        attributes({
          text: attack,
          speaker: attack,
          role: attack,
          source: attack,
          'source-url': attack,
          kind: attack,
          date: attack,
          quote: attack,
        })(el);
        el.debug = true;
      });
      expect(assertInert(everything.element)).to.deep.equal([]);

      const lightText = await quote((el) => {
        el.setAttribute('speaker', 'S');
        el.append(attack);
      });
      expect(assertInert(lightText.element)).to.deep.equal([]);
      expect(document.querySelectorAll('img[src="x"]')).to.have.length(0);
    });
  }
});

describe('nw-quote: its own text', () => {
  /** Mounts a quote and counts how often it looked for a quote in its light DOM (the only `querySelector` on the host). */
  async function lookups(setup: (element: QuoteElement) => void): Promise<{ element: QuoteElement; count: number }> {
    let count = 0;
    const { element } = await mount<QuoteElement>(container, 'nw-quote', (el) => {
      const own = el.querySelector.bind(el);
      el.querySelector = ((selectors: string) => (count++, own(selectors))) as typeof el.querySelector;
      setup(el);
    });
    return { element, count };
  }

  it('is read only when neither the text attribute nor the payload gives the text', async () => {
    const fromPayload = await lookups((el) => {
      el.payload = story();
      el.setAttribute('quote', 'tokayev-agreement');
      el.append(Object.assign(document.createElement('p'), { textContent: 'Fallback' }));
    });
    expect(fromPayload.count, 'with a payload quote').to.equal(0);
    const fromAttribute = await lookups((el) => {
      el.setAttribute('text', 'Order has been restored.');
      el.setAttribute('speaker', 'A. Speaker');
    });
    expect(fromAttribute.count, 'with a text attribute').to.equal(0);
    const fromOwnText = await lookups((el) => {
      el.setAttribute('speaker', 'A. Speaker');
      el.textContent = 'Order has been restored.';
    });
    expect(fromOwnText.count, 'with its own text').to.be.greaterThan(0);
    expect(textOf(fromOwnText.element, '[part="quote"]')).to.contain('Order has been restored.');
  });
});
