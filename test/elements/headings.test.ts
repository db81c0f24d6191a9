// The heading rule (DESIGN.md, Attributes): a widget never breaks the page's
// outline. No widget writes a heading unless `heading-level` asks for one
// (nw-embed's default is 2), and then of the level asked, its sections one below.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { Payload } from '../../src/payload/schema.js';
import { story } from '../support/story.js';

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** Every heading inside `element`'s shadow root and those of the widgets in it, as "level text". */
function headingsIn(element: Element): string[] {
  const found: string[] = [];
  const visit = (root: ShadowRoot | null | undefined) => {
    if (!root) return;
    for (const heading of root.querySelectorAll(HEADINGS)) {
      const level = heading.getAttribute('aria-level') ?? heading.localName.slice(1);
      found.push(`${level} ${heading.textContent!.trim()}`);
    }
    for (const inner of root.querySelectorAll('*')) visit(inner.shadowRoot);
  };
  visit(element.shadowRoot);
  return found;
}

async function drawn(element: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  await waitUntil(() => element.shadowRoot?.querySelector('.frame:not(.loading)'), 'drawn', { timeout: 5000 });
  await element.updateComplete;
}

describe('headings', () => {
  for (const tag of ['nw-figure-card', 'nw-figure-grid', 'nw-quote', 'nw-chart']) {
    it(`${tag} writes no heading of its own`, async () => {
      const element = document.createElement(tag) as HTMLElement & { payload: Payload; updateComplete: Promise<unknown> };
      element.payload = story();
      document.body.append(element);
      await drawn(element);
      expect(headingsIn(element)).to.deep.equal([]);
      element.remove();
    });
  }

  it('nw-chart with heading-level has one heading, of that level', async () => {
    const element = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<nw-chart .payload=${story()} heading-level="2"></nw-chart>`,
    );
    await drawn(element);
    expect(headingsIn(element)).to.deep.equal([`2 ${story().charts![0]!.title}`]);
  });

  it('nw-embed: its title at heading-level (default 2), the chart and the notes one level below', async () => {
    for (const [attribute, level] of [
      [undefined, 2],
      ['4', 4],
    ] as const) {
      const element = document.createElement('nw-embed') as HTMLElement & { payload: Payload; updateComplete: Promise<unknown> };
      element.payload = story();
      if (attribute) element.setAttribute('heading-level', attribute);
      document.body.append(element);
      await drawn(element);
      await waitUntil(() => headingsIn(element).length >= 3, 'the chart inside is drawn', { timeout: 5000 });
      const headings = headingsIn(element);
      expect(headings[0], 'the title').to.equal(`${level} ${story().title}`);
      expect(
        headings.slice(1).every((heading) => heading.startsWith(`${level + 1} `)),
        headings.join(' | '),
      ).to.equal(true);
      element.remove();
    }
  });
});
