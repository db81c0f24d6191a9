/**
 * The axes: one index axis (categories, or a linear axis over timestamps with
 * calendar ticks) and a value axis per panel. Stacked panels are Chart.js
 * stacked scales (`stack`, `stackWeight`) with an invisible spacer axis
 * between two panels; the panel-headers plugin sizes the spacers.
 */
import { Chart, type FontSpec, type ScaleOptions, type ScriptableScaleContext } from 'chart.js';
import { categoryLimit, fontString, tickSize, wrapText } from '../canvas-text.js';
import { DAY, dateTicks } from '../date-ticks.js';
import type { Runtime } from '../runtime.js';
import type { ChartSpec } from '../spec.js';
import type { NwScales } from './types.js';

/** True when the panels are stacked along the index axis (more than one, `panels` layout). */
export const isStacked = (spec: ChartSpec) => spec.layout === 'panels' && spec.panels.length > 1;

/**
 * The tick font, sized to the chart's width. Chart.js's types give an axis
 * title's context no `chart`, but every scale context has one at run time.
 */
const fontFor =
  (spec: ChartSpec) =>
  (ctx: object): Partial<FontSpec> => ({
    family: spec.fontFamily,
    size: tickSize('chart' in ctx && ctx.chart instanceof Chart ? ctx.chart : { width: Infinity }),
  });

/**
 * Every axis, keyed by id: `i0` (index), `v0`, `v1`… (values), `gap0`… (spacers
 * between stacked panels). Chart.js reads each axis's direction from its `position`.
 */
export function scalesFor(spec: ChartSpec, runtime: Runtime): NwScales {
  const stacked = isStacked(spec);
  const scales: NwScales = { i0: indexScale(spec, runtime) };
  // Left stacks are laid out last-first, bottom stacks first-first: order keys so panel 0 comes first on screen.
  const keys: string[] = [];
  spec.panels.forEach((_, i) => {
    if (i > 0 && stacked) keys.push(`gap${i - 1}`);
    keys.push(`v${i}`);
  });
  if (stacked && !spec.horizontal) keys.reverse();
  for (const key of keys) {
    scales[key] = key.startsWith('v')
      ? valueScale(spec, runtime, Number(key.slice(1)))
      : {
          type: 'linear',
          position: spec.horizontal ? 'bottom' : 'left',
          display: false,
          stack: 'panels',
          stackWeight: 0.1,
        };
  }
  return scales;
}

function indexScale(spec: ChartSpec, runtime: Runtime): ScaleOptions<'category'> | ScaleOptions<'linear'> {
  const { colors, index } = spec;
  const hasBars = spec.series.some((s) => s.type === 'bar');
  const font = fontFor(spec);
  // With stacked panels `stacked` makes bars group by slot name: the k-th bar series of every panel
  // shares slot k, so bars group within a panel and line up across panels.
  const common: Pick<ScaleOptions<'linear'>, 'position' | 'stacked' | 'grid' | 'border' | 'title'> = {
    position: spec.horizontal ? 'left' : 'bottom',
    stacked: isStacked(spec) || undefined,
    grid: { display: false },
    border: { display: !hasBars, color: colors.grid },
    title: { display: !!index.title, text: index.title ?? '', color: colors.muted, font },
  };
  if (index.kind === 'category') {
    return {
      ...common,
      type: 'category',
      offset: hasBars,
      ticks: {
        color: colors.muted,
        font,
        autoSkipPadding: 8,
        sampleSize: 200,
        callback(value) {
          const label = this.getLabelForValue(Number(value));
          const chart = this.chart;
          const count = index.labels.length;
          const limit = spec.horizontal
            ? categoryLimit(chart)
            : count && count <= 12
              ? (chart.chartArea?.width || chart.width) / count - 8
              : 0;
          if (limit < 40) return label;
          const ctx = chart.ctx;
          ctx.save();
          ctx.font = fontString(tickSize(chart), spec.fontFamily);
          const lines = wrapText(ctx, label, limit);
          ctx.restore();
          return lines.length > 1 ? lines : label;
        },
      },
    };
  }
  const span = index.max - index.min;
  return {
    ...common,
    type: 'linear',
    // A single date gets a day either side.
    min: span > 0 ? index.min : index.min - DAY,
    max: span > 0 ? index.max : index.max + DAY,
    bounds: 'data',
    afterBuildTicks(scale) {
      const length = scale.isHorizontal() ? scale.width : scale.height;
      const { ticks, unit } = dateTicks(scale.min, scale.max, index.utc, Math.floor(length / (scale.isHorizontal() ? 90 : 40)));
      runtime.dateUnit = unit;
      scale.ticks = ticks.map((value) => ({ value }));
    },
    ticks: {
      color: colors.muted,
      font,
      maxRotation: 0,
      autoSkipPadding: 12,
      callback: (value) => index.formatTick(Number(value), runtime.dateUnit),
    },
  };
}

/** The value axis of panel `index`. Its tick count is set before each layout by the panel-headers plugin. */
function valueScale(spec: ChartSpec, runtime: Runtime, index: number): ScaleOptions<'linear'> {
  const { colors } = spec;
  const panel = spec.panels[index]!;
  const stacked = isStacked(spec);
  const hasBars = spec.series.some((s) => s.type === 'bar');
  const secondary = spec.layout === 'dual' && index === 1;
  return {
    type: 'linear',
    position: spec.horizontal ? (secondary ? 'top' : 'bottom') : secondary ? 'right' : 'left',
    beginAtZero: hasBars,
    // Room above the tallest bar for its value label.
    grace: hasBars && !spec.horizontal && spec.series.some((s) => s.valueLabel) ? '12%' : 0,
    stacked: false,
    // One weight each (Chart.js's default): the panel-headers plugin sizes the spacers between them.
    ...(stacked ? { stack: 'panels' } : {}),
    grid: {
      color: (ctx: ScriptableScaleContext) => (ctx.tick?.value === 0 && hasBars ? colors.muted : colors.grid),
      drawTicks: false,
      drawOnChartArea: !secondary,
    },
    border: { display: false },
    ticks: {
      color: colors.muted,
      font: fontFor(spec),
      padding: 6,
      autoSkip: !spec.horizontal,
      autoSkipPadding: 10,
      maxRotation: 0,
      align: spec.horizontal && stacked ? 'inner' : 'center',
      maxTicksLimit: 6,
      callback: (value) => (Number(value) === 0 && runtime.hideZero[index] ? '' : panel.formatTick(Number(value))),
    },
  };
}
