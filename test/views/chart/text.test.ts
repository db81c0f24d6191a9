import { expect } from '@open-wc/testing';
import { chartStrings } from '../../../src/format/chart-strings.js';
import { buildModel } from '../../../src/views/chart/model.js';
import { altText, summary, valueText } from '../../../src/views/chart/text.js';
import type { Chart } from '../../../src/payload/schema.js';
import { chartOf, series } from './support.js';

const ui = chartStrings('en');
const model = (chart: Chart) => buildModel(undefined, chart, undefined, undefined, 'en');
const summaryOf = (chart: Chart) => summary(model(chart), 'en', ui);

describe('views/chart/text: valueText', () => {
  const damage = series('Damage', [2e8], { currency: 'USD' });
  const point = { x: 'a', y: 2e8, qualifier: 'more-than' as const };

  it('keeps the qualifier, compact or full, for the eye and for speech', () => {
    expect(valueText(damage, point, 'en', false)).to.equal('more than $200,000,000');
    expect(valueText(damage, point, 'en', true)).to.equal('more than $200M');
    expect(valueText(damage, point, 'en', true, true)).to.equal('more than 200 million US dollars');
    expect(valueText(series('Detained', [1]), { x: 'a', y: 5000, qualifier: 'about' }, 'en', false)).to.equal('about 5,000');
  });
});

describe('views/chart/text: summary', () => {
  it('says the kind of chart and the one value of a single row', () => {
    const chart = chartOf([series('Detained', [{ x: 'January', y: 5000, qualifier: 'more-than' }], { unit: 'people' })]);
    expect(summaryOf(chart)).to.equal('Bar chart. Detained (people): more than 5,000.');
  });

  it('counts panels, and lists every point of a series of at most 12', () => {
    const chart = chartOf(
      [
        series('Detained', [1, 2], { unit: 'people' }),
        series('Damage', [{ x: 'c0', y: 3e6, qualifier: 'about' }], { unit: 'US dollars', currency: 'USD' }),
      ],
      { type: 'line' },
    );
    expect(summaryOf(chart)).to.equal(
      'Line chart in 2 panels. Detained (people) — c0: 1; c1: 2. Damage (US dollars) — c0: about 3 million US dollars.',
    );
    const twelve = summaryOf(
      chartOf([
        series(
          'A',
          Array.from({ length: 12 }, (_, i) => i),
        ),
      ]),
    );
    expect(twelve.match(/c\d+:/g)).to.have.length(12);
  });

  it('gives a series of more than 12 points as its range, lowest and highest', () => {
    const ys = Array.from({ length: 13 }, (_, i) => (i === 4 ? 2_500_000 : i === 9 ? -1 : i));
    const chart = chartOf([
      series(
        'A',
        ys.map((y, i) => ({ x: `c${i}`, y, ...(i === 4 ? { qualifier: 'up-to' as const } : {}) })),
      ),
    ]);
    expect(summaryOf(chart)).to.equal('Bar chart. A: from c0 to c12: lowest -1 (c9), highest up to 2.5 million (c4).');
  });

  it('speaks values under a million in full, and says when a series has none', () => {
    const chart = chartOf([series('A', [999_999, 1_000_000]), series('B', [null, null])]);
    expect(summaryOf(chart)).to.equal('Bar chart. A — c0: 999,999; c1: 1 million. B: no value.');
  });

  it('is the text alternative unless the author wrote one', () => {
    const chart = chartOf([series('A', [1])]);
    expect(altText(model(chart), 'en', ui)).to.equal(summaryOf(chart));
    expect(altText(model({ ...chart, description: '  Detentions by day. ' }), 'en', ui)).to.equal('Detentions by day.');
    expect(altText(model({ ...chart, description: '   ' }), 'en', ui)).to.equal('Bar chart. A: 1.');
  });
});
