/**
 * The renderer's description of one chart (`ChartSpec`), made from its model
 * and the theme as the element resolved it. Pure: no DOM.
 */
import type { ChartSpec } from '../../chart/spec.js';
import { formatDateTick } from '../../format/axis-dates.js';
import { formatNumber, formatValue } from '../../format/figures.js';
import { formatPeriodTick } from '../../format/periods.js';
import { PALETTE_SIZE, QUALIFIER_MARK, type Model } from './model.js';
import { valueText } from './text.js';

/** The theme's custom properties that the caller resolves into `buildSpec`'s colours: text, muted, grid, surface, the series. */
export const THEME_TOKENS = [
  'color-text',
  'color-muted',
  'color-border',
  'color-surface',
  ...Array.from({ length: PALETTE_SIZE }, (_, i) => `series-${i + 1}`),
].map((name) => `var(--nw-${name})`);

/** Value labels are drawn on charts of at most this many bars (and never on stacked bars). */
const LABELLED_BARS = 40;

/**
 * The spec of `model`: `colors` are the real colours of `THEME_TOKENS` (same
 * order), `fontFamily` the canvas font, `animate` false for reduced motion. A
 * chart that `usesForms` gets the rest of its spec from `withForms` (spec-forms.ts).
 */
export function buildSpec(model: Model, colors: string[], fontFamily: string, animate: boolean, locale: string): ChartSpec {
  const { rows, series, stacking, precision } = model;
  /** The row and point of the `i`-th drawn value of series `s`. */
  const at = (s: number, i: number) => {
    const r = series[s]?.drawn[i] ?? -1;
    return { row: rows[r], point: series[s]?.cells[r] };
  };
  const labelled = stacking === 'none' && rows.length * series.length <= LABELLED_BARS;
  const title = model.chart.x?.label;
  return {
    type: model.type,
    stacking,
    horizontal: model.horizontal,
    layout: model.layout,
    index: model.time
      ? {
          kind: 'time',
          min: Math.min(...rows.map((row) => row.ms)),
          max: Math.max(...rows.map((row) => row.ms)),
          utc: model.utc,
          formatTick: (ms, unit) =>
            precision ? formatPeriodTick(ms, precision, unit, locale, model.utc) : formatDateTick(ms, unit, locale, model.utc),
          title,
        }
      : { kind: 'category', labels: rows.map((row) => row.label), title },
    panels: model.panels.map(({ title, currency, max }) => ({
      title,
      max,
      formatTick:
        stacking === 'percent'
          ? (value: number) => formatValue({ value, format: 'percent' }, locale).text
          : (value: number) => formatNumber(value, locale, { currency, compact: max >= 100_000 }),
    })),
    series: series.map(({ source, type, color, panel, cells, drawn }, s) => {
      const points = model.time ? drawn.map((r) => cells[r]) : cells;
      return {
        label: source.label,
        type,
        color: color[0] === '#' ? color : colors[4 + (s % PALETTE_SIZE)]!,
        panel,
        values: model.time ? drawn.map((r) => ({ x: rows[r]!.ms, y: cells[r]!.y })) : cells.map((cell) => cell?.y ?? null),
        valueLabel:
          type === 'bar' && labelled
            ? (i: number) => {
                const point = cells[i];
                // One notation for every label of a panel, as its ticks have: compact when its largest value is.
                return point && point.y !== null
                  ? valueText(source, point, locale, model.panels[panel]!.max >= 100_000)
                  : undefined;
              }
            : undefined,
        qualified: points.some((point) => point?.qualifier) ? points.map((point) => !!point?.qualifier) : undefined,
      };
    }),
    // The forms' code fills these in (`withForms`, spec-forms.ts).
    annotations: [],
    highlightCategories: [],
    qualifierMark: QUALIFIER_MARK,
    colors: { text: colors[0]!, muted: colors[1]!, grid: colors[2]!, surface: colors[3]! },
    fontFamily,
    animate,
    tooltip: {
      title: (s, i) => at(s, i).row?.label ?? '',
      label: (s, i) => {
        const { point } = at(s, i);
        const source = series[s]?.source;
        if (!source || !point) return '';
        return `${source.label}: ${point.y === null && point.low === undefined ? '–' : valueText(source, point, locale, false)}`;
      },
      note: (s, i) => at(s, i).point?.note,
    },
  };
}
