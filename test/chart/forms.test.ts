import { expect } from '@open-wc/testing';
import { BarElement } from 'chart.js';
import { forms } from '../../src/chart/forms/index.js';
import { translucent } from '../../src/chart/forms/marks.js';
import { EMPHASISED_LINE, OUTLINE } from '../../src/chart/forms/highlight.js';
import { MUTED_ALPHA, rangeMarks } from '../../src/chart/forms/ranges.js';
import { drawPicture } from '../../src/chart/picture.js';
import type { NwChart } from '../../src/chart/config/index.js';
import type { ChartSpec, SeriesSpec } from '../../src/chart/spec.js';
import { area, barSpec, bars, line, timeIndex } from './chart-spec.js';
import { clearDrawn, drawn, inked, pixel, textsOn } from './drawn.js';

afterEach(clearDrawn);

const two = (a: number[], b: number[], over: Partial<ChartSpec> = {}) =>
  barSpec({ series: [bars(a), { ...bars(b), color: '#ff7f0e' }], ...over });
/** The drawn bars of series `series`: their middles along the index axis, their ends and bases. */
const barsOf = (chart: NwChart, series: number) =>
  chart
    .getDatasetMeta(series)
    .data.map((element) => (element as BarElement).getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number });
const near = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected), `${actual} ≈ ${expected}`).to.be.below(0.6);

describe('stacking', () => {
  it('stands the bars of a panel on one another: the top of each stack is at the sum, in one slot', async () => {
    const { chart } = await drawn(two([10, 20, 30, 40], [5, 15, 5, 15], { stacking: 'stacked' }), forms);
    const scale = chart.scales.v0!;
    const [first, second] = [barsOf(chart, 0), barsOf(chart, 1)];
    [15, 35, 35, 55].forEach((sum, i) => {
      near(second[i]!.y, scale.getPixelForValue(sum));
      near(second[i]!.base, first[i]!.y);
      near(second[i]!.x, first[i]!.x);
    });
    expect(scale.max).to.be.at.least(55);
  });

  it('stacks within each panel when panels are stacked, and keeps the panels apart', async () => {
    const spec = barSpec({
      stacking: 'stacked',
      panels: [
        { title: 'People', max: 40, formatTick: String },
        { title: 'Dollars', max: 9, formatTick: String },
      ],
      series: [bars([1, 2, 3, 4], 0), bars([1, 1, 1, 1], 0), bars([5, 6, 7, 8], 1), bars([1, 1, 1, 1], 1)],
    });
    const { chart } = await drawn(spec, forms);
    near(barsOf(chart, 1)[3]!.y, chart.scales.v0!.getPixelForValue(5));
    near(barsOf(chart, 3)[3]!.y, chart.scales.v1!.getPixelForValue(9));
    near(barsOf(chart, 3)[3]!.x, barsOf(chart, 0)[3]!.x);
  });

  it("puts percent stacks on an axis from 0 to 100 with the panel's ticks, each reaching 100", async () => {
    const formatTick = (value: number) => `${value}%`;
    const spec = two([60, 50, 25, 10], [40, 50, 75, 90], {
      stacking: 'percent',
      panels: [{ title: 'Share', max: 100, formatTick }],
    });
    const { chart } = await drawn(spec, forms);
    const scale = chart.scales.v0!;
    expect([scale.min, scale.max]).to.deep.equal([0, 100]);
    for (const bar of barsOf(chart, 1)) near(bar.y, scale.getPixelForValue(100));
    expect(scale.ticks.map((tick) => formatTick(tick.value)).at(-1)).to.equal('100%');
    expect(chart.scales.v0!.getLabelForValue(100)).to.be.a('string');
  });

  it('stacks areas on a date axis and leaves a plain line (a total) unstacked', async () => {
    const day = Date.UTC(2024, 0, 1);
    const at = (values: number[]) => values.map((y, i) => ({ x: day + i * 86_400_000, y }));
    const spec = barSpec({
      type: 'area',
      stacking: 'stacked',
      index: timeIndex(day, day + 3 * 86_400_000),
      series: [area(at([1, 2, 3, 4])), area(at([2, 2, 2, 2]), 0, '#9467bd'), line(at([3, 4, 5, 6]))],
    });
    const { chart } = await drawn(spec, forms);
    const scale = chart.scales.v0!;
    const points = (series: number) => chart.getDatasetMeta(series).data.map((point) => point.y);
    points(1).forEach((y, i) => near(y, scale.getPixelForValue([3, 4, 5, 6][i]!)));
    points(2).forEach((y, i) => near(y, scale.getPixelForValue([3, 4, 5, 6][i]!)));
    expect(chart.data.datasets.map((dataset) => (dataset.type === 'line' ? dataset.fill : undefined))).to.deep.equal([
      'origin',
      0,
      undefined,
    ]);
  });
});

