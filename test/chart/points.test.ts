import { expect, waitUntil } from '@open-wc/testing';
import { COLUMNS } from '../../src/chart/forms/decimate.js';
import { forms, type ChartForms } from '../../src/chart/forms/index.js';
import { DAY } from '../../src/chart/date-ticks.js';
import { pointsOf } from '../../src/chart/points.js';
import { Chart, createChart, type ChartHandle, type ChartSpec } from '../../src/chart/renderer.js';
import { barSpec, bars, line, timeIndex } from './chart-spec.js';

let box: HTMLDivElement;
let handle: ChartHandle | undefined;

/** Draws `spec` in a sized `position: relative` box (with its tooltip box), waits until it is drawn, and gives its points. */
async function draw(spec: ChartSpec, withForms?: ChartForms) {
  box = document.createElement('div');
  box.style.cssText = 'position: relative; width: 480px; height: 270px';
  const canvas = document.createElement('canvas');
  const tip = Object.assign(document.createElement('div'), { className: 'tip', hidden: true });
  box.append(canvas, tip);
  document.body.append(box);
  let drawn = false;
  handle = createChart(canvas, spec, { onRendered: () => (drawn = true), tip }, withForms);
  await waitUntil(() => drawn, 'the chart to be drawn');
  return pointsOf(handle);
}

const tipOf = () => box.querySelector<HTMLElement>('.tip')!;
const active = (made: { canvas: HTMLCanvasElement }) =>
  Chart.getChart(made.canvas)!
    .getActiveElements()
    .map((item) => `${item.datasetIndex}:${item.index}`);

afterEach(() => {
  handle?.destroy();
  handle = undefined;
  box.remove();
});

describe('the points of a chart handle, for the keys and the tones', () => {
  it('gives the values of each series and walks to the next point with a value, either way', async () => {
    const made = await draw(barSpec({ series: [bars([10, null, 30, null]), bars([null, null, null, null])] }));
    expect(made.seriesCount()).to.equal(2);
    expect(made.values(0)).to.deep.equal([10, null, 30, null]);
    expect(made.values(2)).to.deep.equal([]);
    expect([0, 1, 2, 3, 4, -1].map((index) => made.hasValue(0, index))).to.deep.equal([true, false, true, false, false, false]);
    expect(made.withValue(0, 0, 1)).to.equal(0);
    expect(made.withValue(0, 1, 1)).to.equal(2);
    expect(made.withValue(0, 3, 1)).to.equal(undefined);
    expect(made.withValue(0, 3, -1)).to.equal(2);
    expect(made.withValue(0, 1, -1)).to.equal(0);
    expect(made.withValue(1, 0, 1)).to.equal(undefined);
    expect(made.withValue(5, 0, 1)).to.equal(undefined);
  });

  it('finds the nearest point with a value of another series: the same category, else the closest', async () => {
    const made = await draw(barSpec({ series: [bars([1, 2, 3, 4]), bars([5, null, null, 8]), bars([null, null, null, null])] }));
    expect(made.nearest({ series: 0, index: 3 }, 1)).to.equal(3);
    expect(made.nearest({ series: 0, index: 1 }, 1)).to.equal(0);
    expect(made.nearest({ series: 0, index: 2 }, 1)).to.equal(3);
    expect(made.nearest({ series: 0, index: 0 }, 2)).to.equal(undefined);
  });

  it('finds the nearest point by date on a date axis, and gives a decimated point its index in the series', async () => {
    const days = [0, 1, 2, 3].map((d) => d * DAY);
    const made = await draw(
      barSpec({
        type: 'line',
        index: timeIndex(0, 10 * DAY),
        series: [
          line(days.map((x, i) => ({ x, y: i }))),
          line([
            { x: 0, y: 1 },
            { x: 2.4 * DAY, y: null },
            { x: 10 * DAY, y: 2 },
          ]),
        ],
      }),
      // The forms' code decimates a long series (the update below).
      forms,
    );
    expect(made.nearest({ series: 1, index: 2 }, 0)).to.equal(3);
    expect(made.nearest({ series: 0, index: 1 }, 1)).to.equal(0);
    expect(made.nearest({ series: 0, index: 3 }, 1)).to.equal(0);
    expect(made.valueIndex({ series: 0, index: 2 })).to.equal(2);

    // More points than the chart keeps: the drawn points are fewer, and each knows its index in the series.
    const n = 4 * COLUMNS + 10;
    const many = Array.from({ length: n }, (_, i) => ({ x: i * DAY, y: Math.sin(i) }));
    handle!.update(barSpec({ type: 'line', index: timeIndex(0, (n - 1) * DAY), series: [line(many), line([{ x: 0, y: 1 }])] }));
    const drawn = made.values(0).length;
    expect(drawn).to.be.below(n);
    expect(made.valueIndex({ series: 0, index: drawn - 1 })).to.equal(n - 1);
  });

  it('shows a bar as the pointer would, the explored one first, says where it is, and hides it', async () => {
    const made = await draw(barSpec({ series: [bars([10, 20, 30, 40]), bars([1, 2, 3, 4])] }));
    const shown = made.show({ series: 1, index: 2 })!;
    // The whole category, the explored bar first: the tooltip stands by it.
    expect(active(made)).to.deep.equal(['1:2', '0:2']);
    // The tooltip's box loads the first time a point is shown.
    await waitUntil(() => !tipOf().hidden, 'the tooltip to show');
    const bar = Chart.getChart(made.canvas)!.getDatasetMeta(1).data[2]!.getProps(['x', 'y', 'base', 'width'], true);
    expect(shown.bar).to.equal(true);
    expect(shown.x).to.be.closeTo(bar.x, 0.01);
    expect(shown.y).to.be.closeTo((bar.y + bar.base) / 2, 0.01);
    expect(shown.width).to.be.closeTo(bar.width, 0.01);
    expect(shown.height).to.be.closeTo(bar.base - bar.y, 0.01);
    made.hide();
    expect(active(made)).to.deep.equal([]);
    expect(tipOf().hidden).to.equal(true);
    expect(made.show({ series: 0, index: 9 })).to.equal(undefined);
    expect(made.show({ series: 5, index: 0 })).to.equal(undefined);
  });

  it('shows one point of a date axis, as a point with no size', async () => {
    const made = await draw(
      barSpec({
        type: 'line',
        index: timeIndex(0, 2 * DAY),
        series: [line([0, 1, 2].map((d) => ({ x: d * DAY, y: d }))), line([0, 1, 2].map((d) => ({ x: d * DAY, y: 5 - d })))],
      }),
    );
    const shown = made.show({ series: 1, index: 1 })!;
    expect(active(made)).to.deep.equal(['1:1']);
    const point = Chart.getChart(made.canvas)!.getDatasetMeta(1).data[1]!;
    expect([shown.x, shown.y, shown.width, shown.height, shown.bar]).to.deep.equal([point.x, point.y, 0, 0, false]);
  });

  it('are made once a handle, and are none once the chart is destroyed', async () => {
    const made = await draw(barSpec());
    expect(pointsOf(handle!)).to.equal(made);
    handle?.destroy();
    handle = undefined;
    expect(made.seriesCount()).to.equal(0);
    expect(made.values(0)).to.deep.equal([]);
    expect(made.withValue(0, 0, 1)).to.equal(undefined);
    expect(made.show({ series: 0, index: 0 })).to.equal(undefined);
    made.hide();
  });
});
