/** Draws test specs on a real canvas, with or without the forms' code, and reads what was drawn. */
import { waitUntil } from '@open-wc/testing';
import { createChart, type ChartForms, type ChartHandle, type ChartSpec } from '../../src/chart/renderer.js';
import type { NwChart } from '../../src/chart/config/index.js';

let boxes: HTMLElement[] = [];
let handles: ChartHandle[] = [];

/** Draws `spec` in a sized `position: relative` box (with its tooltip box) and waits until it is drawn. */
export async function drawn(
  spec: ChartSpec,
  forms?: ChartForms,
  width = 480,
  height = 270,
): Promise<{ chart: NwChart; handle: ChartHandle }> {
  const box = document.createElement('div');
  box.style.cssText = `position: relative; width: ${width}px; height: ${height}px`;
  const canvas = document.createElement('canvas');
  const tip = Object.assign(document.createElement('div'), { className: 'tip', hidden: true });
  box.append(canvas, tip);
  document.body.append(box);
  boxes.push(box);
  let done = false;
  const handle = createChart(canvas, spec, { onRendered: () => (done = true), tip }, forms);
  handles.push(handle);
  await waitUntil(() => done, 'the chart to be drawn');
  return { chart: handle.current()!, handle };
}

/** Destroys the charts drawn by `drawn` and removes their boxes. */
export function clearDrawn(): void {
  for (const handle of handles) handle.destroy();
  for (const box of boxes) box.remove();
  handles = [];
  boxes = [];
}

/** The colour drawn at (x, y) in CSS pixels, as [r, g, b, a]. */
export function pixel(chart: NwChart, x: number, y: number): [number, number, number, number] {
  const ratio = chart.currentDevicePixelRatio;
  const data = chart.ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
  return [data[0]!, data[1]!, data[2]!, data[3]!];
}

/** Whether anything is drawn in the box from (left, top) to (right, bottom), in CSS pixels. */
export function inked(chart: NwChart, left: number, top: number, right: number, bottom: number): boolean {
  const ratio = chart.currentDevicePixelRatio;
  const [x, y] = [Math.round(left * ratio), Math.round(top * ratio)];
  const data = chart.ctx.getImageData(
    x,
    y,
    Math.max(1, Math.round((right - left) * ratio)),
    Math.max(1, Math.round((bottom - top) * ratio)),
  ).data;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
  return false;
}

/** The text drawn on `canvas` from now on, with where and in what font: a spy on its context's `fillText`. */
export function textsOn(canvas: HTMLCanvasElement): { text: string; x: number; y: number; font: string }[] {
  const ctx = canvas.getContext('2d')!;
  const texts: { text: string; x: number; y: number; font: string }[] = [];
  const fillText = ctx.fillText.bind(ctx);
  ctx.fillText = (text: string, x: number, y: number, maxWidth?: number) => {
    texts.push({ text, x, y, font: ctx.font });
    fillText(text, x, y, maxWidth);
  };
  return texts;
}
