import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { Chart, createChart, type ChartHandle } from '../../src/chart/renderer.js';
import { barSpec, bars } from './chart-spec.js';

let box: HTMLDivElement;
let handle: ChartHandle | undefined;

/** A sized `position: relative` box with a canvas and, like the element's, a tooltip box after it. */
function setup() {
  box = document.createElement('div');
  box.style.cssText = 'position: relative; width: 480px; height: 270px';
  const canvas = document.createElement('canvas');
  box.append(canvas);
  const tip = Object.assign(document.createElement('div'), { className: 'tip', hidden: true });
  tip.setAttribute('aria-hidden', 'true');
  box.append(tip);
  document.body.append(box);
  return { canvas, tip };
}

/** Draws the test spec and waits until it has been drawn (Chart.js may do that before `createChart` returns). */
async function draw(canvas: HTMLCanvasElement, tip: HTMLElement): Promise<ChartHandle> {
  let drawn = false;
  const made = createChart(canvas, barSpec(), { onRendered: () => (drawn = true), tip });
  await waitUntil(() => drawn, 'the chart to be drawn');
  return made;
}

/** Moves a real pointer over bar `index` and waits for `tip` to show. */
async function hover(canvas: HTMLCanvasElement, tip: HTMLElement, index: number) {
  const bar = Chart.getChart(canvas)!.getDatasetMeta(0).data[index]!;
  const rect = canvas.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(rect.left + bar.x), Math.round(rect.top + bar.y + 5)] });
  await waitUntil(() => !tip.hidden, 'the tooltip to show');
}

afterEach(async () => {
  handle?.destroy();
  handle = undefined;
  box.remove();
  await sendMouse({ type: 'move', position: [0, 0] });
});

describe('createChart and the tooltip box', () => {
  it('fills the box the element gives, and makes none of its own', async () => {
    const { canvas, tip } = setup();
    handle = await draw(canvas, tip);
    expect(box.querySelectorAll('.tip')).to.have.length(1);
    await hover(canvas, tip, 2);
    expect(tip.querySelector('b')?.textContent).to.equal('Category 2');
    expect(tip.querySelector('span')?.textContent).to.equal('Series 0: 2');
    expect(tip.style.translate).to.match(/^\d+(\.\d+)?px \d+(\.\d+)?px$/);
  });

  it('refills the given box after an update, hides it for a new chart and on destroy, and never removes it', async () => {
    const { canvas, tip } = setup();
    handle = await draw(canvas, tip);
    await hover(canvas, tip, 1);
    // Chart.js replays the pointer after an update: the box shows the new spec's text.
    const tooltip = { ...barSpec().tooltip, label: (_: number, i: number) => `Updated ${i}` };
    handle.update(barSpec({ series: [bars([40, 30, 20, 10])], tooltip }));
    await waitUntil(() => tip.querySelector('span')?.textContent === 'Updated 1', 'the tooltip to show the update');
    // A structural change makes the chart anew, with the same box, hidden until the pointer finds a point of the new chart.
    handle.update(barSpec({ horizontal: true }));
    expect(Chart.getChart(canvas)?.options.indexAxis).to.equal('y');
    expect(tip.hidden).to.equal(true);
    await hover(canvas, tip, 3);
    expect(tip.querySelector('b')?.textContent).to.equal('Category 3');
    expect(box.querySelectorAll('.tip')).to.have.length(1);
    handle.destroy();
    handle = undefined;
    expect(tip.isConnected).to.equal(true);
    expect(tip.hidden).to.equal(true);
    expect(Chart.getChart(canvas)).to.equal(undefined);
  });
});
