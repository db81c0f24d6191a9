/** Hand-made chart specs for the renderer tests (generated data). */
import type { ChartSpec, DateUnit, SeriesSpec } from '../../src/chart/spec.js';

const format = (value: number) => String(value);

/** A spec with one vertical bar series over four categories, overridable. */
export function barSpec(over: Partial<ChartSpec> = {}): ChartSpec {
  return {
    type: 'bar',
    stacking: 'none',
    annotations: [],
    highlightCategories: [],
    qualifierMark: '*',
    horizontal: false,
    layout: 'panels',
    index: { kind: 'category', labels: ['A', 'B', 'C', 'D'] },
    panels: [{ title: 'Count', max: 40, formatTick: format }],
    series: [bars([10, 20, 30, 40])],
    colors: { text: '#111111', muted: '#555555', grid: '#dddddd', surface: '#ffffff' },
    fontFamily: 'sans-serif',
    animate: false,
    tooltip: { title: (_, i) => `Category ${i}`, label: (s, i) => `Series ${s}: ${i}`, note: () => undefined },
    ...over,
  };
}

export function bars(values: (number | null)[], panel = 0): SeriesSpec {
  return { label: 'Bars', type: 'bar', color: '#1f77b4', panel, values };
}

export function line(values: SeriesSpec['values'], panel = 0): SeriesSpec {
  return { label: 'Line', type: 'line', color: '#d62728', panel, values };
}

export function area(values: SeriesSpec['values'], panel = 0, color = '#2ca02c'): SeriesSpec {
  return { label: 'Area', type: 'area', color, panel, values };
}

/** A date index axis from `min` to `max`. */
export function timeIndex(min: number, max: number): ChartSpec['index'] {
  return { kind: 'time', min, max, utc: true, formatTick: (ms: number, unit: DateUnit) => `${unit} ${ms}` };
}
