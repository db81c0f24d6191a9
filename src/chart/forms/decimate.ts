/**
 * Min-max decimation of a long date series: the x range is cut into
 * `COLUMNS` equal spans, and each span keeps its first, lowest, highest and
 * last point, in order, so the line keeps its shape and every peak. Gaps
 * (null values) are kept. Points keep their index `i` in the series.
 */
import type { ChartSpec } from '../spec.js';
import type { NwChartConfiguration, TimePoint } from '../config/types.js';

/** Spans of the x range: more than any chart is wide in CSS pixels. */
export const COLUMNS = 1_000;

/** `points` (sorted by x) with at most four points per span; a series of at most 4 × COLUMNS points is left whole. */
export function decimate(points: TimePoint[]): TimePoint[] {
  if (points.length <= 4 * COLUMNS) return points;
  const first = points[0]!.x;
  const width = points[points.length - 1]!.x - first || 1;
  const out: TimePoint[] = [];
  let span: TimePoint[] = [];
  let column = -1;
  const flush = () => {
    if (!span.length) return;
    const low = span.reduce((a, b) => (b.y! < a.y! ? b : a));
    const high = span.reduce((a, b) => (b.y! > a.y! ? b : a));
    out.push(...new Set([span[0]!, low, high, span[span.length - 1]!].sort((a, b) => a.i - b.i)));
    span = [];
  };
  for (const point of points) {
    const at = Math.min(COLUMNS - 1, Math.floor(((point.x - first) / width) * COLUMNS));
    if (at !== column || point.y === null) flush();
    column = at;
    if (point.y !== null) span.push(point);
    // A gap is kept once, however many nulls make it.
    else if (out[out.length - 1]?.y !== null) out.push(point);
  }
  flush();
  return out;
}

/**
 * Decimates each dataset of a chart of lines only on a time axis, not horizontal (`config` made by `configFor`):
 * the forms' code runs it, as only charts with a series of more than 4 × COLUMNS points need it.
 */
export function decimateLong(config: NwChartConfiguration, spec: ChartSpec): void {
  if (spec.index.kind !== 'time' || spec.horizontal || !spec.series.every((s) => s.type === 'line')) return;
  for (const dataset of config.data.datasets) dataset.data = decimate(dataset.data as TimePoint[]);
}
