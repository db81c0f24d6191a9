import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { animator } from 'chart.js';
import '../../../src/elements/chart/chart.js';
import type { ChartElement } from '../../../src/elements/chart/chart.js';
import { story } from '../../support/story.js';
import { NBSP, part, shadowOf, squash } from '../helpers.js';
import type { Payload } from '../../../src/payload/schema.js';
import { chartOf, days, hoverPoint, mountChart, payloadWith, tickLabels } from './chart-support.js';

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  container.style.width = '760px';
  document.body.append(container);
});
afterEach(() => container.remove());

/** The story chart in a language, drawn. */
async function storyIn(lang: string): Promise<ChartElement> {
  const host = Object.assign(document.createElement('div'), { lang });
  container.append(host);
  const { element } = await mountChart(host, (el) => (el.payload = story()));
  return element;
}

/** What the tooltip says for a series, with the pointer over one of its points. */
async function tooltipLabel(element: Element, datasetIndex: number, dataIndex: number): Promise<string> {
  const tip = await hoverPoint(element, datasetIndex, dataIndex);
  return squash(tip.querySelector(`[data-series="${datasetIndex}"]`)?.textContent);
}

/** The table's cells, row by row. */
function tableCells(element: Element): string[][] {
  return Array.from(shadowOf(element).querySelectorAll('tbody tr')).map((row) =>
    Array.from(row.children).map((cell) => squash(cell.textContent)),
  );
}

