import { expect, waitUntil } from '@open-wc/testing';
import type { BarElement } from 'chart.js';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { ChartElement } from '../../../src/elements/chart/chart.js';
import { story } from '../../support/story.js';
import { part, shadowOf } from '../helpers.js';
import { chartOf, mountChart, nextRender, payloadWith } from './chart-support.js';
import { container, explore, live, mark, press, priceWithGap, tip, useStage, type PointDetail } from './explore-support.js';

useStage();

describe('nw-chart: exploring by keyboard', () => {
  it('is one tab stop, described with its keys, that Tab leaves', async () => {
    const { element } = await explore(story());
    const canvas = part(element, 'canvas');
    expect(canvas.getAttribute('role')).to.equal('application');
    expect(canvas.tabIndex).to.equal(0);
    const keys = shadowOf(element).getElementById(canvas.getAttribute('aria-describedby')!);
    expect(keys?.textContent).to.equal(
      'Arrow keys: left and right along a series, up and down between series; Home, End: first and last point; S: play the series as tones; Escape: leave.',
    );
    // The next tab stop is the chart's own first control, past the plot.
    await sendKeys({ press: 'Tab' });
    expect(shadowOf(element).activeElement?.localName).to.equal('button');
  });

  it('moves between the panels of the story with every key, announces each point, and leaves with Escape', async () => {
    const { element, points } = await explore(story());
    await press(element, 'ArrowRight');
    expect(live(element)).to.equal('January 2022 unrest: People detained, more than 5,000 people. Source: Sputnik.');
    expect(points).to.deep.equal([{ chart: 'detentions-damage', series: 'detained', x: 'January 2022 unrest', y: 5000 }]);
    // The tooltip is the one the pointer shows: the whole category.
    expect(tip(element).textContent).to.contain('People detained: more than 5,000').and.contain('Estimated damage');
    expect(
      chartOf(element)
        .getActiveElements()
        .map((item) => item.datasetIndex),
    ).to.have.members([0, 1]);

    // The tooltip stands by the bar the keys are on: the detained panel is on the left, the damage panel on the right.
    const middle = () => {
      const box = tip(element).getBoundingClientRect();
      return box.left + box.width / 2;
    };
    const onDetained = middle();
    await press(element, 'ArrowDown');
    expect(live(element)).to.equal('January 2022 unrest: Estimated damage, more than 200 million US dollars. Source: Sputnik.');
    await waitUntil(() => middle() > onDetained + 100, 'the tooltip to move to the damage panel');
    // Its rows keep the series' order.
    expect(Array.from(tip(element).querySelectorAll('span'), (row) => row.dataset.series)).to.deep.equal(['0', '1']);
    expect(points.at(-1)).to.deep.equal({
      chart: 'detentions-damage',
      series: 'damage',
      x: 'January 2022 unrest',
      y: 200_000_000,
    });
    // Past the last series and the last point, nothing moves.
    for (const key of ['ArrowDown', 'ArrowRight', 'End', 'Home']) await sendKeys({ press: key });
    await press(element, 'ArrowUp');
    expect(points.map((point) => point.series)).to.deep.equal(['detained', 'damage', 'damage', 'damage', 'detained']);
    expect(live(element)).to.contain('People detained, more than 5,000 people');

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => tip(element).hidden, 'Escape to take the tooltip down');
    expect(mark(element).hidden).to.equal(true);
    expect(live(element)).to.equal('');
    expect(chartOf(element).getActiveElements()).to.have.length(0);
    expect(shadowOf(element).activeElement?.localName).to.equal('canvas');
  });

  it('leaves Escape to the page when nothing is shown, and takes it when a point is', async () => {
    const { element } = await explore(story());
    const seen: boolean[] = [];
    const listener = (event: KeyboardEvent) => event.key === 'Escape' && seen.push(event.defaultPrevented);
    document.addEventListener('keydown', listener);
    try {
      await sendKeys({ press: 'Escape' });
      await press(element, 'ArrowRight');
      await sendKeys({ press: 'Escape' });
    } finally {
      document.removeEventListener('keydown', listener);
    }
    expect(seen).to.deep.equal([false]);
  });

  it('walks a vertical bar series with Left, Right, Home and End, and keeps the page from scrolling', async () => {
    const data = ['A', 'B', 'C', 'D'].map((x, i) => ({ x, y: (i + 1) * 10 }));
    const { element, points } = await explore(
      payloadWith({ type: 'bar', source: 'gen', series: [{ id: 'level', label: 'Level', unit: 'points', data }] }),
    );
    const scroll = scrollY;
    await press(element, 'ArrowRight');
    await press(element, 'ArrowRight');
    expect(live(element)).to.equal('B: Level, 20 points. Source: Generated test data.');
    await press(element, 'End');
    await press(element, 'ArrowLeft');
    await press(element, 'Home');
    expect(points.map((point) => point.x)).to.deep.equal(['A', 'B', 'D', 'C', 'A']);
    expect(scrollY).to.equal(scroll);
    // The mark rings the bar it is on.
    const bar = chartOf(element).getDatasetMeta(0).data[0]!.getProps(['x', 'width'], true) as { x: number; width: number };
    const ring = mark(element).getBoundingClientRect();
    const canvas = part(element, 'canvas').getBoundingClientRect();
    expect(ring.width).to.be.greaterThan(bar.width);
    expect(Math.abs(ring.left + ring.width / 2 - (canvas.left + bar.x))).to.be.below(1);
  });

  it('skips null gaps in a line on a date axis, and goes up and down to the nearest date of a shared panel', async () => {
    const payload = payloadWith({
      type: 'line',
      layout: 'shared',
      x: { type: 'date' },
      series: [
        priceWithGap({ qualifier: 'about', note: 'Estimate' }),
        {
          id: 'volume',
          label: 'Volume',
          unit: 'tonnes',
          data: [
            { x: '2022-01-04', y: 300 },
            { x: '2022-01-07', y: 320 },
          ],
        },
      ],
    });
    const { element, points } = await explore(payload);
    await press(element, 'ArrowRight');
    await press(element, 'ArrowRight');
    expect(live(element)).to.equal('Jan 5, 2022: Price, about 12 tenge. Estimate.');
    await press(element, 'ArrowDown');
    await press(element, 'ArrowRight');
    await press(element, 'ArrowUp');
    expect(points.map((point) => `${point.series} ${point.x}`)).to.deep.equal([
      'price 2022-01-03',
      'price 2022-01-05',
      'volume 2022-01-04',
      'volume 2022-01-07',
      'price 2022-01-05',
    ]);
    // On a date axis the tooltip shows the explored point alone, as the pointer nearest to it does.
    expect(
      chartOf(element)
        .getActiveElements()
        .map((item) => [item.datasetIndex, item.index]),
    ).to.deep.equal([[0, 2]]);
    expect(points.every((point) => point.y !== null)).to.equal(true);
  });

  it('announces in Russian for a Russian chart', async () => {
    const payload = payloadWith(
      {
        type: 'bar',
        orientation: 'horizontal',
        layout: 'panels',
        series: [
          { id: 'detained', label: 'Задержаны', unit: 'человек', data: [{ x: 'Январь 2022', y: 5000, qualifier: 'more-than' }] },
          { id: 'damage', label: 'Ущерб', currency: 'USD', data: [{ x: 'Январь 2022', y: 200_000_000, qualifier: 'more-than' }] },
        ],
        source: 'gen',
      },
      { locale: 'ru', sources: { gen: { name: 'Спутник' } } },
    );
    const { element } = await explore(payload, (el) => el.setAttribute('lang', 'ru'));
    await press(element, 'ArrowRight');
    expect(live(element)).to.equal('Январь 2022: Задержаны, более 5\u00a0000 человек. Источник: Спутник.');
    await press(element, 'ArrowDown');
    expect(live(element)).to.equal('Январь 2022: Ущерб, более 200 миллионов долларов США. Источник: Спутник.');
    const keys = shadowOf(element).getElementById('keys');
    expect(keys?.textContent).to.match(/^Стрелки: влево и вправо — по ряду/);
  });

  it('announces in Kazakh for a Kazakh chart, the qualifier with its case ending', async () => {
    const payload = payloadWith(
      {
        type: 'bar',
        source: 'gen',
        series: [
          {
            id: 'detained',
            label: 'Ұсталғандар',
            unit: 'адам',
            data: [{ x: '2022 жылғы қаңтар', y: 5000, qualifier: 'more-than' }],
          },
        ],
      },
      { locale: 'kk', sources: { gen: { name: 'ТАСС' } } },
    );
    const { element } = await explore(payload, (el) => el.setAttribute('lang', 'kk'));
    await press(element, 'ArrowRight');
    // 5 000 ("бес мың") takes -нан; the digits are grouped with a no-break space.
    expect(live(element).replace(/\u00a0/g, ' ')).to.equal(
      '2022 жылғы қаңтар: Ұсталғандар, 5 000-нан астам адам. Дереккөз: ТАСС.',
    );
    expect(shadowOf(element).getElementById('keys')?.textContent).to.match(/^Көрсеткі пернелер: солға және оңға/);
  });

  it('keeps the point a reader is on when new data redraws the chart', async () => {
    const payload = story();
    const { element, points } = await explore(payload);
    await press(element, 'ArrowRight');
    await press(element, 'ArrowDown');
    const said = live(element);
    const next = structuredClone(payload);
    next.charts![0]!.series[1]!.data[0]!.y = 250_000_000;
    const rendered = nextRender(element);
    element.payload = next;
    await rendered;
    await waitUntil(() => !tip(element).hidden && !mark(element).hidden, 'the point shown again');
    expect(tip(element).textContent).to.contain('more than $250,000,000');
    // Shown again, not announced again (the live figures have their own announcement).
    expect(live(element)).to.equal(said);
    expect(points).to.have.length(2);
    await press(element, 'ArrowUp');
    expect(points.at(-1)?.series).to.equal('detained');
  });

  it('hides the tooltip and the mark when focus leaves, and comes back to the same point', async () => {
    const { element, points } = await explore(story());
    await press(element, 'ArrowRight');
    await press(element, 'ArrowDown');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => tip(element).hidden && mark(element).hidden, 'blur to take the point down');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await press(element, 'ArrowUp');
    expect(points.map((point) => point.series)).to.deep.equal(['detained', 'damage', 'detained']);
  });
});

