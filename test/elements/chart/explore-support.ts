/** Helpers for the tests of exploring a chart: a stage between two buttons, a real Tab onto the plot, key presses. */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/chart/chart.js';
import type { ChartElement } from '../../../src/elements/chart/chart.js';
import type { Payload, Series } from '../../../src/payload/schema.js';
import { part, shadowOf } from '../helpers.js';
import { mountChart } from './chart-support.js';

export type PointDetail = { chart: string; series: string; x: string; y: number };

/** Where a test mounts its chart (720 px wide), between a button before and one after it. */
export let container: HTMLElement;
let before: HTMLButtonElement;
let after: HTMLButtonElement;

/** Sets the stage up before each test of the file, and takes it and any emulated media down after. */
export function useStage(): void {
  beforeEach(() => {
    container = document.createElement('div');
    container.style.width = '720px';
    before = Object.assign(document.createElement('button'), { textContent: 'Before' });
    after = Object.assign(document.createElement('button'), { textContent: 'After' });
    document.body.append(before, container, after);
  });
  afterEach(async () => {
    await executeServerCommand('nw-media', {});
    container.remove();
    before.remove();
    after.remove();
  });
}

/** The text of the chart's polite live region. */
export const live = (element: Element) => part(element, '[aria-live="polite"]').textContent ?? '';
export const mark = (element: Element) => part(element, '.mark');
export const tip = (element: Element) => part(element, '.tip');

/** Mounts a chart, records its nw-point events, and tabs onto its plot with a real key press. */
export async function explore(payload: Payload, setup: (element: ChartElement) => void = () => undefined) {
  const { element } = await mountChart(container, (el) => {
    el.payload = payload;
    setup(el);
  });
  const points: PointDetail[] = [];
  element.addEventListener('nw-point', (event) => points.push((event as CustomEvent<PointDetail>).detail));
  before.focus();
  await sendKeys({ press: 'Tab' });
  expect(shadowOf(element).activeElement?.localName).to.equal('canvas');
  // The explorer loads on the first focus.
  await waitUntil(() => shadowOf(element).querySelector('.mark'), 'the explorer to load');
  return { element, points };
}

/** Presses `key` and waits for the tooltip to show the point. */
export async function press(element: Element, key: string): Promise<void> {
  await sendKeys({ press: key });
  await waitUntil(() => !tip(element).hidden && !mark(element).hidden, `the point after ${key}`);
}

/** A daily price in tenge with no value on 4 January; `last` adds to its last point (5 January, 12). */
export function priceWithGap(last: Partial<Series['data'][number]> = {}): Series {
  return {
    id: 'price',
    label: 'Price',
    unit: 'tenge',
    data: [
      { x: '2022-01-03', y: 10 },
      { x: '2022-01-04', y: null },
      { x: '2022-01-05', y: 12, ...last },
    ],
  };
}