describe('nw-chart: locale formatting of ticks, tooltips and table', () => {
  it('formats in English, qualifiers included', async () => {
    const element = await storyIn('en');
    const chart = chartOf(element);
    expect(tickLabels(chart, 'v0')).to.include('2,000');
    expect(tickLabels(chart, 'v1')).to.include('$100M');
    expect(tickLabels(chart, 'v1')[0]).to.equal('$0');
    expect(await tooltipLabel(element, 0, 0)).to.equal('People detained: more than 5,000');
    expect(await tooltipLabel(element, 1, 0)).to.equal('Estimated damage: more than $200,000,000');
    expect(tableCells(element)).to.deep.equal([['January 2022 unrest', 'more than 5,000', 'more than $200,000,000']]);
    const headers = Array.from(shadowOf(element).querySelectorAll('thead th')).map((cell) => squash(cell.textContent));
    expect(headers).to.deep.equal(['Category', 'People detained', 'Estimated damage (US dollars)']);
  });

  it('formats in Russian: grouping with no-break spaces, «более»', async () => {
    const element = await storyIn('ru');
    const chart = chartOf(element);
    expect(tickLabels(chart, 'v0')).to.include(`2${NBSP}000`);
    expect(tickLabels(chart, 'v1')).to.include(`100${NBSP}млн${NBSP}$`);
    expect(await tooltipLabel(element, 0, 0)).to.equal(`People detained: более 5${NBSP}000`);
    expect(tableCells(element)).to.deep.equal([
      ['January 2022 unrest', `более 5${NBSP}000`, `более 200${NBSP}000${NBSP}000${NBSP}$`],
    ]);
    expect(squash(part(element, 'thead th').textContent)).to.equal('Категория');
    expect(squash(part(element, '[part="toggle"]').textContent)).to.equal('Показать данные');
  });

  it('formats in Kazakh: the qualifier after the value', async () => {
    const element = await storyIn('kk');
    const chart = chartOf(element);
    expect(tickLabels(chart, 'v0')).to.include(`2${NBSP}000`);
    expect(await tooltipLabel(element, 0, 0)).to.equal(`People detained: 5${NBSP}000\u2011нан астам`);
    expect(tableCells(element)[0]![1]).to.equal(`5${NBSP}000\u2011нан астам`);
    // A currency amount takes its ending on the currency as a word.
    expect(await tooltipLabel(element, 1, 0)).to.equal(`Estimated damage: 200${NBSP}000${NBSP}000 доллардан астам`);
    expect(tableCells(element)[0]![2]).to.equal(`200${NBSP}000${NBSP}000 доллардан астам`);
    expect(squash(part(element, '[part="download"]').textContent)).to.equal('CSV жүктеп алу');
  });

  it('formats in Kazakh: each number takes the case ending of its last spoken word', async () => {
    const host = Object.assign(document.createElement('div'), { lang: 'kk' });
    container.append(host);
    const payload = payloadWith({
      type: 'bar',
      series: [
        {
          id: 'n',
          label: 'N',
          data: [
            { x: 'a', y: 200, qualifier: 'more-than' },
            { x: 'b', y: 3, qualifier: 'up-to' },
            { x: 'c', y: 40, qualifier: 'fewer-than' },
            { x: 'd', y: 12.5, qualifier: 'more-than' },
          ],
        },
      ],
    });
    const { element } = await mountChart(host, (el) => (el.payload = payload));
    expect(tableCells(element).map((row) => row[1])).to.deep.equal([
      '200\u2011ден астам',
      '3\u2011ке дейін',
      '40\u2011тан кем',
      '12,5\u2011тен астам',
    ]);
    expect(await tooltipLabel(element, 0, 0)).to.equal('N: 200\u2011ден астам');
    expect(await tooltipLabel(element, 0, 1)).to.equal('N: 3\u2011ке дейін');
    expect(await tooltipLabel(element, 0, 2)).to.equal('N: 40\u2011тан кем');
    // The screen reader's summary says them the same way.
    expect(part(element, 'canvas').getAttribute('aria-label')).to.contain('200-ден астам');
  });

  it('puts the qualifier into the value label at the bar’s end', async () => {
    const element = await storyIn('en');
    const chart = chartOf(element);
    // The element hands the renderer one label per bar; check what it says.
    const drawn: string[] = [];
    const ctx = chart.ctx;
    const fillText = ctx.fillText;
    ctx.fillText = function (text: string, x: number, y: number) {
      drawn.push(text);
      return fillText.call(this, text, x, y);
    };
    chart.draw();
    ctx.fillText = fillText;
    expect(drawn).to.include('more than 5,000');
    expect(drawn).to.include('more than $200M');
  });

  it('formats date ticks and tooltip titles in the chart’s language', async () => {
    const host = Object.assign(document.createElement('div'), { lang: 'ru' });
    container.append(host);
    const payload = payloadWith({
      type: 'bar',
      x: { type: 'date' },
      series: [
        {
          id: 'a',
          label: 'Задержано',
          data: [
            { x: '2022-01-05', y: 10 },
            { x: '2022-01-09', y: 20, qualifier: 'about' },
          ],
        },
      ],
    });
    const { element } = await mountChart(host, (el) => (el.payload = payload));
    const chart = chartOf(element);
    // Which kind of space ICU puts before «г.» varies between versions.
    expect((chart.data.labels as string[]).map((label) => label.replace(/\s/g, ' '))).to.deep.equal([
      '5 янв. 2022 г.',
      '9 янв. 2022 г.',
    ]);
    expect(await tooltipLabel(element, 0, 1)).to.equal('Задержано: около 20');
  });

  for (const [lang, month] of [
    ['en', /^Jan \d+$/],
    ['ru', /^\d+ янв\.$/],
    ['kk', /^\d+ қаң\.$/],
  ] as const) {
    it(`labels date ticks of a time axis in ${lang} (Kazakh even where the browser has no Kazakh dates)`, async () => {
      const host = Object.assign(document.createElement('div'), { lang });
      container.append(host);
      const data = Array.from({ length: 20 }, (_, i) => ({ x: `2022-01-${String(i + 1).padStart(2, '0')}`, y: i }));
      const { element } = await mountChart(
        host,
        (el) => (el.payload = payloadWith({ type: 'line', x: { type: 'date' }, series: [{ id: 'a', label: 'A', data }] })),
      );
      const labels = tickLabels(chartOf(element), 'i0');
      expect(labels.length).to.be.greaterThan(1);
      for (const label of labels) expect(label).to.match(month);
    });
  }

  it('generates its text alternative in the chart’s language', async () => {
    const payload = story();
    delete payload.charts![0]!.description;
    const host = Object.assign(document.createElement('div'), { lang: 'ru' });
    container.append(host);
    const { element } = await mountChart(host, (el) => (el.payload = payload));
    const alt = part(element, 'canvas').getAttribute('aria-label');
    expect(alt).to.equal(
      `Столбчатая диаграмма на 2 панелях. People detained: более 5${NBSP}000. Estimated damage (US dollars): более 200 миллионов долларов США.`,
    );
  });
});

