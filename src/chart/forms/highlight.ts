/**
 * Highlight: the highlighted series or categories stand out and the rest are muted, never by colour alone.
 * A muted series is drawn faint; an emphasised one with thicker lines (a bar with an outline). The bars of
 * highlighted categories are outlined and their tick labels bold; the other categories' bars are faint.
 */
import type { FontSpec, ScriptableScaleContext } from 'chart.js';
import type { NwChartConfiguration, NwPlugin } from '../config/types.js';
import type { Runtime } from '../runtime.js';
import type { ChartSpec } from '../spec.js';
import { MUTED_ALPHA } from './ranges.js';
import { AREA_ALPHA } from './stacking.js';
import { translucent } from './marks.js';

/** A highlighted line's width, and a plain one's (config/datasets.ts). */
export const EMPHASISED_LINE = 3.5;
/** The outline of an emphasised bar, or of a bar in a highlighted category. */
export const OUTLINE = 2;

/** Sets the widths, outlines and faint colours of a highlight on `config`'s datasets, and bold ticks for highlighted categories. */
export function highlight(config: NwChartConfiguration, spec: ChartSpec): void {
  const categories = new Set(spec.index.kind === 'category' ? spec.highlightCategories : []);
  const standsOut = (i: number) => !categories.size || categories.has(i);
  spec.series.forEach((series, index) => {
    const dataset = config.data.datasets[index];
    if (!dataset) return;
    const count = series.values.length;
    if (dataset.type === 'bar') {
      if (!categories.size && !series.emphasised) return;
      const faded = translucent(series.color, MUTED_ALPHA);
      const colours = Array.from({ length: count }, (_, i) => (standsOut(i) ? series.color : faded));
      dataset.backgroundColor = dataset.hoverBackgroundColor = colours;
      dataset.borderColor = spec.colors.text;
      dataset.borderWidth = Array.from({ length: count }, (_, i) =>
        series.emphasised || (categories.size && categories.has(i)) ? OUTLINE : 0,
      );
      return;
    }
    if (dataset.type !== 'line') return;
    if (series.emphasised) dataset.borderWidth = EMPHASISED_LINE;
    // A muted series is faint as a whole (`mutedSeries`); its area's fill more so.
    if (series.muted && series.type === 'area') dataset.backgroundColor = translucent(series.color, AREA_ALPHA * MUTED_ALPHA);
    if (categories.size) {
      const radius = typeof dataset.pointRadius === 'number' ? dataset.pointRadius : 3;
      dataset.pointRadius = Array.from({ length: count }, (_, i) => (categories.has(i) ? Math.max(5, radius + 2) : radius));
    }
  });
  const ticks = config.options?.scales?.i0?.ticks;
  if (!categories.size || !ticks) return;
  const font = ticks.font;
  const highlighted = (ctx: ScriptableScaleContext) => categories.has(ctx.tick?.value);
  // The axis's font is a function of the chart's width (config/scales.ts).
  ticks.font = (ctx, options): Partial<FontSpec> => ({
    ...(typeof font === 'function' ? font(ctx, options) : undefined),
    weight: highlighted(ctx) ? 'bold' : 'normal',
  });
  ticks.color = (ctx) => (highlighted(ctx) ? spec.colors.text : spec.colors.muted);
}

/** Draws muted series faint: their bars, lines, points and fills alike. */
export const mutedSeries = (runtime: Runtime): NwPlugin => ({
  id: 'nwMuted',
  beforeDatasetDraw(chart, { index }) {
    if (!runtime.spec.series[index]?.muted) return;
    chart.ctx.save();
    chart.ctx.globalAlpha = MUTED_ALPHA;
  },
  afterDatasetDraw(chart, { index }) {
    if (runtime.spec.series[index]?.muted) chart.ctx.restore();
  },
});
