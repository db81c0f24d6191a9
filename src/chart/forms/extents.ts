/** The axes reach every range and annotation: a value axis its ranges' ends and its annotations, a date axis its annotations' dates. */
import type { NwChartConfiguration } from '../config/types.js';
import type { ChartSpec, SeriesSpec } from '../spec.js';

/** The value of point `i` of a series, and where it stands on the index axis (a category's index, or a date). */
function pointAt(series: SeriesSpec, i: number): { key: number; value: number | null } {
  const point = series.values[i] ?? null;
  return typeof point === 'object' && point ? { key: point.x, value: point.y } : { key: i, value: point };
}

/** Which series stack together: a panel's bars, a panel's areas; a plain line stands alone. */
const stackOf = (series: SeriesSpec, index: number) =>
  series.type === 'line' ? `line${index}` : `${series.type}${series.panel}`;

/** The values of the points with notes in panel `panel`. */
function notedValues(spec: ChartSpec, panel: number): number[] {
  return spec.annotations.flatMap((annotation) => {
    const series = annotation.kind === 'note' ? spec.series[annotation.series] : undefined;
    const value = series?.panel === panel && annotation.kind === 'note' ? pointAt(series, annotation.index).value : null;
    return value === null ? [] : [value];
  });
}

/** The values each panel's axis must show beyond its data: its ranges' ends (where their bars or areas stand) and its annotations. */
export function panelReach(spec: ChartSpec): number[][] {
  const reach: number[][] = spec.panels.map(() => []);
  spec.series.forEach((series, s) => {
    series.ranges?.forEach((range, i) => {
      if (!range) return;
      const { key, value } = pointAt(series, i);
      let start = 0;
      // Stacked, a value stands on those of the series before it in its stack with the same sign.
      if (spec.stacking !== 'none' && value !== null) {
        spec.series.slice(0, s).forEach((other, o) => {
          if (stackOf(other, o) !== stackOf(series, s)) return;
          const below = other.values.map((_, j) => pointAt(other, j)).find((point) => point.key === key)?.value ?? null;
          if (below !== null && below < 0 === value < 0) start += below;
        });
      }
      reach[series.panel]?.push(start + range.low, start + range.high);
    });
  });
  for (const annotation of spec.annotations) {
    if (annotation.kind === 'note' || annotation.axis !== 'value') continue;
    const at = annotation.kind === 'line' ? [annotation.at] : [annotation.from, annotation.to];
    reach[annotation.panel]?.push(...at);
  }
  return reach;
}

/** Room for a note's leader and label beyond the data, in pixels (annotations.ts: 30, and a margin for the ticks' rounding). */
const NOTE_ROOM = 40;

/**
 * Widens the value axes to their reach (percent axes stay 0–100), and a vertical axis with notes so that a
 * note has room beyond the data on the side its value points to; widens a date axis to its annotations.
 */
export function extendAxes(config: NwChartConfiguration, spec: ChartSpec): void {
  const scales = config.options?.scales ?? {};
  panelReach(spec).forEach((values, panel) => {
    const scale = scales[`v${panel}`];
    if (!scale || scale.type !== 'linear' || spec.stacking === 'percent') return;
    const finite = values.filter(Number.isFinite);
    if (finite.length) {
      scale.suggestedMin = Math.min(...finite);
      scale.suggestedMax = Math.max(...finite);
    }
    const noted = notedValues(spec, panel);
    if (spec.horizontal || !noted.length) return;
    scale.afterDataLimits = (axis) => {
      const span = axis.max - axis.min;
      const length = axis.maxHeight;
      if (!(span > 0) || !(length > 3 * NOTE_ROOM)) return;
      const room = (span * NOTE_ROOM) / (length - 2 * NOTE_ROOM);
      if (noted.some((value) => value >= 0)) axis.max += room;
      if (noted.some((value) => value < 0)) axis.min -= room;
    };
  });
  const index = scales.i0;
  if (spec.index.kind !== 'time' || index?.type !== 'linear') return;
  for (const annotation of spec.annotations) {
    if (annotation.kind === 'note' || annotation.axis !== 'index') continue;
    for (const at of annotation.kind === 'line' ? [annotation.at] : [annotation.from, annotation.to]) {
      if (typeof index.min === 'number' && at < index.min) index.min = at;
      if (typeof index.max === 'number' && at > index.max) index.max = at;
    }
  }
}
