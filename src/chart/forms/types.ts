/** The type of the forms' code, for the renderer that takes it: types only, so the chart file has no code for it. */
import type { NwChartConfiguration } from '../config/types.js';
import type { Runtime } from '../runtime.js';
import type { ChartSpec } from '../spec.js';

/**
 * The code of the charts' forms beyond plain bars and lines (stacking, areas, ranges, annotations, highlight):
 * `src/chart/forms/`, a chunk that only charts using one load (`usesForms`). Without it such a chart is drawn
 * as plain bars and lines.
 */
export interface ChartForms {
  /** Adjusts `config`, made by `configFor` for `spec`, to draw its forms: datasets, scales and plugins. */
  apply(config: NwChartConfiguration, spec: ChartSpec, runtime: Runtime): void;
}
