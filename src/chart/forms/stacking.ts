/**
 * Stacking and areas. Series of one panel stand on one another (Chart.js stacked value scales); panels never
 * mix, since Chart.js stacks by value axis. Areas are lines filled by Chart.js's `Filler`, down to the area
 * below them in the stack, or to zero.
 */
import { isStacked } from '../config/scales.js';
import type { NwChartConfiguration } from '../config/types.js';
import type { ChartSpec } from '../spec.js';
import { translucent } from './marks.js';

/** How opaque an area's fill is (the line on top is the series colour itself). */
export const AREA_ALPHA = 0.3;

/** Sets the stacks of `config`'s datasets and value axes, and the fills of its areas. */
export function stackAndFill(config: NwChartConfiguration, spec: ChartSpec): void {
  const stacked = spec.stacking !== 'none';
  const scales = config.options?.scales ?? {};
  const datasets = config.data.datasets;
  spec.series.forEach((series, index) => {
    const dataset = datasets[index];
    if (!dataset) return;
    if (stacked) {
      // Bars of a panel share one slot ("s0" lines them up across stacked panels, as their slots do);
      // areas of a panel stack together; a plain line (a total, a reference) stands alone.
      dataset.stack =
        series.type === 'bar' ? (isStacked(spec) ? 's0' : `p${series.panel}`) : series.type === 'area' ? 'area' : `line${index}`;
    }
    if (series.type !== 'area' || dataset.type !== 'line') return;
    // The area below in the stack: the previous area of the same panel.
    let below = -1;
    if (stacked) {
      for (let i = index - 1; i >= 0 && below < 0; i--) {
        const other = spec.series[i]!;
        if (other.type === 'area' && other.panel === series.panel) below = i;
      }
    }
    dataset.fill = below >= 0 ? below : 'origin';
    dataset.backgroundColor = translucent(series.color, AREA_ALPHA);
    dataset.pointBackgroundColor = series.color;
  });
  spec.panels.forEach((_, panel) => {
    const scale = scales[`v${panel}`];
    if (!scale || scale.type !== 'linear') return;
    const areas = spec.series.some((series) => series.type === 'area' && series.panel === panel);
    if (areas) scale.beginAtZero = true;
    if (!stacked) return;
    scale.stacked = true;
    if (spec.stacking === 'percent') Object.assign(scale, { min: 0, max: 100, grace: 0 });
  });
  // Every area is filled before any series is drawn: lines stay on top of the fills.
  const options = config.options ?? {};
  options.plugins = { ...options.plugins, filler: { propagate: true, drawTime: 'beforeDatasetsDraw' } };
}