describe('nw-chart: the tooltip', () => {
  it('shows the category and every series’ value beside the hovered point, in text only, hidden from screen readers', async () => {
    const element = await storyIn('en');
    const tip = await hoverPoint(element, 0, 0);
    expect(tip.getAttribute('aria-hidden')).to.equal('true');
    expect(tip.parentElement!.getAttribute('part')).to.equal('chart');
    const lines = Array.from(tip.children, (line) => squash(line.textContent));
    expect(lines[0]).to.equal(chartOf(element).data.labels![0]);
    expect(lines).to.include('People detained: more than 5,000');
    expect(lines).to.include('Estimated damage: more than $200,000,000');
    // Two series: each line has a swatch in its series' colour.
    const swatch = tip.querySelector<HTMLElement>('[data-series="1"] i')!;
    expect(getComputedStyle(swatch).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    // Moving within the same category keeps the tooltip as it is (not rebuilt on every move).
    const title = tip.firstElementChild;
    const box0 = chartOf(element).canvas.getBoundingClientRect();
    const point = chartOf(element).getDatasetMeta(0).data[0]!;
    await sendMouse({ type: 'move', position: [Math.round(box0.left + point.x + 2), Math.round(box0.top + point.y + 2)] });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(tip.hidden).to.equal(false);
    expect(tip.firstElementChild, 'the same title node').to.equal(title);
    // Hovering starts no animation, so the value labels (drawn only when nothing animates) stay.
    expect(animator.running(chartOf(element)), 'a hover animation').to.equal(false);
    // Inside the chart box.
    const box = tip.parentElement!.getBoundingClientRect();
    const rect = tip.getBoundingClientRect();
    expect(rect.left).to.be.at.least(box.left - 0.5);
    expect(rect.right).to.be.at.most(box.right + 0.5);
    await sendMouse({ type: 'move', position: [0, 0] });
    await waitUntil(() => tip.hidden, 'the tooltip to hide when the pointer leaves');
  });

  /** The boxes of the bars or points under the pointer, in page coordinates. */
  function hoveredBoxes(element: Element): DOMRect[] {
    const chart = chartOf(element);
    const canvas = chart.canvas.getBoundingClientRect();
    return chart.getActiveElements().map(({ element: drawn }) => {
      const {
        x,
        y,
        base,
        width = 0,
        height = 0,
        horizontal,
      } = drawn as unknown as {
        x: number;
        y: number;
        base?: number;
        width?: number;
        height?: number;
        horizontal?: boolean;
      };
      if (base === undefined) return new DOMRect(canvas.left + x - 2, canvas.top + y - 2, 4, 4);
      return horizontal
        ? new DOMRect(canvas.left + Math.min(x, base), canvas.top + y - height / 2, Math.abs(x - base), height)
        : new DOMRect(canvas.left + x - width / 2, canvas.top + Math.min(y, base), width, Math.abs(y - base));
    });
  }

  const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  for (const width of [320, 760]) {
    it(`never covers the hovered bars or points, within the chart's width (${width} px)`, async () => {
      container.style.width = `${width}px`;
      const cases: [string, Payload][] = [
        ['the story chart (rows of bars, two panels)', story()],
        [
          'columns',
          payloadWith({
            type: 'bar',
            series: [
              {
                id: 'a',
                label: 'First series with a long name',
                data: [
                  { x: 'A', y: 9 },
                  { x: 'B', y: 4 },
                  { x: 'C', y: 10 },
                ],
              },
              {
                id: 'b',
                label: 'Second series with a long name',
                data: [
                  { x: 'A', y: 3 },
                  { x: 'B', y: 8 },
                  { x: 'C', y: 10 },
                ],
              },
            ],
          }),
        ],
        [
          'lines',
          payloadWith({
            type: 'line',
            series: [{ id: 'a', label: 'A line', data: days(12).map((x, i) => ({ x, y: (i * 7) % 11 })) }],
            x: { type: 'date' },
          }),
        ],
      ];
      for (const [name, payload] of cases) {
        const host = document.createElement('div');
        container.append(host);
        const { element } = await mountChart(host, (el) => (el.payload = payload));
        const meta = chartOf(element).getDatasetMeta(0);
        for (const index of [0, meta.data.length - 1]) {
          const tip = await hoverPoint(element, 0, index);
          const rect = tip.getBoundingClientRect();
          const box = tip.parentElement!.getBoundingClientRect();
          for (const hovered of hoveredBoxes(element)) {
            expect(overlaps(rect, hovered), `${name}, point ${index}: the tooltip covers a hovered mark`).to.equal(false);
          }
          expect(rect.left, `${name}: inside on the left`).to.be.at.least(box.left - 0.5);
          expect(rect.right, `${name}: inside on the right`).to.be.at.most(box.right + 0.5);
        }
        host.remove();
      }
    });
  }

  it('writes payload text as text, never as markup', async () => {
    const host = document.createElement('div');
    container.append(host);
    const payload = payloadWith({
      type: 'bar',
      series: [
        {
          id: 'a',
          label: '<img src=x onerror="window.__tipXss=1">',
          data: [{ x: '<b>A</b>', y: 1, note: '<script>window.__tipXss=2</script>' }],
        },
      ],
    });
    const { element } = await mountChart(host, (el) => (el.payload = payload));
    const tip = await hoverPoint(element, 0, 0);
    // Only the tooltip's own elements: the title, one series line, the note; no element from the payload.
    expect(Array.from(tip.querySelectorAll('*'), (node) => node.localName)).to.deep.equal(['b', 'span', 'em']);
    const text = squash(tip.textContent);
    expect(text).to.contain('<b>A</b>');
    expect(text).to.contain('<img src=x onerror="window.__tipXss=1">');
    expect(text).to.contain('<script>window.__tipXss=2</script>');
    expect((window as { __tipXss?: number }).__tipXss).to.equal(undefined);
  });
});
