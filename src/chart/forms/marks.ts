/** What the forms' plugins share: the drawn points of a series, boxes, and placing a label where it fits. */
import type { Chart, Element } from 'chart.js';
import { pointIndex } from '../point-index.js';
import type { ChartSpec } from '../spec.js';

/** A box in the canvas's CSS pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A drawn point of a series: its index in the series' values, where it stands on each axis, and its value. */
export interface DrawnPoint {
  /** Its index in the series' `values` (and `ranges`, `qualified`). */
  index: number;
  /** Its position along the index axis and along the value axis (NaN where it has no value). */
  at: number;
  end: number;
  value: number | null;
  /** A bar's thickness along the index axis; 0 for a line's point. */
  thickness: number;
  element: Element;
}

/**
 * `colour` with opacity `alpha`: a hex colour (the payload's) or an `rgb()` one (the theme's, as the browser resolves
 * it) as `rgba()`; any other (such as `oklch()`) mixed with transparency.
 */
export function translucent(colour: string, alpha: number): string {
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(colour)?.[1];
  const pairs = hex && (hex.length === 3 ? [...hex].map((digit) => digit + digit) : hex.match(/../g)!);
  const channels = pairs
    ? pairs.map((pair) => parseInt(pair, 16)).join(', ')
    : /^rgba?\(([^,/)]+,[^,/)]+,[^,/)]+)/.exec(colour)?.[1];
  return channels ? `rgba(${channels}, ${alpha})` : `color-mix(in srgb, ${colour} ${alpha * 100}%, transparent)`;
}

/** The value of a dataset's data item (a number, or a date-axis point `{ x, y, i }`). */
export function valueOf(raw: unknown): number | null {
  const y = typeof raw === 'object' && raw && 'y' in raw ? raw.y : raw;
  return typeof y === 'number' && Number.isFinite(y) ? y : null;
}

/** The drawn points of series `series`, when it is shown. */
export function drawnPoints(chart: Chart, spec: ChartSpec, series: number): DrawnPoint[] {
  if (!chart.data.datasets[series] || !chart.isDatasetVisible(series)) return [];
  const meta = chart.getDatasetMeta(series);
  const data = chart.data.datasets[series]!.data;
  return meta.data.map((element, k) => {
    const { x, y, width, height } = element.getProps(['x', 'y', 'width', 'height'], true) as Record<string, number>;
    const bar = meta.type === 'bar';
    return {
      index: pointIndex(chart, { datasetIndex: series, index: k }),
      at: spec.horizontal ? y! : x!,
      end: spec.horizontal ? x! : y!,
      value: valueOf(data[k]),
      thickness: bar ? (spec.horizontal ? height! : width!) || 0 : 0,
      element,
    };
  });
}

/** A label's text, anchor and the box it takes. */
export interface PlacedLabel {
  text: string;
  x: number;
  y: number;
  align: CanvasTextAlign;
  baseline: CanvasTextBaseline;
  box: Box;
  /** Which of the spots it took. */
  spot: number;
}

/** Where a label may go: its anchor, alignment, and the box it must stay within. */
export type LabelSpot = [x: number, y: number, align: CanvasTextAlign, baseline: CanvasTextBaseline, within: Box];

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The first of `spots` where `text` (in the context's font, `size` pixels high) stays within its box and clear
 * of the labels already `placed`; undefined when there is none (the label is left out).
 */
export function placeLabel(
  ctx: CanvasRenderingContext2D,
  text: string,
  size: number,
  spots: LabelSpot[],
  placed: Box[],
): PlacedLabel | undefined {
  const width = ctx.measureText(text).width;
  for (const [spot, [x, y, align, baseline, within]] of spots.entries()) {
    const left = align === 'left' ? x : align === 'right' ? x - width : x - width / 2;
    const top = baseline === 'top' ? y : baseline === 'bottom' ? y - size : y - size / 2;
    const box = { left, top, right: left + width, bottom: top + size };
    const inside =
      box.left >= within.left - 0.5 &&
      box.right <= within.right + 0.5 &&
      box.top >= within.top - 0.5 &&
      box.bottom <= within.bottom + 0.5;
    if (inside && !placed.some((other) => overlaps(box, other))) {
      placed.push(box);
      return { text, x, y, align, baseline, box, spot };
    }
  }
  return undefined;
}

/** Draws a placed label in `colour`, on a halo of the chart's surface so that it reads over lines and fills. */
export function drawLabel(ctx: CanvasRenderingContext2D, label: PlacedLabel, colour: string, surface: string): void {
  ctx.textAlign = label.align;
  ctx.textBaseline = label.baseline;
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = surface;
  ctx.strokeText(label.text, label.x, label.y);
  ctx.fillStyle = colour;
  ctx.fillText(label.text, label.x, label.y);
}
