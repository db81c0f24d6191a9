/**
 * Annotations: reference lines and shaded ranges (on the index or a value axis) and notes on points. Each
 * label goes where it fits within the plot (or its panel), never over the plot's edges nor over another
 * label; one that fits nowhere is left out (the element gives every label in text too).
 */
import type { Chart } from 'chart.js';
import { clamp, fontString, tickSize } from '../canvas-text.js';
import type { NwPlugin } from '../config/types.js';
import type { Runtime } from '../runtime.js';
import type { AnnotationSpec, ChartSpec } from '../spec.js';
import { drawLabel, drawnPoints, placeLabel, type Box, type LabelSpot, type PlacedLabel } from './marks.js';

/** An annotation as drawn, in the canvas's CSS pixels. */
export interface AnnotationMark {
  /** Its index in `spec.annotations`. */
  annotation: number;
  kind: AnnotationSpec['kind'];
  /** A line's ends, a range's corners, or a note's leader (from beside the point, outwards). */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Its label, where one fits. */
  label?: PlacedLabel | undefined;
}

/** A note's leader: how far from the point it starts, and how long it is. */
const LEADER_GAP = 4;
const LEADER = 12;
/** How opaque a shaded range is. */
export const RANGE_ALPHA = 0.14;

/** Where each annotation of `spec` is drawn on `chart`, with its label where it fits; annotations off the axes are left out. */
export function annotationMarks(chart: Chart, spec: ChartSpec): AnnotationMark[] {
  const ctx = chart.ctx;
  const size = tickSize(chart);
  ctx.save();
  ctx.font = fontString(size, spec.fontFamily);
  const placed: Box[] = [];
  const marks: AnnotationMark[] = [];
  spec.annotations.forEach((annotation, n) => {
    const mark =
      annotation.kind === 'note' ? note(chart, spec, annotation, size, placed) : span(chart, spec, annotation, size, placed);
    if (mark) marks.push({ ...mark, annotation: n, kind: annotation.kind });
  });
  ctx.restore();
  return marks;
}

type Placed = Omit<AnnotationMark, 'annotation' | 'kind'>;

/** The part of the plot a value axis measures (its panel), or the whole plot. */
function panelBox(chart: Chart, spec: ChartSpec, panel: number | undefined): Box {
  const { left, top, right, bottom } = chart.chartArea;
  const scale = panel === undefined ? undefined : chart.scales[`v${panel}`];
  if (!scale) return { left, top, right, bottom };
  return spec.horizontal
    ? { left: scale.left, right: scale.right, top, bottom }
    : { left, right, top: scale.top, bottom: scale.bottom };
}

/** A reference line or a shaded range. */
function span(
  chart: Chart,
  spec: ChartSpec,
  annotation: Exclude<AnnotationSpec, { kind: 'note' }>,
  size: number,
  placed: Box[],
): Placed | undefined {
  const onIndex = annotation.axis === 'index';
  const scale = chart.scales[onIndex ? 'i0' : `v${annotation.panel}`];
  if (!scale) return undefined;
  const bounds = panelBox(chart, spec, onIndex ? undefined : annotation.panel);
  // Upright: it crosses the horizontal axis (drawn from top to bottom).
  const upright = onIndex !== spec.horizontal;
  const [low, high] = upright ? [bounds.left, bounds.right] : [bounds.top, bounds.bottom];
  const line = annotation.kind === 'line';
  const ends = (line ? [annotation.at] : [annotation.from, annotation.to]).map((value) => scale.getPixelForValue(value));
  let [from, to] = [Math.min(...ends), Math.max(...ends)];
  // A range of categories covers them whole.
  if (!line && onIndex && spec.index.kind === 'category') {
    const count = spec.index.labels.length;
    const half = count > 1 ? Math.abs(scale.getPixelForValue(1) - scale.getPixelForValue(0)) / 2 : (high - low) / 2;
    [from, to] = [from - half, to + half];
  }
  if (!(from <= high + 0.5 && to >= low - 0.5)) return undefined;
  if (!line) [from, to] = [clamp(from, low, high), clamp(to, low, high)];
  const box = upright
    ? { left: from, right: to, top: bounds.top, bottom: bounds.bottom }
    : { left: bounds.left, right: bounds.right, top: from, bottom: to };
  const pad = 4;
  // A line's label beside its top (upright) or above its right end, else on its other side; a range's inside
  // it at its start, or (a range too narrow or too thin for it) running on past its edge.
  const spots: LabelSpot[] = upright
    ? line
      ? [
          [from + pad, bounds.top + pad, 'left', 'top', bounds],
          [from - pad, bounds.top + pad, 'right', 'top', bounds],
        ]
      : [
          [from + pad, bounds.top + pad, 'left', 'top', box],
          // A band too narrow for its label: the label runs on from its start, or back from its end.
          [from + pad, bounds.top + pad, 'left', 'top', bounds],
          [to - pad, bounds.top + pad, 'right', 'top', bounds],
        ]
    : line
      ? [
          [bounds.right - pad, from - 3, 'right', 'bottom', bounds],
          [bounds.right - pad, from + 3, 'right', 'top', bounds],
        ]
      : [
          [bounds.left + pad, from + 3, 'left', 'top', box],
          [bounds.left + pad, from - 3, 'left', 'bottom', bounds],
        ];
  const label = annotation.label ? placeLabel(chart.ctx, annotation.label, size, spots, placed) : undefined;
  return { x1: box.left, y1: box.top, x2: box.right, y2: box.bottom, label };
}

