/**
 * The points of a live chart as plain numbers, for keyboard exploration and
 * tones: which points are drawn and have a value, where they are, and showing
 * one as the pointer would. The Chart.js side of `ChartPoints`.
 */
import { BarElement, Interaction, type PointElement } from 'chart.js';
import type { NwChart } from './config/index.js';
import { pointIndex } from './point-index.js';
import type { ChartHandle, ChartPoints, Position } from './spec.js';

/** The value of a raw data item (a number, or a date-axis point `{ x, y, i }`), or null. */
function valueOf(raw: unknown): number | null {
  const y = typeof raw === 'object' && raw && 'y' in raw ? raw.y : raw;
  return Number.isFinite(y) ? (y as number) : null;
}

/** The drawn element of point `at`, if any. */
const elementAt = (chart: NwChart, at: Position) =>
  chart.data.datasets[at.series] ? chart.getDatasetMeta(at.series).data[at.index] : undefined;

const known = new WeakMap<ChartHandle, ChartPoints>();

/** The points of a live chart's handle (made once a handle). This module loads with the explorer, not the chart. */
export function pointsOf(handle: ChartHandle): ChartPoints {
  let points = known.get(handle);
  if (!points) known.set(handle, (points = chartPoints(handle.canvas, () => handle.current())));
  return points;
}

/** The points of the chart on `canvas` that `current()` returns: none while it returns undefined. */
function chartPoints(canvas: HTMLCanvasElement, current: () => NwChart | undefined): ChartPoints {
  // Chart.js makes an element for every data item as it updates, in `createChart` and `update`: every point is drawn.
  const values = (series: number) => (current()?.data.datasets[series]?.data ?? []).map(valueOf);
  const withValue = (series: number, index: number, step: number) => {
    const all = values(series);
    for (let i = index; i >= 0 && i < all.length; i += step) if (all[i] !== null) return i;
    return undefined;
  };
  /** Makes `items` the active points (none: the tooltip goes) and draws them. */
  const activate = (items: { datasetIndex: number; index: number }[]) => {
    const chart = current();
    chart?.setActiveElements(items);
    chart?.render();
  };
  return {
    canvas,
    seriesCount: () => current()?.data.datasets.length ?? 0,
    values,
    // The first point with a value from `index` on is `index` itself.
    hasValue: (series, index) => withValue(series, index, 1) === index,
    withValue,
    nearest(from, series) {
      // Where a point stands along the index axis: its date, or its category (the axes are linear in both).
      const place = ({ series, index }: Position) => {
        const raw = current()?.data.datasets[series]?.data[index];
        return typeof raw === 'object' && raw ? raw.x : index;
      };
      const to = place(from);
      const distance = (index: number) => Math.abs(place({ series, index }) - to);
      let best: number | undefined;
      values(series).forEach((value, index) => {
        if (value !== null && (best === undefined || distance(index) < distance(best))) best = index;
      });
      return best;
    },
    valueIndex: (at) => {
      const chart = current();
      return chart ? pointIndex(chart, { datasetIndex: at.series, index: at.index }) : at.index;
    },
    show(at) {
      const chart = current();
      const element = chart && elementAt(chart, at);
      if (!chart || !element) return undefined;
      // What the pointer shows over the point (the middle of a bar): its category, or the point itself on a date axis.
      const { mode, intersect, axis } = chart.options.interaction ?? {};
      const { x, y } = (element as BarElement | PointElement).getCenterPoint(true);
      // The explored point first: the tooltip stands by it (its rows keep the series' order).
      activate(
        mode === 'index'
          ? Interaction.modes
              .index(chart, { type: 'mousemove', native: null, x, y }, { intersect, axis }, true)
              .sort((a, b) => +(b.datasetIndex === at.series) - +(a.datasetIndex === at.series))
          : [{ datasetIndex: at.series, index: at.index }],
      );
      const bar = element instanceof BarElement;
      const { width, height } = bar ? element.getProps(['width', 'height'], true) : { width: 0, height: 0 };
      // Chart.js types a centre as nullable; a drawn element has one.
      return { x: x!, y: y!, width, height, bar };
    },
    hide: () => activate([]),
  };
}
