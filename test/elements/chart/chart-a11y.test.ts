import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/elements/chart/chart.js';
import type { ChartElement } from '../../../src/elements/chart/chart.js';
import { story } from '../../support/story.js';
import { part, shadowOf, squash } from '../helpers.js';
import { mountChart, payloadWith } from './chart-support.js';

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  container.style.width = '720px';
  document.body.append(container);
});
afterEach(() => container.remove());

/** Why a node would be left out of the accessibility tree, if anything: display none, hidden, aria-hidden, inert. */
function exclusion(node: Element): string | undefined {
  for (
    let current: Element | null = node;
    current;
    current = current.parentElement ?? (current.getRootNode() as ShadowRoot).host ?? null
  ) {
    const style = getComputedStyle(current);
    if (style.display === 'none') return `display: none on <${current.localName}>`;
    if (style.visibility === 'hidden') return `visibility: hidden on <${current.localName}>`;
    if (current.getAttribute('aria-hidden') === 'true') return `aria-hidden on <${current.localName}>`;
    if (current.hasAttribute('inert')) return `inert on <${current.localName}>`;
  }
  return undefined;
}

/**
 * Clicks the "Download CSV" link and returns its href as the browser would follow it (the download itself is stopped
 * at the document). A click that comes before the CSV's code is held back, and the chart clicks again once it is here.
 */
async function clickDownload(element: Element): Promise<string> {
  const link = part(element, '[part="download"]') as HTMLAnchorElement;
  let href = '';
  const stop = (event: Event) => {
    if (event.defaultPrevented) return;
    href = link.href;
    event.preventDefault();
  };
  document.addEventListener('click', stop);
  try {
    link.click();
    await waitUntil(() => href !== '', 'the link to be followed');
  } finally {
    document.removeEventListener('click', stop);
  }
  return href;
}

async function csvOf(element: Element): Promise<{ text: string; bytes: Uint8Array }> {
  const href = await clickDownload(element);
  expect(href).to.match(/^blob:/);
  const response = await fetch(href);
  const bytes = new Uint8Array(await response.clone().arrayBuffer());
  return { text: await response.text(), bytes };
}

describe('nw-chart: text alternative', () => {
  it('makes the live canvas an explorable tab stop named with the payload’s description', async () => {
    const payload = story();
    const { element } = await mountChart(container, (el) => (el.payload = payload));
    const canvas = part(element, 'canvas');
    expect(canvas.getAttribute('role')).to.equal('application');
    expect(canvas.getAttribute('tabindex')).to.equal('0');
    expect(canvas.getAttribute('aria-label')).to.equal(payload.charts![0]!.description);
  });

  it('generates a summary when the payload has no description, qualifiers and units included', async () => {
    const payload = story();
    delete payload.charts![0]!.description;
    const { element } = await mountChart(container, (el) => (el.payload = payload));
    expect(part(element, 'canvas').getAttribute('aria-label')).to.equal(
      'Bar chart in 2 panels. People detained: more than 5,000. Estimated damage (US dollars): more than 200 million US dollars.',
    );
  });

  it('summarises a long series by its range instead of every point', async () => {
    const data = Array.from({ length: 30 }, (_, i) => ({ x: `P${i + 1}`, y: i === 7 ? 90 : i === 3 ? 1 : 10 }));
    const { element } = await mountChart(
      container,
      (el) => (el.payload = payloadWith({ type: 'line', series: [{ id: 'a', label: 'Level', data }] })),
    );
    expect(part(element, 'canvas').getAttribute('aria-label')).to.equal(
      'Line chart. Level: from P1 to P30: lowest 1 (P4), highest 90 (P8).',
    );
  });
});

describe('nw-chart: the data table', () => {
  it('is always in the accessibility tree, visually hidden until "Show data"', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    const wrap = part(element, '[part="table"]');
    expect(wrap.classList.contains('visually-hidden')).to.equal(true);
    expect(getComputedStyle(wrap).display).to.not.equal('none');
    const table = part(element, 'table');
    expect(exclusion(table)).to.equal(undefined);
    expect(exclusion(part(element, 'canvas'))).to.equal(undefined);
    expect(squash(part(element, 'caption').textContent)).to.equal('Detentions and damage');
    expect(Array.from(table.querySelectorAll('th[scope="col"]')).map((th) => squash(th.textContent))).to.deep.equal([
      'Category',
      'People detained',
      'Estimated damage (US dollars)',
    ]);
    expect(squash(part(element, 'tbody th[scope="row"]').textContent)).to.equal('January 2022 unrest');
  });

  it('shows and hides the table with the "Show data" button', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    const button = part(element, '[part="toggle"]') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal('data');
    button.click();
    await (element as ChartElement).updateComplete;
    const wrap = part(element, '#data');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(squash(button.textContent)).to.equal('Hide data');
    expect(wrap.classList.contains('visually-hidden')).to.equal(false);
    expect(wrap.getBoundingClientRect().height).to.be.greaterThan(40);
    button.click();
    await (element as ChartElement).updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(wrap.classList.contains('visually-hidden')).to.equal(true);
  });

  it('shows the table from the start with show-table, and hides the CSV link with no-download', async () => {
    const { element } = await mountChart(container, (el) => {
      el.payload = story();
      el.setAttribute('show-table', '');
      el.setAttribute('no-download', '');
    });
    expect(part(element, '[part="toggle"]').getAttribute('aria-expanded')).to.equal('true');
    expect(part(element, '[part="table"]').classList.contains('open')).to.equal(true);
    expect(shadowOf(element).querySelector('[part="download"]')).to.equal(null);
  });
});

