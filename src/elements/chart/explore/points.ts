/** The drawn points of an explored chart, as the keys and the tones walk them. */
import type { Chart } from '../../../chart/renderer.js';

/** A drawn point: its series (dataset) and its index in the series' drawn data. */
export interface Position {
  series: number;
  index: number;
}

/** The value of a raw data item (a number, or a date-axis point `{ x, y, i }`), or null. */
export function valueOf(raw: unknown): number | null {
  const y = typeof raw === 'object' && raw && 'y' in raw ? raw.y : raw;
  return typeof y === 'number' && Number.isFinite(y) ? y : null;
}

/** Whether point `index` of `series` is drawn and has a value. */
export function hasValue(chart: Chart, series: number, index: number): boolean {
  return !!chart.getDatasetMeta(series).data[index] && valueOf(chart.data.datasets[series]?.data[index]) !== null;
}

/** The indices of the drawn points of `series` that have a value. */
export function present(chart: Chart, series: number): number[] {
  return (chart.data.datasets[series]?.data ?? []).flatMap((_, index) => (hasValue(chart, series, index) ? [index] : []));
}

/** The first point of `series` with a value from `index` on, going by `step` (1 or -1); undefined past the end. */
export function withValue(chart: Chart, series: number, index: number, step: number): number | undefined {
  const length = chart.data.datasets[series]?.data.length ?? 0;
  for (let i = index; i >= 0 && i < length; i += step) if (hasValue(chart, series, i)) return i;
  return undefined;
}
