/**
 * The renderer's description of one chart (`ChartSpec`), made from its model
 * and the theme as the element resolved it. Pure: no DOM.
 */
import type { ChartSpec } from '../../chart/spec.js';
import { formatDateTick } from '../../format/axis-dates.js';
import { formatNumber } from '../../format/figures.js';
import { PALETTE_SIZE, type Model } from './model.js';
import { valueText } from './text.js';

/** The theme's custom properties that the caller resolves into `buildSpec`'s colours: text, muted, grid, surface, the series. */
export const THEME_TOKENS = [
  'color-text',
  'color-muted',
  'color-border',
  'color-surface',
  ...Array.from({ length: PALETTE_SIZE }, (_, i) => `series-${i + 1}`),
].map((name) => `var(--nw-${name})`);

/**
 * The spec of `model`: `colors` are the real colours of `THEME_TOKENS` (same
 * order), `fontFamily` the canvas font, `animate` false for reduced motion.
 */
export function buildSpec(model: Model, colors: string[], fontFamily: string, animate: boolean, locale: string): ChartSpec {
  const { rows, series } = model;
  /** The row and point of the `i`-th drawn value of series `s`. */
  const at = (s: number, i: number) => {
    const r = series[s]?.drawn[i] ?? -1;
    return { row: rows[r], point: series[s]?.cells[r] };
  };
  const title = model.chart.x?.label;
  return {
    type: model.type,
    horizontal: model.horizontal,
    layout: model.layout,
    index: model.time
      ? {
          kind: 'time',
          min: Math.min(...rows.map((row) => row.ms)),
          max: Math.max(...rows.map((row) => row.ms)),
          utc: model.utc,
          formatTick: (ms, unit) => formatDateTick(ms, unit, locale, model.utc),
          title,
        }
      : { kind: 'category', labels: rows.map((row) => row.label), title },
    panels: model.panels.map(({ title, currency, max }) => ({
      title,
      max,
      formatTick: (value: number) => formatNumber(value, locale, { currency, compact: max >= 100_000 }),
    })),
    series: series.map(({ source, type, color, panel, cells, drawn }, s) => ({
      label: source.label,
      type,
      color: color[0] === '#' ? color : colors[4 + (s % PALETTE_SIZE)]!,
      panel,
      values: model.time ? drawn.map((r) => ({ x: rows[r]!.ms, y: cells[r]!.y })) : cells.map((cell) => cell?.y ?? null),
      valueLabel:
        type === 'bar' && rows.length * series.length <= 40
          ? (i: number) => {
              const point = cells[i];
              return point && point.y !== null ? valueText(source, point, locale, Math.abs(point.y) >= 100_000) : undefined;
            }
          : undefined,
    })),
    colors: { text: colors[0]!, muted: colors[1]!, grid: colors[2]!, surface: colors[3]! },
    fontFamily,
    animate,
    tooltip: {
      title: (s, i) => at(s, i).row?.label ?? '',
      label: (s, i) => {
        const { point } = at(s, i);
        const source = series[s]?.source;
        return source && point ? `${source.label}: ${point.y === null ? '–' : valueText(source, point, locale, false)}` : '';
      },
      note: (s, i) => at(s, i).point?.note,
    },
  };
}
