/** Spec → Chart.js configuration: options, datasets, scales, and the renderer's plugins. */
import { panelHeaders } from '../plugins/panel-headers.js';
import { renderedNotice } from '../plugins/rendered.js';
import { hoverTip } from '../plugins/tooltip.js';
import { valueLabels } from '../plugins/value-labels.js';
import type { Runtime } from '../runtime.js';
import type { ChartSpec } from '../spec.js';
import { datasetFor } from './datasets.js';
import { scalesFor } from './scales.js';
import type { ChartForms } from '../forms/types.js';
import type { NwChartConfiguration } from './types.js';

export type { ChartForms } from '../forms/types.js';
export type { ChartKind, NwChart, NwChartConfiguration, NwPlugin, NwScales, SeriesData, TimePoint } from './types.js';

/** Above this many points in all, animation is skipped: drawing stays quick. */
export const ANIMATION_POINT_LIMIT = 1_000;

/**
 * What decides the chart's structure: when it changes, the chart is made anew rather than updated. With the forms'
 * code its plugins are in, and its stacking is part of it.
 */
export function structureKey(spec: ChartSpec, forms?: ChartForms): string {
  return [
    forms && spec.stacking,
    spec.type,
    spec.horizontal,
    spec.layout,
    spec.index.kind,
    spec.panels.length,
    spec.series.map((s) => `${s.type}${s.panel}`).join(','),
  ].join('|');
}

/** The Chart.js configuration of `spec`, with its forms when their code is given; its plugins read and write `runtime`. */
export function configFor(spec: ChartSpec, runtime: Runtime, forms?: ChartForms): NwChartConfiguration {
  const points = spec.series.reduce((sum, series) => sum + series.values.length, 0);
  const animate = spec.animate && points <= ANIMATION_POINT_LIMIT;
  const time = spec.index.kind === 'time';
  const config: NwChartConfiguration = {
    // An area is a line (filled by the forms' code).
    type: spec.type === 'bar' ? 'bar' : 'line',
    data: {
      labels: spec.index.kind === 'category' ? spec.index.labels.slice() : [],
      datasets: spec.series.map((series, index) => datasetFor(spec, series, index)),
    },
    options: {
      maintainAspectRatio: false,
      animation: animate ? { duration: 450 } : false,
      // Hover colours change at once: an animation would hide the value labels until it ends.
      transitions: { active: { animation: { duration: 0 } } },
      indexAxis: spec.horizontal ? 'y' : 'x',
      parsing: time ? false : undefined,
      normalized: time,
      color: spec.colors.muted,
      layout: { padding: { top: 4, right: 8, bottom: 0, left: 0 } },
      // Hovering finds the whole category, or the nearest point on a date axis.
      interaction: { mode: time ? 'nearest' : 'index', intersect: false, axis: spec.horizontal ? 'y' : 'x' },
      scales: scalesFor(spec, runtime),
    },
    plugins: [panelHeaders(runtime), valueLabels(runtime), renderedNotice(runtime), hoverTip(runtime)],
  };
  forms?.apply(config, spec, runtime);
  return config;
}
