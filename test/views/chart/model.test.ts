import { expect } from '@open-wc/testing';
import { buildModel, parseAspectRatio, plotBox, sizedByRows } from '../../../src/views/chart/model.js';
import type { Chart } from '../../../src/payload/schema.js';
import { chartOf, series } from './support.js';

const model = (chart: Chart, type?: string, orientation?: string) => buildModel(undefined, chart, type, orientation, 'en');
const rowKeys = (chart: Chart) => model(chart).rows.map((row) => row.x);

describe('views/chart/model: rows', () => {
  it('keeps categories in order of first appearance across series', () => {
    const chart = chartOf([
      series('A', [
        { x: 'b', y: 1 },
        { x: 'a', y: 2 },
      ]),
      series('B', [
        { x: 'c', y: 3 },
        { x: 'a', y: 4 },
      ]),
    ]);
    expect(rowKeys(chart)).to.deep.equal(['b', 'a', 'c']);
    const built = model(chart);
    expect(built.rows.map((row) => row.label)).to.deep.equal(['b', 'a', 'c']);
    expect(built.series[1]!.cells.map((cell) => cell?.y)).to.deep.equal([undefined, 4, 3]);
    expect(built.time).to.equal(false);
  });

  it('sorts dates in time order, labels them, and draws only the rows a line has', () => {
    const chart = chartOf(
      [
        series('A', [
          { x: '2022-01-09', y: 1 },
          { x: '2022-01-05', y: 2 },
        ]),
        series('B', [{ x: '2022-01-07', y: 3 }]),
      ],
      { type: 'line', x: { type: 'date' } },
    );
    const built = model(chart);
    expect(built.rows.map((row) => row.x)).to.deep.equal(['2022-01-05', '2022-01-07', '2022-01-09']);
    expect(built.rows.map((row) => row.label)).to.deep.equal(['Jan 5, 2022', 'Jan 7, 2022', 'Jan 9, 2022']);
    expect(built.rows[0]!.ms).to.equal(Date.UTC(2022, 0, 5));
    expect([built.time, built.utc]).to.deep.equal([true, true]);
    expect(built.series.map((s) => s.drawn)).to.deep.equal([[0, 2], [1]]);
  });

  it('draws every row of date bars (categories, not a time axis), and reads date-times as local', () => {
    const bars = model(chartOf([series('A', [{ x: '2022-01-09', y: 1 }])], { x: { type: 'date' } }));
    expect([bars.time, bars.series[0]!.drawn]).to.deep.equal([false, [0]]);
    const times = model(chartOf([series('A', [{ x: '2022-01-09T15:30', y: 1 }])], { type: 'line', x: { type: 'date' } }));
    expect(times.utc).to.equal(false);
    expect(times.rows[0]!.label.replace(/\s/g, ' ')).to.equal('Jan 9, 2022, 3:30 PM');
  });

  it('keeps the first point of a duplicate x', () => {
    const built = model(
      chartOf([
        series('A', [
          { x: 'a', y: 1, note: 'first' },
          { x: 'a', y: 2 },
          { x: 'b', y: 3 },
        ]),
      ]),
    );
    expect(built.rows.map((row) => row.x)).to.deep.equal(['a', 'b']);
    expect(built.series[0]!.cells.map((cell) => cell?.y)).to.deep.equal([1, 3]);
    expect(built.series[0]!.cells[0]!.note).to.equal('first');
  });
});

