import { expect } from '@open-wc/testing';
import type { ChartSpec, SeriesSpec } from '../../src/chart/spec.js';
import { barSpec, bars, line } from './chart-spec.js';
import { clearDrawn, drawn, textsOn } from './drawn.js';

afterEach(clearDrawn);

const qualified = (series: SeriesSpec, which: number[]): SeriesSpec => ({
  ...series,
  qualified: series.values.map((_, i) => which.includes(i)),
});
/** The qualifier marks drawn on a redraw of `spec`'s chart, with where. */
async function marksOf(spec: ChartSpec, width = 480) {
  const { chart } = await drawn(spec, undefined, width);
  const texts = textsOn(chart.canvas);
  chart.draw();
  return { chart, marks: texts.filter((text) => text.text === spec.qualifierMark) };
}

describe('qualifier marks', () => {
  it('marks the qualified bars and points of series without value labels, just beyond their ends', async () => {
    const { chart, marks } = await marksOf(
      barSpec({ series: [qualified(bars([10, 20, -30, 40]), [1, 2]), qualified(line([5, 6, 7, 8]), [3])] }),
    );
    expect(marks).to.have.length(3);
    const [up, down, point] = marks;
    const bar = (series: number, i: number) => chart.getDatasetMeta(series).data[i]!;
    expect(up!.x).to.be.closeTo(bar(0, 1).x, 0.5);
    expect(up!.y).to.be.below(bar(0, 1).y);
    // A negative column's mark is below its end.
    expect(down!.y).to.be.above(bar(0, 2).y);
    expect(point!.y).to.be.below(bar(1, 3).y);
  });

  it('leaves the mark out where the value label (which carries the qualifier) is drawn, and draws it where labels do not fit', async () => {
    const labelled = qualified({ ...bars([10, 20, 30, 40]), valueLabel: (i) => `about ${[10, 20, 30, 40][i]}` }, [0]);
    expect((await marksOf(barSpec({ series: [labelled] }))).marks).to.have.length(0);
    clearDrawn();
    // Too narrow for any label: none is drawn, so the mark is.
    const long = { ...labelled, valueLabel: () => 'about 10,000,000,000,000 people detained' };
    expect((await marksOf(barSpec({ series: [long] }), 200)).marks).to.have.length(1);
  });

  it('puts the mark of a horizontal bar after its end, and the mark of a bar with a range beside its error bar', async () => {
    const spec = barSpec({
      horizontal: true,
      series: [{ ...qualified(bars([10, 20, 30, 40]), [0, 1]), ranges: [null, { low: 15, high: 25 }, null, null] }],
    });
    const { chart, marks } = await marksOf(spec);
    const bar = (i: number) => chart.getDatasetMeta(0).data[i]!;
    expect(marks[0]!.x).to.be.above(bar(0).x);
    expect(marks[0]!.y).to.be.closeTo(bar(0).y, 0.5);
    expect(marks[1]!.y).to.be.below(bar(1).y - 5);
  });
});
