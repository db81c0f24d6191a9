import { expect } from '@open-wc/testing';
import { ANIMATION_POINT_LIMIT, configFor, structureKey } from '../../src/chart/config/index.js';
import { forms, type ChartForms } from '../../src/chart/forms/index.js';
import { COLUMNS } from '../../src/chart/forms/decimate.js';
import { DAY } from '../../src/chart/date-ticks.js';
import { createRuntime } from '../../src/chart/runtime.js';
import type { ChartSpec } from '../../src/chart/spec.js';
import { barSpec, bars, line, timeIndex } from './chart-spec.js';

const config = (spec: ChartSpec, withForms?: ChartForms) =>
  configFor(spec, createRuntime(spec, { onRendered: () => undefined, tip: document.createElement('div') }), withForms);

const twoPanels = (over: Partial<ChartSpec> = {}) =>
  barSpec({
    panels: [
      { title: 'People', max: 40, formatTick: String },
      { title: 'Dollars', max: 9, formatTick: String },
    ],
    series: [bars([1, 2, 3, 4], 0), bars([5, 6, 7, 8], 0), bars([9, 8, 7, 6], 1), line([1, 2, 3, 4], 1)],
    ...over,
  });

describe('chart configuration', () => {
  it('makes one dataset per series, bars or lines, on its panel axis', () => {
    const { type, data } = config(twoPanels());
    expect(type).to.equal('bar');
    expect(data.labels).to.deep.equal(['A', 'B', 'C', 'D']);
    expect(data.datasets.map((d) => [d.type, d.xAxisID, d.yAxisID])).to.deep.equal([
      ['bar', 'i0', 'v0'],
      ['bar', 'i0', 'v0'],
      ['bar', 'i0', 'v1'],
      ['line', 'i0', 'v1'],
    ]);
  });

  it('stacks panels with a spacer between them, panel 0 on top, and gives bars a slot per panel', () => {
    const { options, data } = config(twoPanels());
    expect(Object.keys(options?.scales ?? {})).to.deep.equal(['i0', 'v1', 'gap0', 'v0']);
    expect(options?.scales?.v0?.stack).to.equal('panels');
    expect(options?.scales?.gap0?.display).to.equal(false);
    expect(data.datasets.map((d) => d.stack)).to.deep.equal(['s0', 's1', 's0', undefined]);
  });

  it('puts horizontal panels side by side, first first, with categories on y', () => {
    const { options, data } = config(twoPanels({ horizontal: true }));
    expect(options?.indexAxis).to.equal('y');
    expect(Object.keys(options?.scales ?? {})).to.deep.equal(['i0', 'v0', 'gap0', 'v1']);
    expect([data.datasets[0]?.xAxisID, data.datasets[0]?.yAxisID]).to.deep.equal(['v0', 'i0']);
  });

  it('puts a dual layout on two value axes, the second on the other side without its grid', () => {
    const { options } = config(twoPanels({ layout: 'dual' }));
    expect(Object.keys(options?.scales ?? {})).to.deep.equal(['i0', 'v0', 'v1']);
    expect(options?.scales?.v1?.position).to.equal('right');
    expect(options?.scales?.v1?.grid?.drawOnChartArea).to.equal(false);
  });

  it('widens a single date to a day either side, and keeps point indexes for the tooltip', () => {
    const day = Date.UTC(2022, 0, 9);
    const { options, data } = config(barSpec({ type: 'line', index: timeIndex(day, day), series: [line([{ x: day, y: 3 }])] }));
    expect([options?.scales?.i0?.min, options?.scales?.i0?.max]).to.deep.equal([day - DAY, day + DAY]);
    expect(options?.parsing).to.equal(false);
    expect(data.datasets[0]?.data).to.deep.equal([{ x: day, y: 3, i: 0 }]);
  });

  it("decimates long line-only date series with the forms' code (min-max: every peak kept, with its index), never bars", () => {
    const n = 10_000;
    const points = Array.from({ length: n }, (_, i) => ({ x: i * DAY, y: i === 7_777 ? 1e6 : i === 2_222 ? -1e6 : i % 7 }));
    const lines = config(barSpec({ type: 'line', index: timeIndex(0, (n - 1) * DAY), series: [line(points)] }), forms);
    const kept = lines.data.datasets[0]!.data as { x: number; y: number | null; i: number }[];
    expect(kept.length)
      .to.be.at.most(4 * COLUMNS)
      .and.above(COLUMNS);
    expect(kept.map((p) => p.i)).to.deep.equal([...kept.map((p) => p.i)].sort((a, b) => a - b));
    expect(kept.find((p) => p.y === 1e6)?.i).to.equal(7_777);
    expect(kept.find((p) => p.y === -1e6)?.i).to.equal(2_222);
    expect([kept[0]!.i, kept[kept.length - 1]!.i]).to.deep.equal([0, n - 1]);
    const short = config(barSpec({ type: 'line', index: timeIndex(0, 49 * DAY), series: [line(points.slice(0, 50))] }), forms);
    expect(short.data.datasets[0]!.data).to.have.length(50);
    const mixed = config(
      barSpec({ index: timeIndex(0, (n - 1) * DAY), series: [line(points), { ...bars([]), values: points }] }),
      forms,
    );
    // Without the forms' code a long series is drawn whole.
    expect(
      config(barSpec({ type: 'line', index: timeIndex(0, (n - 1) * DAY), series: [line(points)] })).data.datasets[0]!.data,
    ).to.have.length(n);
    expect(mixed.data.datasets[0]!.data).to.have.length(n);
  });

  it('keeps the gaps of a decimated series', () => {
    const n = 9_000;
    const points = Array.from({ length: n }, (_, i) => ({ x: i * DAY, y: i >= 4_000 && i < 4_500 ? null : i % 5 }));
    const kept = config(barSpec({ type: 'line', index: timeIndex(0, (n - 1) * DAY), series: [line(points)] }), forms).data
      .datasets[0]!.data as { y: number | null; i: number }[];
    const gaps = kept.filter((p) => p.y === null);
    expect(gaps).to.have.length(1);
    expect(gaps[0]!.i).to.equal(4_000);
  });

  it('animates only when asked and the data is small', () => {
    expect(config(barSpec({ animate: true })).options?.animation).to.deep.equal({ duration: 450 });
    expect(config(barSpec({ animate: false })).options?.animation).to.equal(false);
    const many = Array.from({ length: ANIMATION_POINT_LIMIT + 1 }, (_, i) => i);
    const labels = many.map(String);
    expect(
      config(barSpec({ animate: true, index: { kind: 'category', labels }, series: [bars(many)] })).options?.animation,
    ).to.equal(false);
  });

  it('copies the data, so the spec stays untouched', () => {
    const spec = barSpec();
    const dataset = config(spec).data.datasets[0]!;
    expect(dataset.data).to.deep.equal(spec.series[0]!.values);
    expect(dataset.data).to.not.equal(spec.series[0]!.values);
  });

  it('keys the structure on what cannot be updated in place', () => {
    const key = structureKey(barSpec());
    expect(structureKey(barSpec({ series: [bars([4, 3, 2, 1])] }))).to.equal(key);
    expect(structureKey(barSpec({ horizontal: true }))).to.not.equal(key);
    expect(structureKey(barSpec({ series: [line([1, 2, 3, 4])] }))).to.not.equal(key);
    expect(structureKey(twoPanels())).to.not.equal(structureKey(twoPanels({ layout: 'dual' })));
  });
});
