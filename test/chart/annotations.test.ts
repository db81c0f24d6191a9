import { expect } from '@open-wc/testing';
import { annotationMarks } from '../../src/chart/forms/annotations.js';
import { forms } from '../../src/chart/forms/index.js';
import type { AnnotationSpec, ChartSpec } from '../../src/chart/spec.js';
import { barSpec, bars, line, timeIndex } from './chart-spec.js';
import { clearDrawn, drawn, inked, textsOn } from './drawn.js';

afterEach(clearDrawn);

const annotated = (annotations: AnnotationSpec[], over: Partial<ChartSpec> = {}) => barSpec({ annotations, ...over });
const near = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected), `${actual} ≈ ${expected}`).to.be.below(0.6);
/** A label far wider than any chart. */
const LONG = 'A label far too long to be drawn anywhere on a chart of this width, however it is placed on it';

describe('annotations', () => {
  it('draws a reference line at a value across the panel, its label above its right end, and widens the axis to reach it', async () => {
    const { chart } = await drawn(annotated([{ kind: 'line', axis: 'value', at: 55, panel: 0, label: 'Target' }]), forms);
    const [mark] = annotationMarks(chart, annotated([{ kind: 'line', axis: 'value', at: 55, panel: 0, label: 'Target' }]));
    const area = chart.chartArea;
    const y = chart.scales.v0!.getPixelForValue(55);
    expect(chart.scales.v0!.max).to.be.at.least(55);
    expect(mark!.kind).to.equal('line');
    near(mark!.y1, y);
    near(mark!.y2, y);
    [mark!.x1, mark!.x2].forEach((x, i) => near(x, [area.left, area.right][i]!));
    const label = mark!.label!;
    expect(label.text).to.equal('Target');
    expect(label.box.right).to.be.at.most(area.right);
    expect(label.box.bottom).to.be.at.most(y);
    expect(label.box.top).to.be.at.least(area.top - 0.5);
    // The line is drawn: dashes along it.
    expect(inked(chart, area.left, y - 1, area.left + 30, y + 1)).to.equal(true);
  });

  it('draws a line on the index axis at a category, its label beside its top, and leaves a label that does not fit out', async () => {
    const spec = annotated([
      { kind: 'line', axis: 'index', at: 1, panel: 0, label: 'Law' },
      { kind: 'line', axis: 'index', at: 2, panel: 0, label: LONG },
    ]);
    const { chart } = await drawn(spec, forms);
    const texts = textsOn(chart.canvas);
    chart.draw();
    const marks = annotationMarks(chart, spec);
    const x = chart.scales.i0!.getPixelForValue(1);
    near(marks[0]!.x1, x);
    near(marks[0]!.y1, chart.chartArea.top);
    near(marks[0]!.y2, chart.chartArea.bottom);
    expect(marks[0]!.label?.align).to.equal('left');
    expect(marks[0]!.label!.box.left).to.be.above(x);
    expect(marks[1]!.label).to.equal(undefined);
    near(marks[1]!.x1, chart.scales.i0!.getPixelForValue(2));
    expect(texts.map((drawnText) => drawnText.text))
      .to.include('Law')
      .and.not.include(LONG);
  });

  it('shades a range of values, or of whole categories, with its label inside it', async () => {
    const spec = annotated([
      { kind: 'range', axis: 'value', from: 10, to: 25, panel: 0, label: 'Normal' },
      { kind: 'range', axis: 'index', from: 1, to: 2, panel: 0, label: 'War' },
    ]);
    const { chart } = await drawn(spec, forms);
    const [values, categories] = annotationMarks(chart, spec);
    const scale = chart.scales.v0!;
    near(values!.y1, scale.getPixelForValue(25));
    near(values!.y2, scale.getPixelForValue(10));
    expect(values!.label!.box.top).to.be.at.least(values!.y1);
    expect(values!.label!.box.bottom).to.be.at.most(values!.y2);
    const index = chart.scales.i0!;
    const half = (index.getPixelForValue(1) - index.getPixelForValue(0)) / 2;
    near(categories!.x1, index.getPixelForValue(1) - half);
    near(categories!.x2, index.getPixelForValue(2) + half);
    expect(categories!.label!.box.left).to.be.at.least(categories!.x1);
    expect(categories!.label!.box.right).to.be.at.most(categories!.x2);
    // Shaded, under the bars: a faint grey in the range beside a bar.
    const gap = chart.getDatasetMeta(0).data[1]!.x - 30;
    expect(inked(chart, gap - 1, values!.y1 + 20, gap + 1, values!.y1 + 22)).to.equal(true);
  });

  it('runs the label of a band too narrow for it on past the band, inside the panel', async () => {
    const day = 86_400_000;
    const points = Array.from({ length: 12 }, (_, i) => ({ x: i * 30 * day, y: 10 + i }));
    const spec = annotated(
      [{ kind: 'range', axis: 'index', from: 150 * day, to: 180 * day, panel: 0, label: 'Holiday period' }],
      {
        type: 'line',
        index: timeIndex(0, 330 * day),
        series: [line(points)],
      },
    );
    const { chart } = await drawn(spec, forms, 480, 270);
    const [band] = annotationMarks(chart, spec);
    const box = band!.label!.box;
    expect(box.right - box.left, 'wider than the band').to.be.above(band!.x2 - band!.x1);
    expect(box.left).to.be.at.least(chart.chartArea.left);
    expect(box.right).to.be.at.most(chart.chartArea.right + 0.5);
    expect([Math.abs(box.left - band!.x1) < 6, Math.abs(box.right - band!.x2) < 6], 'from its start or to its end').to.include(
      true,
    );
  });

  it('leaves out an annotation beyond its axis and keeps labels off each other', async () => {
    const day = Date.UTC(2024, 0, 1);
    const spec = annotated(
      [
        { kind: 'line', axis: 'value', at: 15, panel: 0, label: 'Same place' },
        { kind: 'line', axis: 'value', at: 15, panel: 0, label: 'Same place' },
        { kind: 'line', axis: 'value', at: 15, panel: 0, label: 'Same place' },
        { kind: 'line', axis: 'index', at: day - 400 * 86_400_000, panel: 0, label: 'Long before' },
      ],
      {
        type: 'line',
        index: timeIndex(day, day + 3 * 86_400_000),
        series: [line([0, 1, 2, 3].map((i) => ({ x: day + i * 86_400_000, y: 10 * i })))],
      },
    );
    const { chart } = await drawn(spec, forms);
    const marks = annotationMarks(chart, spec);
    // Above the line, below it, then no room left; the date line widened the axis to show it.
    expect(marks.slice(0, 3).map((mark) => mark.label?.baseline)).to.deep.equal(['bottom', 'top', undefined]);
    expect(chart.scales.i0!.min).to.equal(day - 400 * 86_400_000);
    expect(marks).to.have.length(4);
  });

  it('puts a note on a point with a short leader, above a positive value (with room left above the data), below a negative one, and leaves out one that does not fit', async () => {
    const spec = annotated(
      [
        { kind: 'note', series: 0, index: 1, label: 'Peak' },
        { kind: 'note', series: 0, index: 2, label: 'Low' },
        { kind: 'note', series: 0, index: 3, label: LONG },
      ],
      { series: [bars([10, 30, -20, 5])], panels: [{ title: '', max: 30, formatTick: String }] },
    );
    const { chart } = await drawn(spec, forms);
    const texts = textsOn(chart.canvas);
    chart.draw();
    const marks = annotationMarks(chart, spec);
    expect(marks.map((mark) => mark.annotation)).to.deep.equal([0, 1]);
    const bar = (i: number) => chart.getDatasetMeta(0).data[i]!;
    const [peak, low] = marks;
    near(peak!.x1, bar(1).x);
    expect(peak!.y1).to.be.below(bar(1).y);
    expect(peak!.y2).to.be.below(peak!.y1);
    expect(peak!.label!.box.bottom).to.be.at.most(peak!.y2);
    expect(low!.y1).to.be.above(bar(2).y);
    expect(low!.label!.box.top).to.be.at.least(low!.y2);
    expect(texts.map((drawnText) => drawnText.text))
      .to.include('Peak')
      .and.include('Low')
      .and.not.include(LONG);
  });

  it("starts a note's leader beyond the value label at a bar's end", async () => {
    const spec = annotated([{ kind: 'note', series: 0, index: 1, label: 'Peak' }], {
      series: [{ ...bars([10, 30, 20, 5]), valueLabel: (i) => `${[10, 30, 20, 5][i]}` }],
    });
    const { chart } = await drawn(spec, forms);
    const texts = textsOn(chart.canvas);
    chart.draw();
    const [note] = annotationMarks(chart, spec);
    const value = texts.find((text) => text.text === '30' && text.font.startsWith('600'))!;
    const bar = chart.getDatasetMeta(0).data[1]!;
    expect(value.y).to.be.below(bar.y);
    // The value label (its middle at `y`, 12 pixels high) lies between the bar and the leader.
    expect(note!.y1).to.be.below(value.y - 6);
  });

  it('stays within the panel of its axis when panels are stacked', async () => {
    const spec = barSpec({
      panels: [
        { title: 'People', max: 40, formatTick: String },
        { title: 'Dollars', max: 9, formatTick: String },
      ],
      series: [bars([1, 2, 3, 4], 0), bars([5, 6, 7, 8], 1)],
      annotations: [{ kind: 'range', axis: 'value', from: 2, to: 100, panel: 1, label: 'High' }],
    });
    const { chart } = await drawn(spec, forms);
    const [mark] = annotationMarks(chart, spec);
    const panel = chart.scales.v1!;
    expect(mark!.y1).to.be.at.least(panel.top - 0.5);
    expect(mark!.y2).to.be.at.most(panel.bottom + 0.5);
    expect(mark!.label!.box.top).to.be.at.least(panel.top - 0.5);
  });
});
