/** Helpers for the nw-chart tests: the live Chart.js chart of an element, and generated payloads. */
import { waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { Chart } from '../../../src/chart/renderer.js';
import type { ChartElement } from '../../../src/elements/chart/chart.js';
import type { Payload } from '../../../src/payload/schema.js';
import { mount, part } from '../helpers.js';

export { Chart };

/** The Chart.js chart drawn on an element's canvas (fails when there is none). */
export function chartOf(element: Element): Chart {
  const chart = Chart.getChart(part(element, 'canvas') as HTMLCanvasElement);
  if (!chart) throw new Error('no Chart.js chart on the canvas');
  return chart;
}

/** Moves the mouse over a drawn point and returns the tooltip once it shows. */
export async function hoverPoint(element: Element, datasetIndex: number, dataIndex: number): Promise<HTMLElement> {
  const chart = chartOf(element);
  const point = chart.getDatasetMeta(datasetIndex).data[dataIndex];
  if (!point) throw new Error(`no drawn point ${dataIndex} in series ${datasetIndex}`);
  const tip = chart.canvas.parentElement!.querySelector<HTMLElement>('.tip');
  if (!tip) throw new Error('no tooltip box beside the canvas');
  // From outside the chart, so the tooltip is shown afresh.
  await sendMouse({ type: 'move', position: [0, 0] });
  await waitUntil(() => tip.hidden, 'the tooltip to hide');
  chart.canvas.scrollIntoView({ block: 'center' });
  const box = chart.canvas.getBoundingClientRect();
  // A real pointer (trusted events): Chart.js reads the position after the event has left the shadow root.
  await sendMouse({ type: 'move', position: [Math.round(box.left + point.x), Math.round(box.top + point.y)] });
  await waitUntil(() => !tip.hidden, 'the tooltip to show');
  return tip;
}

/** How many Chart.js charts exist on the page. */
export function chartCount(): number {
  return Object.keys(Chart.instances).length;
}

/** Mounts an nw-chart and waits for its first nw-render or nw-error. */
export async function mountChart(container: HTMLElement, setup: (element: ChartElement) => void = () => undefined) {
  return mount<ChartElement>(container, 'nw-chart', setup);
}

type ChartInput = NonNullable<Payload['charts']>[number];

/** A payload with one generated chart (test data, not the story). */
export function payloadWith(chart: Partial<ChartInput> & Pick<ChartInput, 'series'>, extra: Partial<Payload> = {}): Payload {
  return {
    version: 1,
    id: 'generated',
    sources: { gen: { name: 'Generated test data', url: 'https://example.org/data' } },
    ...extra,
    charts: [{ id: 'generated-chart', ...chart }],
  };
}

/** `n` consecutive ISO days from 2021-01-01. */
export function days(n: number, start = Date.UTC(2021, 0, 1)): string[] {
  return Array.from({ length: n }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

/** The tick labels a scale shows, as text. */
export function tickLabels(chart: Chart, id: string): string[] {
  const scale = chart.scales[id];
  if (!scale) throw new Error(`no scale ${id}`);
  return scale.ticks.map((tick) => (Array.isArray(tick.label) ? tick.label.join(' ') : String(tick.label ?? '')));
}

/** Waits for the next nw-render of an element. */
export function nextRender(element: Element): Promise<Event> {
  return new Promise((resolve) => element.addEventListener('nw-render', resolve, { once: true }));
}