describe('nw-chart: CSV download', () => {
  it('gives the data as a CSV file: header, raw numbers, qualifier codes', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    const link = part(element, '[part="download"]') as HTMLAnchorElement;
    expect(link.getAttribute('download')).to.equal('kazakhstan-unrest-2022-detentions-damage.csv');
    const { text, bytes } = await csvOf(element);
    // A UTF-8 byte order mark first, so spreadsheets read non-Latin text correctly.
    expect(Array.from(bytes.slice(0, 3))).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(text).to.equal(
      [
        'Category,People detained,People detained – qualifier,Estimated damage (US dollars),Estimated damage (US dollars) – qualifier',
        'January 2022 unrest,5000,more-than,200000000,more-than',
        '',
      ].join('\r\n'),
    );
  });

  it('makes the file only when a reader is about to use the link, before the browser follows it', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = story()));
    const link = part(element, '[part="download"]') as HTMLAnchorElement;
    expect(link.getAttribute('href'), 'no file made at render').to.equal('#');
    const hrefAtClick = await clickDownload(element);
    expect(hrefAtClick).to.match(/^blob:/);
    const text = await (await fetch(hrefAtClick)).text();
    expect(text).to.contain('January 2022 unrest,5000,more-than,200000000,more-than');
    // New data: the old file is let go and the link waits for the next use, not pointing at a revoked URL.
    const changed = story();
    changed.charts![0]!.series[0]!.data[0]!.y = 6000;
    element.payload = changed;
    await element.updateComplete;
    expect(link.getAttribute('href'), 'after new data').to.equal('#');
    const next = await clickDownload(element);
    expect(next).to.not.equal(hrefAtClick);
    expect(await (await fetch(next)).text()).to.contain('January 2022 unrest,6000,more-than');
  });

  it('quotes what needs quoting, defuses formulas, and keeps gaps empty', async () => {
    const payload = payloadWith({
      x: { type: 'category', label: 'Place, region' },
      series: [
        {
          id: 'a',
          label: 'Said "more"',
          data: [
            { x: '=HYPERLINK("x")', y: -5 },
            { x: 'Line\nbreak', y: null, note: 'not, reported' },
            { x: 'Plain', y: 1.25 },
          ],
        },
      ],
    });
    const { element } = await mountChart(container, (el) => (el.payload = payload));
    const { text } = await csvOf(element);
    expect(text).to.equal(
      [
        '"Place, region","Said ""more""","Said ""more"" – note"',
        `"'=HYPERLINK(""x"")",-5,`,
        '"Line\nbreak",,"not, reported"',
        'Plain,1.25,',
        '',
      ].join('\r\n'),
    );
  });

  it('lists every point of every series, dates as written', async () => {
    const payload = payloadWith({
      type: 'line',
      x: { type: 'date' },
      series: [
        {
          id: 'a',
          label: 'A',
          data: [
            { x: '2022-01-06', y: 2 },
            { x: '2022-01-05', y: 1 },
          ],
        },
        { id: 'b', label: 'B', unit: 'people', data: [{ x: '2022-01-07', y: 30, qualifier: 'about' }] },
      ],
    });
    const { element } = await mountChart(container, (el) => (el.payload = payload));
    const { text } = await csvOf(element);
    expect(text.split('\r\n')).to.deep.equal([
      'Category,A,B (people),B (people) – qualifier',
      '2022-01-05,1,,',
      '2022-01-06,2,,',
      '2022-01-07,,30,about',
      '',
    ]);
    const rows = Array.from(shadowOf(element).querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => squash(cell.textContent)),
    );
    expect(rows).to.deep.equal([
      ['Jan 5, 2022', '1', 'no value'],
      ['Jan 6, 2022', '2', 'no value'],
      ['Jan 7, 2022', 'no value', 'about 30'],
    ]);
  });
});

describe('nw-chart: axe', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme, table hidden and shown`, async () => {
      const { element } = await mountChart(container, (el) => {
        el.theme = theme;
        el.payload = story();
      });
      await expect(element).to.be.accessible();
      element.showTable = true;
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });
  }

  it('passes axe with a legend and several series', async () => {
    const payload = payloadWith({
      source: 'gen',
      notes: 'Generated.',
      series: [
        { id: 'a', label: 'A', data: [{ x: 'one', y: 1 }] },
        { id: 'b', label: 'B', type: 'line', data: [{ x: 'one', y: 2 }] },
      ],
    });
    const { element } = await mountChart(container, (el) => (el.payload = payload));
    expect(part(element, '[part="legend"]').localName).to.equal('ul');
    await expect(element).to.be.accessible();
  });
});