/** A note: a short leader from its point outwards (the way its value points), or else inwards, and the label at its end. */
function note(
  chart: Chart,
  spec: ChartSpec,
  annotation: Extract<AnnotationSpec, { kind: 'note' }>,
  size: number,
  placed: Box[],
): Placed | undefined {
  const series = spec.series[annotation.series];
  const point = series && drawnPoints(chart, spec, annotation.series).find((drawn) => drawn.index === annotation.index);
  if (!point || point.value === null || !Number.isFinite(point.at) || !Number.isFinite(point.end)) return undefined;
  const bounds = panelBox(chart, spec, series.panel);
  const width = chart.ctx.measureText(annotation.label).width;
  // Outwards: up from a positive value of a vertical chart, right of it on a horizontal one.
  const out = (point.value < 0 ? 1 : -1) * (spec.horizontal ? -1 : 1);
  const ways = [out, -out];
  // Outwards, a bar's value label may stand at its end (plugins/value-labels.ts): the leader starts beyond it.
  const valueLabel =
    series.type === 'bar' && spec.stacking === 'none' && !series.ranges?.some(Boolean) && series.valueLabel?.(point.index);
  const labelRoom = !valueLabel ? 0 : spec.horizontal ? chart.ctx.measureText(valueLabel).width + 8 : size + 7;
  const gap = (way: number) => LEADER_GAP + (way === out ? labelRoom : 0);
  const spots = ways.map((way): LabelSpot => {
    const reach = gap(way) + LEADER + 2;
    if (spec.horizontal) return [point.end + way * reach, point.at, way > 0 ? 'left' : 'right', 'middle', bounds];
    const x = clamp(point.at, bounds.left + width / 2, bounds.right - width / 2);
    return [x, point.end + way * reach, 'center', way < 0 ? 'bottom' : 'top', bounds];
  });
  const label = placeLabel(chart.ctx, annotation.label, size, spots, placed);
  if (!label) return undefined;
  const way = ways[label.spot]!;
  const [start, end] = [point.end + way * gap(way), point.end + way * (gap(way) + LEADER)];
  return spec.horizontal
    ? { x1: start, y1: point.at, x2: end, y2: point.at, label }
    : { x1: point.at, y1: start, x2: point.at, y2: end, label };
}

export const annotationPlugin = (runtime: Runtime): NwPlugin => ({
  id: 'nwAnnotations',
  // Shaded ranges lie under the grid and the series; lines, leaders and labels over the series.
  beforeDraw(chart) {
    const { spec } = runtime;
    const ctx = chart.ctx;
    ctx.save();
    ctx.globalAlpha = RANGE_ALPHA;
    ctx.fillStyle = spec.colors.muted;
    for (const mark of annotationMarks(chart, spec)) {
      if (mark.kind === 'range') ctx.fillRect(mark.x1, mark.y1, mark.x2 - mark.x1, mark.y2 - mark.y1);
    }
    ctx.restore();
  },
  afterDatasetsDraw(chart) {
    const { spec } = runtime;
    const ctx = chart.ctx;
    ctx.save();
    ctx.font = fontString(tickSize(chart), spec.fontFamily);
    ctx.strokeStyle = spec.colors.text;
    ctx.lineWidth = 1;
    for (const mark of annotationMarks(chart, spec)) {
      if (mark.kind !== 'range') {
        ctx.setLineDash(mark.kind === 'line' ? [4, 3] : []);
        ctx.beginPath();
        ctx.moveTo(mark.x1, mark.y1);
        ctx.lineTo(mark.x2, mark.y2);
        ctx.stroke();
      }
      ctx.setLineDash([]);
      if (mark.label) drawLabel(ctx, mark.label, spec.colors.text, spec.colors.surface);
      ctx.strokeStyle = spec.colors.text;
      ctx.lineWidth = 1;
    }
    ctx.restore();
  },
});
