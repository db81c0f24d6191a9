import { expect } from '@open-wc/testing';
import { buildSpec, THEME_TOKENS } from '../../../src/views/chart/build-spec.js';
import { buildModel } from '../../../src/views/chart/model.js';
import type { Chart } from '../../../src/payload/schema.js';
import type { ChartSpec } from '../../../src/chart/spec.js';
import { chartOf, series } from './support.js';

/** Stand-ins for the resolved theme: one name per token. */
const COLORS = ['text', 'muted', 'grid', 'surface', 's1', 's2', 's3', 's4', 's5', 's6'];
const specOf = (chart: Chart, type?: string): ChartSpec =>
  buildSpec(buildModel(undefined, chart, type, undefined, 'en'), COLORS, 'Serif', false, 'en');

describe('views/chart/build-spec', () => {
  it('names the theme tokens in the order of its colours', () => {
    expect(THEME_TOKENS).to.have.length(COLORS.length);
    expect(THEME_TOKENS.slice(0, 5)).to.deep.equal([
      'var(--nw-color-text)',
      'var(--nw-color-muted)',
      'var(--nw-color-border)',
      'var(--nw-color-surface)',
      'var(--nw-series-1)',
    ]);
    const spec = specOf(chartOf([series('A', [1])]));
    expect(spec.colors).to.deep.equal({ text: 'text', muted: 'muted', grid: 'grid', surface: 'surface' });
    expect([spec.fontFamily, spec.animate]).to.deep.equal(['Serif', false]);
  });

  it('colours a series by its own hex or by its palette colour', () => {
    const list = Array.from({ length: 7 }, (_, i) => series(`S${i}`, [i], i === 2 ? { color: '#abcdef' } : {}));
    expect(specOf(chartOf(list)).series.map((s) => s.color)).to.deep.equal(['s1', 's2', '#abcdef', 's4', 's5', 's6', 's1']);
  });

  it('has a category axis of row labels, with one value per row', () => {
    const spec = specOf(
      chartOf([series('A', [{ x: 'b', y: 2 }]), series('B', [{ x: 'a', y: 1 }])], { x: { type: 'category', label: 'Day' } }),
    );
    expect(spec.index).to.deep.equal({ kind: 'category', labels: ['b', 'a'], title: 'Day' });
    expect(spec.series.map((s) => s.values)).to.deep.equal([
      [2, null],
      [null, 1],
    ]);
  });

  it('has a time axis for date lines, with only the points a series has', () => {
    const chart = chartOf(
      [
        series('A', [
          { x: '2022-01-09', y: 1 },
          { x: '2022-01-05', y: null },
        ]),
        series('B', [{ x: '2022-01-07', y: 3 }]),
      ],
      { type: 'line', x: { type: 'date' } },
    );
    const { index, series: drawn } = specOf(chart);
    if (index.kind !== 'time') throw new Error('expected a time axis');
    expect([index.min, index.max, index.utc]).to.deep.equal([Date.UTC(2022, 0, 5), Date.UTC(2022, 0, 9), true]);
    expect(index.formatTick(Date.UTC(2022, 0, 7), 'day')).to.equal('Jan 7');
    expect(drawn.map((s) => s.values)).to.deep.equal([
      [
        { x: Date.UTC(2022, 0, 5), y: null },
        { x: Date.UTC(2022, 0, 9), y: 1 },
      ],
      [{ x: Date.UTC(2022, 0, 7), y: 3 }],
    ]);
  });

  it('formats panel ticks in the panel’s currency, compact from 100,000', () => {
    const spec = specOf(chartOf([series('A', [2000], { unit: 'people' }), series('B', [2e8], { unit: 'USD', currency: 'USD' })]));
    expect(spec.panels.map((panel) => panel.formatTick(2000))).to.deep.equal(['2,000', '$2K']);
    expect(spec.panels[1]!.formatTick(1e8)).to.equal('$100M');
  });

  it('labels bars with their qualified value while there are at most 40, and lines never', () => {
    const point = { x: 'a', y: 250_000, qualifier: 'more-than' as const };
    const bars = specOf(chartOf([series('A', [point, { x: 'b', y: null }, { x: 'c', y: 5 }])]));
    const label = bars.series[0]!.valueLabel!;
    expect([label(0), label(1), label(2)]).to.deep.equal(['more than 250K', undefined, '5']);
    expect(specOf(chartOf([series('A', [point])]), 'line').series[0]!.valueLabel).to.equal(undefined);
    const many = (n: number) =>
      specOf(
        chartOf([
          series(
            'A',
            Array.from({ length: n }, (_, i) => i),
          ),
        ]),
      ).series[0]!.valueLabel;
    expect(many(40)).to.be.a('function');
    expect(many(41)).to.equal(undefined);
  });

  it('gives the tooltip the row, the value with its qualifier, and the note', () => {
    const spec = specOf(
      chartOf([
        series('Detained', [
          { x: 'Jan', y: 5000, qualifier: 'more-than', note: 'Police figure' },
          { x: 'Feb', y: null },
        ]),
      ]),
    );
    expect([spec.tooltip.title(0, 0), spec.tooltip.label(0, 0), spec.tooltip.note(0, 0)]).to.deep.equal([
      'Jan',
      'Detained: more than 5,000',
      'Police figure',
    ]);
    expect(spec.tooltip.label(0, 1)).to.equal('Detained: –');
    expect([spec.tooltip.title(3, 0), spec.tooltip.label(0, 9)]).to.deep.equal(['', '']);
  });
});
