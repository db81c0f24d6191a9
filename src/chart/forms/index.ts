/**
 * The forms beyond plain bars and lines: stacking, areas, ranges, annotations and highlight; and the
 * decimation of a long date series, which most charts never need either. A chunk of its
 * own in the script builds: only a chart whose spec `usesForms` loads it (`loadForms` in renderer.ts) and
 * hands it to `createChart` or `drawPicture`. No DOM: pictures are drawn with it on Node too.
 */
import { Chart } from 'chart.js';
import { decimateLong } from './decimate.js';
import type { ChartForms } from './types.js';
import { annotationPlugin } from './annotations.js';
import { extendAxes } from './extents.js';
import { Filler } from './filler.js';
import { highlight, mutedSeries } from './highlight.js';
import { rangePlugin } from './ranges.js';
import { stackAndFill } from './stacking.js';

export type { ChartForms } from './types.js';

export const forms: ChartForms = {
  apply(config, spec, runtime) {
    Chart.register(Filler);
    decimateLong(config, spec);
    stackAndFill(config, spec);
    highlight(config, spec);
    extendAxes(config, spec);
    // After the panels' layout, before the value labels: the figures are drawn over error bars and annotations.
    config.plugins?.splice(1, 0, mutedSeries(runtime), rangePlugin(runtime), annotationPlugin(runtime));
  },
};