describe('areas', () => {
  it("fills under the line with a translucent fill of the series colour (Chart.js's Filler), the line on top", async () => {
    const { chart } = await drawn(barSpec({ type: 'area', series: [area([10, 30, 20, 40])] }), forms);
    const dataset = chart.data.datasets[0]!;
    expect(dataset.type === 'line' && dataset.fill).to.equal('origin');
    const point = chart.getDatasetMeta(0).data[1]!;
    const base = chart.scales.v0!.getPixelForValue(0);
    const [r, g, b, a] = pixel(chart, point.x, (point.y + base) / 2);
    // #2ca02c, about a third opaque.
    expect(a).to.be.within(50, 130);
    expect(g).to.be.above(r).and.above(b);
    // The line itself is opaque.
    expect(pixel(chart, point.x, point.y)[3]).to.be.above(200);
    expect(chart.scales.v0!.min).to.equal(0);
  });

  it('fills a colour Chart.js cannot read (a theme in oklch) by mixing it with transparency', async () => {
    const { chart } = await drawn(barSpec({ series: [area([10, 30, 20, 40], 0, 'oklch(0.6 0.15 145)')] }), forms);
    const point = chart.getDatasetMeta(0).data[1]!;
    const [r, g, b, a] = pixel(chart, point.x, (point.y + chart.scales.v0!.getPixelForValue(0)) / 2);
    expect(a).to.be.within(50, 130);
    expect(g).to.be.above(r).and.above(b);
  });

  it("leaves plain lines unfilled once the forms' code has registered the Filler", async () => {
    await drawn(barSpec({ series: [area([10, 30, 20, 40])] }), forms);
    const { chart } = await drawn(barSpec({ type: 'line', series: [line([10, 30, 20, 40])] }));
    // Under the line's peak, between two grid lines: nothing.
    const point = chart.getDatasetMeta(0).data[1]!;
    const [low, high] = chart.scales.v0!.ticks.slice(1, 3).map((tick) => chart.scales.v0!.getPixelForValue(tick.value));
    expect(pixel(chart, point.x + 2, (low! + high!) / 2)[3]).to.equal(0);
  });

  it("draws a spec with forms as plain bars and lines when the forms' code is not given", async () => {
    const spec = barSpec({
      type: 'area',
      stacking: 'stacked',
      annotations: [{ kind: 'line', axis: 'value', at: 25, panel: 0, label: 'Target' }],
      highlightCategories: [1],
      series: [
        { ...area([10, 30, 20, 40]), ranges: [{ low: 5, high: 15 }, null, null, null], emphasised: true },
        { ...bars([1, 2, 3, 4]), muted: true },
      ],
    });
    const { chart } = await drawn(spec);
    expect('type' in chart.config && chart.config.type).to.equal('line');
    expect(
      chart.data.datasets.map((dataset) => [dataset.type, dataset.type === 'line' ? dataset.fill : undefined]),
    ).to.deep.equal([
      ['line', undefined],
      ['bar', undefined],
    ]);
    expect(chart.options.scales?.v0?.stacked).to.equal(false);
  });
  it('makes the chart anew when an update changes its stacking', async () => {
    const { chart, handle } = await drawn(two([1, 2, 3, 4], [4, 3, 2, 1], { stacking: 'stacked' }), forms);
    handle.update(two([1, 2, 3, 4], [4, 3, 2, 1]));
    const made = handle.current()!;
    expect(made).not.to.equal(chart);
    expect(made.options.scales?.v0?.stacked).to.equal(false);
    near(barsOf(made, 1)[0]!.y, made.scales.v0!.getPixelForValue(4));
  });
});