describe('views/chart/model: panels and legend', () => {
  const people = (label: string) => series(label, [1000, -7000], { unit: 'people' });
  const money = series('Damage', [2e8, 1e8], { unit: 'US dollars', currency: 'USD' });

  it('gives each unit a panel of its own, by default', () => {
    const built = model(chartOf([people('Detained'), money, people('Injured')]));
    expect(built.layout).to.equal('panels');
    expect(built.series.map((s) => s.panel)).to.deep.equal([0, 1, 0]);
    expect(built.panels).to.deep.equal([
      { title: 'people', currency: undefined, max: 7000 },
      { title: 'Damage (US dollars)', currency: 'USD', max: 2e8 },
    ]);
    // Panel 0 holds two series: the legend tells them apart.
    expect(built.legend).to.equal(true);
    expect(built.barsPerRow).to.equal(2);
  });

  it('gives every series a panel with layout "panels"', () => {
    const built = model(chartOf([people('Detained'), people('Injured')], { layout: 'panels' }));
    expect(built.series.map((s) => s.panel)).to.deep.equal([0, 1]);
    expect(built.panels.map((panel) => panel.title)).to.deep.equal(['Detained (people)', 'Injured (people)']);
    expect(built.legend).to.equal(false);
    expect(built.barsPerRow).to.equal(1);
  });

  it('shares one panel on two axes with layout "shared" and two units, else falls back to panels', () => {
    const dual = model(chartOf([people('Detained'), money], { layout: 'shared' }));
    expect(dual.layout).to.equal('dual');
    expect(dual.panels).to.have.length(2);
    expect(dual.legend).to.equal(true);
    // Both series' bars stand side by side in each row.
    expect(dual.barsPerRow).to.equal(2);
    const euros = series('Other', [1], { unit: 'euros', currency: 'EUR' });
    const three = model(chartOf([people('Detained'), money, euros], { layout: 'shared' }));
    expect([three.layout, three.panels.length]).to.deep.equal(['panels', 3]);
  });

  it('has no legend for one series, and counts only bars per row', () => {
    expect(model(chartOf([people('Detained')])).legend).to.equal(false);
    const mixed = model(chartOf([people('Detained'), series('Trend', [1, 2], { unit: 'people', type: 'line' })]));
    expect(mixed.barsPerRow).to.equal(1);
  });

  it('colours series by their own hex or the palette, cycling after six', () => {
    const list = Array.from({ length: 7 }, (_, i) => series(`S${i}`, [i], i === 1 ? { color: '#123456' } : {}));
    const colors = model(chartOf(list)).series.map((s) => s.color);
    expect(colors[0]).to.equal('var(--nw-series-1)');
    expect(colors[1]).to.equal('#123456');
    expect(colors[6]).to.equal('var(--nw-series-1)');
  });

  it('takes a valid forced type and orientation, ignores others, and names the CSV file', () => {
    const chart = chartOf([people('Detained')], { type: 'line' });
    expect([model(chart, 'bar', 'horizontal').type, model(chart, 'bar', 'horizontal').horizontal]).to.deep.equal(['bar', true]);
    expect([model(chart, 'pie', 'sideways').type, model(chart, 'pie', 'sideways').horizontal]).to.deep.equal(['line', false]);
    expect(buildModel({ version: 1, id: 'kz' }, chart, undefined, undefined, 'en').fileName).to.equal('kz-test-chart.csv');
    expect(model(chart).fileName).to.equal('test-chart.csv');
  });

  it('makes no text: the CSV and the summary are made on demand', () => {
    expect(Object.keys(model(chartOf([people('Detained')])))).to.not.include.members(['csv', 'alt']);
  });
});

describe('views/chart/model: the box', () => {
  it('parses aspect ratios', () => {
    expect(parseAspectRatio('16/9')).to.be.closeTo(16 / 9, 1e-9);
    expect(parseAspectRatio(' 4 : 3 ')).to.be.closeTo(4 / 3, 1e-9);
    expect(parseAspectRatio('1.5')).to.equal(1.5);
    for (const bad of [undefined, '', 'wide', '0', '16/0', '100', '-2']) expect(parseAspectRatio(bad), bad).to.equal(undefined);
  });

  it('sizes the box from the ratio, at most 4/3 when narrow', () => {
    const built = model(chartOf([series('A', [1, 2, 3])]));
    expect(plotBox(built, undefined)).to.deep.equal({
      '--_height': '16em',
      '--_narrow-height': '21.25em',
      '--_ratio': String(16 / 9),
      '--_narrow-ratio': String(4 / 3),
      '--_min-height': '0',
    });
    expect(plotBox(built, '1')['--_narrow-ratio']).to.equal('1');
    // Two bars per row, and no panel header (two series without a unit share a panel with no title).
    const shared = model(chartOf([series('A', [1]), series('B', [2])]));
    expect(plotBox(shared, undefined)['--_height']).to.equal('8.75em');
  });

  it('gives stacked panels a least height, and sizes horizontal bars by their rows', () => {
    const two = chartOf([series('A', [1], { unit: 'a' }), series('B', [2], { unit: 'b' })]);
    expect(plotBox(model(two), undefined)['--_min-height']).to.equal('15.5em');
    expect(plotBox(model(two, undefined, 'horizontal'), undefined)['--_min-height']).to.equal('0');
    expect(sizedByRows(model(two, undefined, 'horizontal'), undefined)).to.equal(true);
    expect(sizedByRows(model(two, undefined, 'horizontal'), '2')).to.equal(false);
    expect(sizedByRows(model(two, 'line', 'horizontal'), undefined)).to.equal(false);
    expect(sizedByRows(model(two), undefined)).to.equal(false);
  });
});
