/** The Chart.js types of the charts the renderer makes: bar, line, or both in one chart. */
import type { Chart, ChartConfiguration, ChartOptions, Plugin } from 'chart.js';

/** The dataset kinds a chart mixes (an area is a filled line). */
export type ChartKind = 'bar' | 'line';

/** A point on a date axis, with its index in the series (decimation drops points, so the index travels with it). */
export interface TimePoint {
  x: number;
  y: number | null;
  i: number;
}

/** The data of one dataset: one value per category, or points on a date axis. */
export type SeriesData = (number | null)[] | TimePoint[];

/** The configuration the renderer hands Chart.js. */
export type NwChartConfiguration = ChartConfiguration<ChartKind, SeriesData, string>;

/** The chart the renderer makes. */
export type NwChart = Chart<ChartKind, SeriesData, string>;

/** The scales option, keyed by axis id. */
export type NwScales = NonNullable<ChartOptions<ChartKind>['scales']>;

/** One of the renderer's plugins. */
export type NwPlugin = Plugin<ChartKind>;
