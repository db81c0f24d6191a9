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

/** The indices of the drawn points of `series` that have a value. */
export function present(chart: Chart, series: number): number[] {
  const data = chart.data.datasets[series]?.data ?? [];
  const drawn = chart.getDatasetMeta(series).data;
  return data.flatMap((raw, index) => (drawn[index] && valueOf(raw) !== null ? [index] : []));
}