describe('nw-chart: touch and mouse', () => {
  const bars = () =>
    payloadWith({
      type: 'bar',
      series: [{ id: 's', label: 'Level', data: ['A', 'B', 'C'].map((x, i) => ({ x, y: (i + 1) * 10 })) }],
    });

  /** Where bar `index` of the first series is, in the viewport. */
  function barAt(element: ChartElement, index: number) {
    const canvas = part(element, 'canvas').getBoundingClientRect();
    const bar = (chartOf(element).getDatasetMeta(0).data[index]! as unknown as BarElement).getCenterPoint(true);
    return { x: Math.round(canvas.left + bar.x!), y: Math.round(canvas.top + bar.y!), bottom: Math.round(canvas.bottom) };
  }

  it('shows the nearest point on a tap, tells the page, and hides it on a tap elsewhere', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = bars()));
    const points: PointDetail[] = [];
    element.addEventListener('nw-point', (event) => points.push(event.detail));
    const { x, y, bottom } = barAt(element, 1);
    await executeServerCommand('nw-tap', { x, y });
    await waitUntil(() => !tip(element).hidden, 'a tap to show the tooltip');
    expect(tip(element).textContent).to.contain('B').and.contain('Level: 20');
    expect(points).to.deep.equal([{ chart: 'generated-chart', series: 's', x: 'B', y: 20 }]);
    await executeServerCommand('nw-tap', { x: 5, y: bottom + 200 });
    await waitUntil(() => tip(element).hidden, 'a tap elsewhere to hide it');
  });

  it('tells the page of each point the mouse comes onto, once', async () => {
    const { element } = await mountChart(container, (el) => (el.payload = bars()));
    const points: PointDetail[] = [];
    element.addEventListener('nw-point', (event) => points.push(event.detail));
    for (const [index, dx] of [
      [0, 0],
      [0, 3],
      [2, 0],
    ] as const) {
      const { x, y } = barAt(element, index);
      await sendMouse({ type: 'move', position: [x + dx, y] });
      await waitUntil(() => tip(element).textContent?.includes(['A', 'B', 'C'][index]!), 'the tooltip to follow the mouse');
    }
    expect(points.map((point) => point.x)).to.deep.equal(['A', 'C']);
    await sendMouse({ type: 'move', position: [0, 0] });
  });
});

