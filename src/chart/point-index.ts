/** Where a drawn point's value is in its series: decimation drops points of a date axis, so they carry it. */
import type { Chart } from 'chart.js';

/** A drawn point's index in its series' values (the data of a date axis carries it as `i`). */
export function pointIndex(chart: Chart, item: { datasetIndex: number; index: number }): number {
  const raw = chart.data.datasets[item.datasetIndex]?.data[item.index];
  return typeof raw === 'object' && raw && 'i' in raw && typeof raw.i === 'number' ? raw.i : item.index;
}
