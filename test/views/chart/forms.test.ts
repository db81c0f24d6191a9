import { expect } from '@open-wc/testing';
import { buildSpec } from '../../../src/views/chart/build-spec.js';
import { modelForms, withForms } from '../../../src/views/chart/spec-forms.js';
import { buildModel, shareOf, usesForms } from '../../../src/views/chart/model.js';
import { altText, annotationTexts, hasValue, summary, valueText } from '../../../src/views/chart/text.js';
import { chartStrings } from '../../../src/format/chart-strings.js';
import type { Chart } from '../../../src/payload/schema.js';
import type { ChartSpec } from '../../../src/chart/spec.js';
import { chartOf, series } from './support.js';
import { kk } from '../../../src/format/languages/kk.js';
import { ru } from '../../../src/format/languages/ru.js';
import { provideLanguages } from '../../../src/format/strings.js';

before(() => provideLanguages({ ru, kk }));

const COLORS = ['text', 'muted', 'grid', 'surface', 's1', 's2', 's3', 's4', 's5', 's6'];
const modelOf = (chart: Chart, locale = 'en') => buildModel(undefined, chart, undefined, undefined, locale, modelForms);
const specOf = (chart: Chart, locale = 'en'): ChartSpec => {
  const model = modelOf(chart, locale);
  const spec = buildSpec(model, COLORS, 'Serif', false, locale);
  return usesForms(model) ? withForms(spec, model, locale) : spec;
};
const words = chartStrings('en');

const stacked = (stacking: 'stacked' | 'percent') =>
  chartOf([series('A', [30, 10]), series('B', [10, 30])], { stacking, x: { type: 'category', label: 'Region' } });

