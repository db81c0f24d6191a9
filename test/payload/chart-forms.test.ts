import { expect } from '@open-wc/testing';
import { parsePayload } from '../../src/payload/index.js';
import { isRealPeriod } from '../../src/payload/chart-rules.js';

/** A payload of one chart (test data), with `extra` fields on the chart and `points` as its series' data. */
function payloadWith(
  extra: Record<string, unknown>,
  points: unknown[] = [
    { x: 'a', y: 1 },
    { x: 'b', y: 2 },
  ],
) {
  return {
    version: 1,
    charts: [
      {
        id: 'c',
        series: [
          { id: 's', label: 'S', data: points },
          { id: 't', label: 'T', data: points },
        ],
        ...extra,
      },
    ],
  };
}

function problems(input: unknown): Record<string, string> {
  const result = parsePayload(input);
  return Object.fromEntries(result.problems.map((p) => [p.path, p.message]));
}

describe('payload: the chart forms', () => {
  it('accepts every new form at once', () => {
    const result = parsePayload(
      payloadWith(
        {
          type: 'area',
          stacking: 'percent',
          x: { type: 'date', precision: 'month' },
          highlight: ['s'],
          annotations: [
            { type: 'line', axis: 'y', value: 50, label: 'Half' },
            { type: 'range', axis: 'x', from: '2026-01', to: '2026-02', label: 'Holidays' },
            { type: 'note', x: '2026-02', series: 't', label: 'Peak' },
          ],
        },
        [
          { x: '2026-01', y: 1, low: 0.5, high: 2 },
          { x: '2026-02', y: null, low: 1, high: 3 },
        ],
      ),
    );
    expect(result.problems).to.deep.equal([]);
  });

  it('refuses an unknown stacking, type or precision', () => {
    const found = problems(
      payloadWith({ stacking: 'piled', type: 'pie', x: { type: 'date', precision: 'week' } }, [{ x: '2026-01', y: 1 }]),
    );
    expect(Object.keys(found)).to.have.members(['charts[0].stacking', 'charts[0].type', 'charts[0].x.precision']);
  });

  it('takes a year and a month as date-axis x values, and refuses a month that does not exist', () => {
    expect(['2026', '2026-04', '2026-04-09', '2026-04-09T10:00Z'].map(isRealPeriod)).to.deep.equal([true, true, true, true]);
    const refused = ['2026-13', '2026-00', '2026-02-30', '26', 'April', '2026-04-09T10', '2026-04-09 10:00', '2026-04-09junk'];
    expect(refused.map(isRealPeriod)).to.deep.equal(refused.map(() => false));
    const found = problems(payloadWith({ x: { type: 'date' } }, [{ x: '2026-13', y: 1 }]));
    expect(found['charts[0].series[0].data[0].x']).to.match(/"2026-13" is not a real date: write 2026, 2026-04/);
  });

  it('wants a range whole and in order', () => {
    const found = problems(
      payloadWith({}, [
        { x: 'a', y: 1, low: 2 },
        { x: 'b', y: 1, low: 5, high: 3 },
      ]),
    );
    expect(found['charts[0].series[0].data[0].high']).to.equal('is required with low');
    expect(found['charts[0].series[0].data[1].low']).to.equal('must not be above high (5 > 3)');
  });

  it('checks what each annotation names', () => {
    const found = problems(
      payloadWith({
        annotations: [
          { type: 'line', axis: 'y', value: 'high' },
          { type: 'line', axis: 'x', value: 'z' },
          { type: 'note', x: 'a', series: 'nope', label: 'N' },
          { type: 'circle' },
        ],
      }),
    );
    expect(found['charts[0].annotations[0].value']).to.equal('must be a number on the y axis');
    expect(found['charts[0].annotations[1].value']).to.equal('names x "z", which no point has');
    expect(found['charts[0].annotations[2].series']).to.equal('names series "nope", which the chart does not have (it has s, t)');
    expect(found['charts[0].annotations[3]']).to.match(/must be a line/);
  });

  it('refuses more than 20 annotations', () => {
    const many = Array.from({ length: 21 }, () => ({ type: 'line', axis: 'y', value: 1 }));
    expect(problems(payloadWith({ annotations: many }))['charts[0].annotations']).to.equal('must have at most 20 items');
  });

  it('checks that a highlight names a series or an x', () => {
    expect(problems(payloadWith({ highlight: ['s', 'b', 'q'] }))).to.deep.equal({
      'charts[0].highlight[2]': 'names "q", which is neither a series id nor an x value of the chart',
    });
  });

  it('takes a figure as a range, in order and without a qualifier', () => {
    const figure = (value: unknown, extra = {}) => ({ version: 1, figures: [{ id: 'f', label: 'F', value, ...extra }] });
    expect(parsePayload(figure({ low: 5000, high: 8000 })).ok).to.equal(true);
    expect(problems(figure({ low: 9, high: 8 }))).to.deep.equal({ 'figures[0].value.low': 'must not be above high (9 > 8)' });
    expect(Object.keys(problems(figure({ low: 1, high: 2 }, { qualifier: 'about' })))).to.deep.equal(['figures[0].qualifier']);
    expect(problems(figure({ low: 1 }))['figures[0].value']).to.match(/or a range \{ "low": 5000, "high": 8000 \}/);
  });
});
