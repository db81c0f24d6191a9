// Every view renders on Node (Lit's own SSR, from lib/) to the same text and
// the same elements as in the browser (from src/). `npm test` builds lib/
// first; running this file alone needs `npm run build` after a change to src/.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import * as context from '../../src/views/context.js';
import * as frame from '../../src/views/frame.js';
import * as figure from '../../src/views/figure.js';
import * as figureGrid from '../../src/views/figure-grid.js';
import * as quote from '../../src/views/quote.js';
import * as embed from '../../src/views/embed.js';
import * as chart from '../../src/views/chart/view.js';
import * as errors from '../../src/payload/errors.js';
import { provideLanguages, strings } from '../../src/format/strings.js';
import { ru } from '../../src/format/languages/ru.js';
import { kk } from '../../src/format/languages/kk.js';
import { viewCases } from '../support/view-cases.js';
import { story } from '../support/story.js';

const modules = {
  ...context,
  ...frame,
  ...figure,
  ...figureGrid,
  ...quote,
  ...embed,
  ...chart,
  ...errors,
  provideLanguages,
  strings,
  ru,
  kk,
};

/** What a reader gets from markup: its text, white space folded. */
const textOf = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The elements of markup in document order, each with its attributes sorted: comments and Lit's markers left out. */
function elementsOf(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll('*'), (element) => {
    const attributes = Array.from(element.attributes, ({ name, value }) => `${name}="${value.replace(/\s+/g, ' ').trim()}"`);
    return `<${element.localName} ${attributes.sort().join(' ')}>`;
  });
}

describe('views on Node and in the browser', () => {
  let fromNode: { name: string; html: string }[];
  const cases = viewCases(modules, story());

  before(async () => {
    const answer = (await (await fetch('/__nw/node-views')).json()) as { name: string; html: string }[] | { error: string };
    if (!Array.isArray(answer)) throw new Error(`rendering on Node failed: ${answer.error}`);
    fromNode = answer;
  });

  it('renders the same cases on both sides', () => {
    expect(fromNode.map((entry) => entry.name)).to.deep.equal(cases.map((entry) => entry.name));
    // Each widget, in each of the three languages.
    for (const tag of ['figure card', 'figure grid', 'quote', 'embed', 'chart']) {
      expect(cases.filter((entry) => entry.name.includes(tag)).length, tag).to.be.at.least(3);
    }
  });

  for (const { name, template } of cases) {
    it(`${name}: the same text and elements`, () => {
      const node = fromNode.find((entry) => entry.name === name);
      expect(node, 'rendered on Node').to.not.equal(undefined);
      const parsed = document.createElement('template');
      parsed.innerHTML = node!.html;
      const browser = document.createElement('div');
      render(template, browser);
      expect(textOf(browser)).to.not.equal('');
      expect(textOf(browser), 'a view, not an object written as text').to.not.contain('[object');
      expect(textOf(parsed.content)).to.equal(textOf(browser));
      expect(elementsOf(parsed.content)).to.deep.equal(elementsOf(browser));
    });
  }
});
