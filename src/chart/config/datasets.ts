/** One Chart.js dataset per series: bars or a line, on its panel's value axis. */
import type { ChartDataset } from 'chart.js';
import type { ChartSpec, SeriesSpec } from '../spec.js';
import { isStacked } from './scales.js';
import type { ChartKind, SeriesData, TimePoint } from './types.js';

/**
 * The dataset of series `index`. Bars' `maxBarThickness` follows the chart's width: the panel-headers plugin sets it.
 * What is left out is Chart.js's default (bars without a border, 0.8 and 0.9 of the category; straight lines, gaps kept).
 */
export function datasetFor(spec: ChartSpec, series: SeriesSpec, index: number): ChartDataset<ChartKind, SeriesData> {
  const valueId = `v${series.panel}`;
  const axes = spec.horizontal ? { yAxisID: 'i0', xAxisID: valueId } : { xAxisID: 'i0', yAxisID: valueId };
  // The renderer's own copy, with each point's original index for tooltips (decimation drops points: the
  // forms' code decimates long date series of a chart of lines only, `decimateLong`).
  const data: SeriesData = spec.index.kind === 'time' ? timePoints(series) : (series.values as (number | null)[]).slice();
  if (series.type === 'bar') {
    // The slot of a bar within its category: its rank among the panel's bar series.
    const slot = spec.series.slice(0, index).filter((other) => other.panel === series.panel && other.type === series.type).length;
    const bars: ChartDataset<'bar', SeriesData> = {
      type: 'bar',
      label: series.label,
      data,
      ...axes,
      ...(isStacked(spec) ? { stack: `s${slot}` } : {}),
      order: index + 100,
      backgroundColor: series.color,
      hoverBackgroundColor: series.color,
    };
    return bars;
  }
  const line: ChartDataset<'line', SeriesData> = {
    type: 'line',
    label: series.label,
    data,
    ...axes,
    order: index,
    borderColor: series.color,
    backgroundColor: series.color,
    borderWidth: 2,
    pointRadius: series.values.length <= 30 ? 3 : 0,
    pointHoverRadius: 5,
    pointHitRadius: 6,
  };
  return line;
}

/** The largest bar thickness: horizontal bars stay slim (thinner still in a narrow chart), leaving room for value labels above them. */
export function maxBarThickness(horizontal: boolean, chartWidth: number): number {
  return !horizontal ? 44 : chartWidth < 420 ? 22 : 28;
}

/** A date series' points with their index `i`. */
function timePoints(series: SeriesSpec): TimePoint[] {
  return (series.values as { x: number; y: number | null }[]).map((point, i): TimePoint => ({ x: point.x, y: point.y, i }));
}
