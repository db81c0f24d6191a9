/**
 * The tooltip's box: an HTML box over the canvas, filled with text nodes only and
 * styled by the widget's CSS (`.tip`). Hidden from screen readers, which have
 * the data table. It shows the hovered category (or nearest point) with each
 * series' value and the points' notes, for the pointer and for points made
 * active by the keyboard (`setActiveElements`). A chunk of its own, loaded the
 * first time the pointer is over a chart or the keys show a point (`tooltip.ts`).
 */
import { BarElement, type ActiveElement, type Chart, type ChartEvent } from 'chart.js';
import type { Runtime } from '../runtime.js';
import { pointIndex } from '../point-index.js';

/** A hovered bar or point: its centre, and its size (0 for a point). */
export interface Mark {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Shows the points Chart.js found under the pointer (with the chart's `interaction` options), and tells the page of the nearest. */
export function pointed(chart: Chart, runtime: Runtime, event: ChartEvent): void {
  const items = event.type === 'mouseout' ? [] : chart.getActiveElements();
  if (!showTip(chart, runtime, items, event.x) || !items.length) return;
  const distance = ({ element }: ActiveElement) => Math.hypot(element.x - (event.x ?? 0), element.y - (event.y ?? 0));
  const nearest = items.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  runtime.callbacks.onPoint?.(nearest.datasetIndex, pointIndex(chart, nearest));
}

/** Fills and places the tooltip for `items` (or hides it); false when they are the ones it shows already. */
export function showTip(chart: Chart, runtime: Runtime, items: ActiveElement[], pointerX: number | null): boolean {
  const { spec } = runtime;
  const { tip } = runtime.callbacks;
  const key = items.map((item) => `${item.datasetIndex}:${item.index}`).join();
  if (key === runtime.tipKey) return false;
  runtime.tipKey = key;
  if (!items.length) {
    tip.hidden = true;
    return true;
  }
  const line = (tag: string, text: string) => Object.assign(tip.ownerDocument.createElement(tag), { textContent: text });
  // Rows in the series' order; the first item (the one the keys are on) places the tooltip.
  const inOrder = [...items].sort((a, b) => a.datasetIndex - b.datasetIndex);
  const rows = inOrder.map((item) => {
    const row = line('span', spec.tooltip.label(item.datasetIndex, pointIndex(chart, item)));
    row.dataset.series = String(item.datasetIndex);
    if (items.length > 1) {
      // A swatch of the series colour (set through the CSSOM: a strict CSP allows it).
      const swatch = line('i', '');
      swatch.style.background = spec.series[item.datasetIndex]?.color ?? '';
      row.prepend(swatch);
    }
    return row;
  });
  const notes = inOrder.flatMap((item) => spec.tooltip.note(item.datasetIndex, pointIndex(chart, item)) ?? []);
  tip.replaceChildren(
    line('b', spec.tooltip.title(items[0]!.datasetIndex, pointIndex(chart, items[0]!))),
    ...rows,
    ...notes.map((note) => line('em', note)),
  );
  tip.hidden = false;
  const marks = items.map(({ element }): Mark => {
    const { width, height } = element instanceof BarElement ? element.getProps(['width', 'height']) : { width: 0, height: 0 };
    return { x: element.x, y: element.y, width, height };
  });
  const [left, top] = tipPlace(chart, spec.horizontal, marks, pointerX, tip.offsetWidth, tip.offsetHeight);
  tip.style.translate = `${left}px ${top}px`;
  return true;
}

/**
 * Where a tooltip of `width` × `height` goes, as [left, top] in the chart's
 * pixels: never over the hovered `marks`, and within the chart's width. Rows
 * of bars get it above their row, else below it (it may then hang below the
 * chart); columns and points get it beside them, else above them.
 */
export function tipPlace(
  chart: { width: number; height: number },
  horizontal: boolean,
  marks: readonly Mark[],
  pointerX: number | null,
  width: number,
  height: number,
): [number, number] {
  const gap = 8;
  const inside = (left: number) => Math.max(0, Math.min(left, chart.width - width));
  if (horizontal) {
    const above = Math.min(...marks.map((m) => m.y - m.height / 2)) - gap - height;
    const below = Math.max(...marks.map((m) => m.y + m.height / 2)) + gap;
    return [inside((pointerX ?? marks[0]!.x) - width / 2), above >= 0 ? above : below];
  }
  const right = Math.max(...marks.map((m) => m.x + m.width / 2)) + gap;
  const left = Math.min(...marks.map((m) => m.x - m.width / 2)) - gap - width;
  const highest = Math.min(...marks.map((m) => m.y));
  const beside = Math.max(0, Math.min(highest - height / 2, chart.height - height));
  if (right + width <= chart.width) return [right, beside];
  if (left >= 0) return [left, beside];
  const above = highest - gap - height;
  return [inside(marks[0]!.x - width / 2), above >= 0 ? above : chart.height + gap];
}