describe('views/chart: the forms a desk makes', () => {
  describe('stacking', () => {
    it('keeps the values of a stacked chart and gives each row its total', () => {
      const model = modelOf(stacked('stacked'));
      expect(model.stacking).to.equal('stacked');
      expect(model.totals).to.deep.equal([
        { x: 'c0', y: 40 },
        { x: 'c1', y: 40 },
      ]);
      expect(model.panels[0]!.max).to.equal(40);
      const spec = specOf(stacked('stacked'));
      expect(spec.stacking).to.equal('stacked');
      expect(spec.series.map((s) => s.values)).to.deep.equal([
        [30, 10],
        [10, 30],
      ]);
      expect(
        spec.series.every((s) => s.valueLabel === undefined),
        'no value labels on stacked segments',
      ).to.equal(true);
    });

    it('draws a percent chart as shares of each row, on an axis to 100, and says the share in the tooltip', () => {
      const model = modelOf(stacked('percent'));
      expect(shareOf(model, 0, 0)).to.equal(75);
      const spec = specOf(stacked('percent'));
      expect(spec.series.map((s) => s.values)).to.deep.equal([
        [75, 25],
        [25, 75],
      ]);
      expect(spec.panels[0]!.max).to.equal(100);
      expect(spec.panels[0]!.formatTick(50)).to.equal('50%');
      expect(spec.tooltip.label(0, 0)).to.equal('A: 30 (75%)');
    });

    it('names the stacking and gives the totals in the summary', () => {
      const text = summary(modelOf(stacked('stacked')), 'en', words);
      expect(text).to.match(/^Bar chart, stacked\./);
      expect(text).to.include(`${words.total} — c0: 40; c1: 40`);
    });

    it('qualifies a total when a value of its row is qualified', () => {
      const chart = chartOf(
        [
          series('A', [
            { x: 'a', y: 150, qualifier: 'more-than' },
            { x: 'b', y: 1, qualifier: 'about' },
          ]),
          series('B', [
            { x: 'a', y: 70 },
            { x: 'b', y: 2, qualifier: 'at-least' },
          ]),
        ],
        { stacking: 'stacked' },
      );
      expect(modelOf(chart).totals).to.deep.equal([
        { x: 'a', y: 220, qualifier: 'more-than' },
        { x: 'b', y: 3, qualifier: 'about' },
      ]);
      expect(summary(modelOf(chart), 'en', words)).to.include(`${words.total} — a: more than 220; b: about 3`);
    });

    it('stacks bars and areas only: a line drawn with them is in no total and no share', () => {
      const chart = chartOf([series('A', [30, 10]), series('B', [10, 30]), series('Average', [20, 20], { type: 'line' })], {
        stacking: 'percent',
      });
      expect(modelOf(chart).totals!.map((total) => total.y)).to.deep.equal([40, 40]);
      expect(specOf(chart).series.map((s) => s.values)).to.deep.equal([
        [75, 25],
        [25, 75],
        [20, 20],
      ]);
      const lines = chartOf([series('A', [1, 2])], { type: 'line', stacking: 'stacked' });
      expect(modelOf(lines).stacking).to.equal('none');
      expect(summary(modelOf(lines), 'en', words)).to.match(/^Line chart\./);
    });

    it('draws the shares of a percent chart on a date axis too', () => {
      const chart = chartOf(
        [
          series('A', [
            { x: '2026-01-05', y: 30 },
            { x: '2026-01-06', y: 10 },
          ]),
          series('B', [
            { x: '2026-01-05', y: 10 },
            { x: '2026-01-06', y: 30 },
          ]),
        ],
        { type: 'area', stacking: 'percent', x: { type: 'date' } },
      );
      const spec = specOf(chart);
      expect(spec.index.kind).to.equal('time');
      expect(spec.series.map((s) => (s.values as { y: number | null }[]).map((point) => point.y))).to.deep.equal([
        [75, 25],
        [25, 75],
      ]);
    });

    it('does not stack series on two axes of a shared panel', () => {
      const chart = chartOf([series('A', [1], { unit: 'a' }), series('B', [2], { unit: 'b' })], {
        stacking: 'stacked',
        layout: 'shared',
      });
      expect(modelOf(chart).stacking).to.equal('none');
    });
  });

  describe('areas', () => {
    it('draws an area chart of dates on a time axis, and calls it an area chart', () => {
      const chart = chartOf(
        [
          series('A', [
            { x: '2026-01-05', y: 1 },
            { x: '2026-01-09', y: 3 },
          ]),
        ],
        {
          type: 'area',
          x: { type: 'date' },
        },
      );
      const model = modelOf(chart);
      expect([model.type, model.time, model.series[0]!.type]).to.deep.equal(['area', true, 'area']);
      expect(specOf(chart).index.kind).to.equal('time');
      expect(summary(model, 'en', words)).to.match(/^Area chart\./);
      expect(usesForms(model)).to.equal(true);
    });
  });

  describe('dates by their precision', () => {
    const monthly = chartOf(
      [
        series('A', [
          { x: '2026-04', y: 1 },
          { x: '2026-05', y: 2 },
        ]),
      ],
      { type: 'bar', x: { type: 'date' } },
    );

    it('reads a month as a month on the axis, in the table and in the summary, never as its first day', () => {
      const model = modelOf(monthly);
      expect(model.precision).to.equal('month');
      expect(model.rows.map((row) => row.label)).to.deep.equal(['Apr 2026', 'May 2026']);
      expect(summary(model, 'en', words)).to.include('Apr 2026: 1');
      expect(summary(model, 'en', words)).not.to.include('Apr 1');
    });

    it('takes the precision the author gives, a quarter or a year', () => {
      const quarterly = { ...monthly, x: { type: 'date' as const, precision: 'quarter' as const } };
      expect(modelOf(quarterly).rows.map((row) => row.label)).to.deep.equal(['Q2 2026', 'Q2 2026']);
      const yearly = chartOf(
        [
          series('A', [
            { x: '2019', y: 1 },
            { x: '2020', y: 2 },
          ]),
        ],
        { x: { type: 'date' } },
      );
      expect(modelOf(yearly).rows.map((row) => row.label)).to.deep.equal(['2019', '2020']);
    });

    it('writes a month in Russian and Kazakh in their own forms', () => {
      const ru = modelOf(monthly, 'ru').rows[0]!.label;
      const kk = modelOf(monthly, 'kk').rows[0]!.label;
      expect(ru).to.match(/апр/i);
      expect(ru).not.to.match(/\b1\b/);
      expect(kk).to.match(/сәу/i);
      expect(kk).to.include('2026');
    });
  });

  describe('ranges', () => {
    const ranged = chartOf([
      series('Estimate', [
        { x: 'a', y: 6000, low: 5000, high: 8000 },
        { x: 'b', y: null, low: 1000, high: 2000 },
        { x: 'c', y: 3000 },
      ]),
    ]);

    it('reads a range "between … and …" with its value, or alone when only the range is known', () => {
      const [a, b, c] = ranged.series[0]!.data;
      expect(valueText(ranged.series[0]!, a!, 'en', false)).to.equal('6,000 (between 5,000 and 8,000)');
      expect(valueText(ranged.series[0]!, b!, 'en', false)).to.equal('between 1,000 and 2,000');
      expect([a, b, c].map((point) => hasValue(point!))).to.deep.equal([true, true, true]);
      expect(hasValue({ x: 'd', y: null })).to.equal(false);
    });

    it('gives the renderer each value its interval, and a range-only point no bar', () => {
      const spec = specOf(ranged);
      expect(spec.series[0]!.values).to.deep.equal([6000, null, 3000]);
      expect(spec.series[0]!.ranges).to.deep.equal([{ low: 5000, high: 8000 }, { low: 1000, high: 2000 }, null]);
      expect(spec.tooltip.label(0, 1)).to.equal('Estimate: between 1,000 and 2,000');
      expect(modelOf(ranged).panels[0]!.max).to.equal(8000);
    });

    it('says the range in the summary, in Russian and Kazakh too', () => {
      expect(summary(modelOf(ranged), 'en', words)).to.include('b: between 1,000 and 2,000');
      expect(summary(modelOf(ranged, 'ru'), 'ru', chartStrings('ru'))).to.match(/от 1\s000 до 2\s000/);
    });
  });

  describe('annotations', () => {
    const chart = chartOf(
      [
        series('A', [
          { x: '2026-01', y: 1 },
          { x: '2026-02', y: 2 },
          { x: '2026-03', y: 3 },
        ]),
      ],
      {
        type: 'line',
        x: { type: 'date', precision: 'month' },
        annotations: [
          { type: 'range', axis: 'x', from: '2026-01', to: '2026-02', label: 'Holiday period' },
          { type: 'line', axis: 'y', value: 2.5 },
          { type: 'note', x: '2026-03', label: 'Peak' },
        ],
      },
    );

    it('says where each annotation is, at the date precision, in the text alternative and the table notes', () => {
      expect(annotationTexts(modelOf(chart))).to.deep.equal(['Holiday period (Jan 2026 – Feb 2026)', '2.5', 'Peak (Mar 2026)']);
      expect(summary(modelOf(chart), 'en', words)).to.include(
        `${words.marked}: Holiday period (Jan 2026 – Feb 2026); 2.5; Peak (Mar 2026).`,
      );
      const described = { ...chart, description: 'Sales by month.' };
      expect(altText(modelOf(described), 'en', words)).to.equal(
        `Sales by month. ${words.marked}: Holiday period (Jan 2026 – Feb 2026); 2.5; Peak (Mar 2026).`,
      );
    });

    it('places annotations for the renderer: dates as timestamps, values as numbers, notes on their point', () => {
      const spec = specOf(chart);
      expect(spec.annotations).to.deep.equal([
        { kind: 'range', axis: 'index', from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 2, 1), panel: 0, label: 'Holiday period' },
        { kind: 'line', axis: 'value', at: 2.5, panel: 0, label: undefined },
        { kind: 'note', series: 0, index: 2, label: 'Peak' },
      ]);
    });

    it('places a date on dates drawn as categories in the period that holds it, and a range on a time axis to the end of its last period', () => {
      const monthlyBars = chartOf(
        [
          series('A', [
            { x: '2026-01', y: 1 },
            { x: '2026-02', y: 2 },
            { x: '2026-03', y: 3 },
          ]),
        ],
        {
          x: { type: 'date' },
          annotations: [{ type: 'line', axis: 'x', value: '2026-02-15', label: 'Mid-February' }],
        },
      );
      expect(specOf(monthlyBars).annotations).to.deep.equal([
        { kind: 'line', axis: 'index', at: 1, panel: 0, label: 'Mid-February' },
      ]);
      const monthlyArea = chartOf(
        [
          series('A', [
            { x: '2026-05', y: 1 },
            { x: '2026-09', y: 2 },
          ]),
        ],
        {
          type: 'area',
          x: { type: 'date' },
          annotations: [{ type: 'range', axis: 'x', from: '2026-06', to: '2026-08', label: 'Holiday period' }],
        },
      );
      expect(specOf(monthlyArea).annotations).to.deep.equal([
        { kind: 'range', axis: 'index', from: Date.UTC(2026, 5, 1), to: Date.UTC(2026, 8, 1), panel: 0, label: 'Holiday period' },
      ]);
    });

    it('places an annotation on a category by its index', () => {
      const bars = chartOf([series('A', [1, 2, 3])], { annotations: [{ type: 'line', axis: 'x', value: 'c1', label: 'Here' }] });
      expect(specOf(bars).annotations).to.deep.equal([{ kind: 'line', axis: 'index', at: 1, panel: 0, label: 'Here' }]);
    });
  });

  describe('highlight', () => {
    it('mutes the series that are not highlighted and emphasises the others', () => {
      const chart = chartOf([series('A', [1, 2]), series('B', [2, 1])], { highlight: ['b'] });
      const spec = specOf(chart);
      expect(spec.series.map((s) => [s.muted, s.emphasised])).to.deep.equal([
        [true, false],
        [false, true],
      ]);
      expect(spec.highlightCategories).to.deep.equal([]);
    });

    it('highlights categories by their x', () => {
      const spec = specOf(chartOf([series('A', [1, 2, 3])], { highlight: ['c2'] }));
      expect(spec.highlightCategories).to.deep.equal([2]);
      expect(spec.series[0]!.muted).to.equal(false);
    });
  });

  describe('labels that keep their words', () => {
    it('writes every value label of a panel in one notation', () => {
      const chart = chartOf([series('A', [148_200, 96_400], { currency: undefined })]);
      const spec = specOf(chart);
      expect([0, 1].map((i) => spec.series[0]!.valueLabel!(i))).to.deep.equal(['148.2K', '96.4K']);
    });

    it('marks qualified values for the renderer, and explains the mark once', () => {
      const chart = chartOf([
        series('A', [
          { x: 'a', y: 148_200, qualifier: 'about' },
          { x: 'b', y: 1 },
        ]),
      ]);
      expect(specOf(chart).series[0]!.qualified).to.deep.equal([true, false]);
      expect(specOf(chart).qualifierMark).to.equal('*');
      expect(specOf(chartOf([series('A', [1])])).series[0]!.qualified).to.equal(undefined);
    });

    it('does not repeat a unit its label already names', () => {
      const model = modelOf(
        chartOf([series('Hectares burned', [1], { unit: 'hectares' }), series('Homes', [1], { unit: 'homes' })]),
      );
      expect(model.series.map((s) => s.header)).to.deep.equal(['Hectares burned', 'Homes']);
      const other = modelOf(chartOf([series('Burned', [1], { unit: 'hectares' })]));
      expect(other.series[0]!.header).to.equal('Burned (hectares)');
    });
  });

  it('needs the forms code only for a new form', () => {
    expect(usesForms(modelOf(chartOf([series('A', [1, 2])])))).to.equal(false);
    expect(usesForms(modelOf(stacked('stacked')))).to.equal(true);
    expect(usesForms(modelOf(chartOf([series('A', [1])], { highlight: ['a'] })))).to.equal(true);
  });
});
