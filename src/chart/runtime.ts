/** Per-chart state shared by the adapter and the plugins. */
import type { ChartCallbacks, ChartSpec, DateUnit } from './spec.js';

export interface Runtime {
  spec: ChartSpec;
  callbacks: ChartCallbacks;
  /** True from a create or update until Chart.js has drawn it. */
  pending: boolean;
  /** The calendar unit of the ticks the date axis shows. */
  dateUnit: DateUnit;
  /** Wrapped header lines per panel, computed before each layout. */
  headers: string[][];
  /** Value axes too narrow to label both ends: their zero tick goes unlabelled. */
  hideZero: boolean[];
  /** True when value labels waited for an animation to end. */
  labelsDeferred: boolean;
  /** Which points the tooltip shows ("dataset:index,…"), so it is only rebuilt when they change. */
  tipKey: string;
}

/** Fresh state for a chart of `spec`. */
export function createRuntime(spec: ChartSpec, callbacks: ChartCallbacks): Runtime {
  return { spec, callbacks, pending: true, dateUnit: 'day', headers: [], hideZero: [], labelsDeferred: false, tipKey: '' };
}