describe('ranges', () => {
  const ranged = (series: SeriesSpec, ranges: SeriesSpec['ranges']): SeriesSpec => ({ ...series, ranges });

  it('draws error bars on bars, from low to high at the middle of each bar, and widens the axis to reach them', async () => {
    const spec = barSpec({
      series: [ranged(bars([10, 20, 30, null]), [{ low: 5, high: 15 }, null, { low: 25, high: 50 }, { low: 2, high: 8 }])],
    });
    const { chart } = await drawn(spec, forms);
    const scale = chart.scales.v0!;
    const marks = rangeMarks(chart, spec, 0);
    const bars_ = barsOf(chart, 0);
    expect(marks.map((mark) => mark?.index ?? null)).to.deep.equal([0, null, 2, 3]);
    near(marks[0]!.low, scale.getPixelForValue(5));
    near(marks[0]!.high, scale.getPixelForValue(15));
    near(marks[0]!.at, bars_[0]!.x);
    // A range without a value (y null) still stands in its category.
    near(marks[3]!.at, bars_[3]!.x);
    near(marks[3]!.high, scale.getPixelForValue(8));
    expect(scale.max).to.be.at.least(50);
    // The whisker at the high end is drawn, and the line from it down to the bar.
    const top = marks[2]!;
    expect(pixel(chart, top.at, top.high)[3]).to.be.above(100);
    expect(inked(chart, top.at - 2, top.high + 4, top.at + 2, bars_[2]!.y - 2)).to.equal(true);
  });

  it("stands a stacked bar's error bar at its segment's end", async () => {
    const spec = two([10, 10, 10, 10], [5, 5, 5, 5], { stacking: 'stacked' });
    spec.series[1] = ranged(spec.series[1]!, [{ low: 4, high: 7 }, null, null, null]);
    const { chart } = await drawn(spec, forms);
    const mark = rangeMarks(chart, spec, 1)[0]!;
    near(mark.low, chart.scales.v0!.getPixelForValue(14));
    near(mark.high, chart.scales.v0!.getPixelForValue(17));
  });

  it('shades a band along a line, broken where a point has no range, on a date axis by value index', async () => {
    const day = Date.UTC(2024, 0, 1);
    const values = [10, 12, 11, 15, 14].map((y, i) => ({ x: day + i * 86_400_000, y }));
    const spec = barSpec({
      type: 'line',
      index: timeIndex(day, day + 4 * 86_400_000),
      series: [
        ranged(line(values), [{ low: 8, high: 12 }, { low: 10, high: 14 }, null, { low: 12, high: 18 }, { low: 11, high: 17 }]),
      ],
    });
    const { chart } = await drawn(spec, forms);
    const marks = rangeMarks(chart, spec, 0);
    expect(marks.map((mark) => mark?.index ?? null)).to.deep.equal([0, 1, null, 3, 4]);
    const scale = chart.scales.v0!;
    near(marks[4]!.high, scale.getPixelForValue(17));
    // Inside the band between points 3 and 4, away from the line: the series colour, faint.
    const x = (marks[3]!.at + marks[4]!.at) / 2;
    const [r, , , a] = pixel(chart, x, scale.getPixelForValue(17.2));
    expect(a).to.be.within(20, 120);
    expect(r).to.be.above(150);
    // Between points 1 and 2, where the band breaks, nothing is shaded well above the line.
    expect(pixel(chart, (marks[1]!.at + chart.getDatasetMeta(0).data[2]!.x) / 2, scale.getPixelForValue(15.5))[3]).to.equal(0);
  });
});

describe('highlight', () => {
  it('draws a muted series faint and an emphasised line thicker', async () => {
    const spec = barSpec({
      series: [
        { ...bars([10, 20, 30, 40]), muted: true },
        { ...line([35, 25, 15, 5]), emphasised: true },
      ],
    });
    const { chart } = await drawn(spec, forms);
    const bar = barsOf(chart, 0)[0]!;
    const alpha = pixel(chart, bar.x, (bar.y + bar.base) / 2)[3];
    expect(alpha / 255).to.be.closeTo(MUTED_ALPHA, 0.02);
    expect(chart.getDatasetMeta(1).dataset?.options.borderWidth).to.equal(EMPHASISED_LINE);
  });

  it("outlines the bars of highlighted categories, makes their ticks bold, and fades the other categories' bars", async () => {
    const { chart } = await drawn(barSpec({ highlightCategories: [2] }), forms);
    const elements = chart.getDatasetMeta(0).data as BarElement[];
    expect(elements.map((element) => element.options.borderWidth)).to.deep.equal([0, 0, OUTLINE, 0]);
    const middle = (i: number) => {
      const { x, y, base } = barsOf(chart, 0)[i]!;
      return pixel(chart, x, (y + base) / 2)[3];
    };
    expect(middle(2)).to.equal(255);
    expect(middle(0) / 255).to.be.closeTo(MUTED_ALPHA, 0.02);
    const texts = textsOn(chart.canvas);
    chart.draw();
    const fontOf = (label: string) => texts.find((text) => text.text === label)?.font;
    expect(fontOf('C')).to.match(/bold|700/);
    expect(fontOf('B')).not.to.match(/bold|700/);
  });
});

describe('a picture with forms', () => {
  it('draws stacked areas and annotations on a canvas of its own, still', () => {
    const canvas = document.createElement('canvas');
    canvas.width = 400;
    canvas.height = 240;
    const spec = barSpec({
      type: 'area',
      stacking: 'stacked',
      series: [area([10, 20, 30, 40]), area([10, 10, 10, 10], 0, '#9467bd')],
      annotations: [{ kind: 'line', axis: 'value', at: 45, panel: 0, label: 'Record' }],
    });
    const filled = drawPicture(
      canvas,
      spec,
      1,
      () => {
        const ctx = canvas.getContext('2d')!;
        // Low in the plot, between the first two categories: the first area's fill.
        return ctx.getImageData(120, 200, 1, 1).data[3]!;
      },
      forms,
    );
    expect(filled).to.be.above(40);
  });
});

describe('translucent fills', () => {
  it('gives a hex or rgb() colour an alpha, and mixes any other with transparency', () => {
    expect(translucent('#1f77b4', 0.35)).to.equal('rgba(31, 119, 180, 0.35)');
    expect(translucent('#FFF', 0.3)).to.equal('rgba(255, 255, 255, 0.3)');
    expect(translucent('rgb(31, 119, 180)', 0.3)).to.equal('rgba(31, 119, 180, 0.3)');
    expect(translucent('rgba(31, 119, 180, 0.5)', 0.3)).to.equal('rgba(31, 119, 180, 0.3)');
    expect(translucent('oklch(0.5 0.1 200)', 0.3)).to.equal('color-mix(in srgb, oklch(0.5 0.1 200) 30%, transparent)');
  });
});