describe('nw-chart: exploring, accessibility and forced colors', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations with a point explored (${scheme})`, async () => {
      await executeServerCommand('nw-media', { colorScheme: scheme });
      const { element } = await explore(story());
      await press(element, 'ArrowRight');
      await expect(element).to.be.accessible();
    });
  }

  it('stays legible in forced colors: system colours on the canvas, a Highlight mark, a drawn tooltip edge, no axe violations', async () => {
    await executeServerCommand('nw-media', { forcedColors: 'active' });
    const { element } = await explore(story());
    const probe = document.createElement('i');
    probe.style.forcedColorAdjust = 'none';
    document.body.append(probe);
    const system = (name: string) => {
      probe.style.color = name;
      return getComputedStyle(probe).color;
    };
    const chart = chartOf(element);
    await waitUntil(() => chart.data.datasets[0]!.backgroundColor === system('CanvasText'), 'the canvas in system colours');
    expect(chart.data.datasets[1]!.backgroundColor).to.equal(system('LinkText'));
    await press(element, 'ArrowRight');
    expect(getComputedStyle(mark(element)).outlineColor).to.equal(system('Highlight'));
    const edge = getComputedStyle(tip(element));
    expect(edge.outlineStyle).to.equal('solid');
    expect(edge.outlineColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(edge.outlineColor).to.equal(system('CanvasText'));
    // Text in the text colour on the canvas colour (the backplate behind forced text is the canvas colour).
    expect([edge.color, edge.backgroundColor]).to.deep.equal([system('CanvasText'), system('Canvas')]);
    // The swatches keep the series' colours.
    const swatches = Array.from(tip(element).querySelectorAll('i'), (swatch) => getComputedStyle(swatch).backgroundColor);
    expect(swatches).to.deep.equal([system('CanvasText'), system('LinkText')]);
    probe.remove();
    await expect(element).to.be.accessible();
  });
});
