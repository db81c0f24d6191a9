/**
 * What one chart of a payload shows, derived once per input: its rows, its
 * series' cells, panels and legend, and the size of its box. Pure functions of
 * their inputs (no DOM), for the browser and Node alike.
 */
import type { Chart, Payload, Point, Series } from '../../payload/schema.js';
import { formatDate, parseIsoDate } from '../../format/dates.js';
import { formatDateTime } from '../../format/axis-dates.js';

/** How many series colours the theme defines (`--nw-series-1` …). */
export const PALETTE_SIZE = 6;

/** One series as the chart prepares it. */
export interface ModelSeries {
  source: Series;
  /** "People detained (people)". */
  header: string;
  type: 'bar' | 'line';
  panel: number;
  /** An own hex colour, or the palette's custom property. */
  color: string;
  /** Its point in each row (the first with that x), or undefined. */
  cells: (Point | undefined)[];
  /** The rows the chart draws, in order: every row for categories, the rows with a point for dates. */
  drawn: number[];
}

/** Everything derived from the payload for one chart, computed once per input. */
export interface Model {
  chart: Chart;
  type: 'bar' | 'line';
  horizontal: boolean;
  layout: 'panels' | 'dual';
  time: boolean;
  utc: boolean;
  /** Row keys (the raw x values), their labels and, for dates, their timestamps, in order. */
  rows: { x: string; label: string; ms: number }[];
  series: ModelSeries[];
  panels: { title: string; currency: string | undefined; max: number }[];
  legend: boolean;
  fileName: string;
  /** For horizontal bars: bars per category, for sizing the box. */
  barsPerRow: number;
}

const unitKey = (series: Series) => `${series.unit}\u0000${series.currency}`;

/**
 * The model of `chart`; `forcedType` and `forcedOrientation` are the element's
 * attributes (ignored unless valid), `locale` formats the row labels.
 */
export function buildModel(
  payload: Payload | undefined,
  chart: Chart,
  forcedType: string | undefined,
  forcedOrientation: string | undefined,
  locale: string,
): Model {
  const forced = forcedType === 'bar' || forcedType === 'line' ? forcedType : undefined;
  const type = forced ?? chart.type ?? 'bar';
  const horizontal =
    (forcedOrientation === 'horizontal' || forcedOrientation === 'vertical' ? forcedOrientation : chart.orientation) ===
    'horizontal';
  const seriesTypes = chart.series.map((series) => forced ?? series.type ?? type);
  const isDate = chart.x?.type === 'date';
  const time = isDate && seriesTypes.every((t) => t === 'line');
  const allX = chart.series.flatMap((series) => series.data.map((point) => point.x));
  // Valid date x values are ISO dates or date-times: without a time, ticks fall on UTC days.
  const utc = allX.every((x) => !x.includes('T'));

  // Rows: categories in order of first appearance, or dates in time order.
  const ms = (x: string) => parseIsoDate(x)?.getTime() ?? 0;
  let keys = [...new Set(allX)];
  if (isDate) keys = keys.sort((a, b) => ms(a) - ms(b));
  const rows = keys.map((x) => ({
    x,
    label: !isDate ? x : x.includes('T') ? formatDateTime(x, locale) : formatDate(x, locale, 'medium'),
    ms: ms(x),
  }));

  // Panels: one per unit (auto), per series (panels), or two axes of one panel (shared, two units at most).
  const units = [...new Set(chart.series.map(unitKey))];
  const dual = chart.layout === 'shared' && units.length === 2;
  const perSeries = chart.layout === 'panels';

  const series: ModelSeries[] = chart.series.map((source, index) => {
    const byX = new Map<string, Point>();
    for (const point of source.data) if (!byX.has(point.x)) byX.set(point.x, point);
    const cells = keys.map((x) => byX.get(x));
    return {
      source,
      header: source.unit ? `${source.label} (${source.unit})` : source.label,
      type: seriesTypes[index]!,
      panel: perSeries ? index : units.indexOf(unitKey(source)),
      color: source.color ?? `var(--nw-series-${(index % PALETTE_SIZE) + 1})`,
      cells,
      drawn: keys.flatMap((_, r) => (!time || cells[r] ? [r] : [])),
    };
  });

  const members = Array.from({ length: perSeries ? series.length : units.length }, (_, p) => series.filter((s) => s.panel === p));
  const panels = members.map((list) => ({
    title: list.length === 1 ? list[0]!.header : (list[0]!.source.unit ?? ''),
    currency: list[0]!.source.currency,
    max: Math.max(0, ...list.flatMap((s) => s.source.data.map((point) => Math.abs(point.y ?? 0)))),
  }));

  return {
    chart,
    type,
    horizontal,
    layout: dual ? 'dual' : 'panels',
    time,
    utc,
    rows,
    series,
    panels,
    legend: dual || members.some((list) => list.length > 1),
    fileName: `${[payload?.id, chart.id].filter(Boolean).join('-')}.csv`,
    barsPerRow: Math.max(1, ...(dual ? [series] : members).map((list) => list.filter((s) => s.type === 'bar').length)),
  };
}

/** Parses `16/9`, `16:9`, `16 / 9` or `1.78`; undefined when it is none of these. */
export function parseAspectRatio(value: string | undefined): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:[/:]\s*(\d+(?:\.\d+)?)\s*)?$/.exec(value ?? '');
  const ratio = match ? Number(match[1]) / Number(match[2] ?? 1) : 0;
  return ratio > 0.1 && ratio < 20 ? ratio : undefined;
}

/** True for horizontal bars without an `aspect-ratio`: the box is as tall as the bars need. */
export function sizedByRows(model: Model, aspectRatio: string | undefined): boolean {
  return !parseAspectRatio(aspectRatio) && model.horizontal && model.type === 'bar';
}

/** The custom properties that size the chart's box. */
export interface PlotBox {
  /** Height of a box sized by its rows, and in narrow containers. */
  '--_height': string;
  '--_narrow-height': string;
  /** Width to height of a box sized by its ratio, and in narrow containers (at most 4/3). */
  '--_ratio': string;
  '--_narrow-ratio': string;
  /** Least height: stacked panels each keep a readable height. */
  '--_min-height': string;
}

/** Sizes the chart's box for `model` and the `aspect-ratio` attribute (default 16/9). */
export function plotBox(model: Model, aspectRatio: string | undefined): PlotBox {
  const ratio = parseAspectRatio(aspectRatio) ?? 16 / 9;
  // Rows of bars: each category gets room for its bars and a gap, plus headers and the axis;
  // narrow: thinner bars, wrapped labels and headers, and room for value labels above the bars.
  const row = model.barsPerRow * 1.75 + 2;
  const extra = model.panels.some((panel) => panel.title) ? 4.75 : 3.25;
  const n = model.panels.length;
  return {
    '--_height': `${model.rows.length * row + extra}em`,
    '--_narrow-height': `${model.rows.length * (row + 1.25) + extra + 1.5}em`,
    '--_ratio': String(ratio),
    '--_narrow-ratio': String(Math.min(ratio, 4 / 3)),
    '--_min-height': model.layout === 'panels' && n > 1 && !model.horizontal ? `${n * 6.5 + 2.5}em` : '0',
  };
}
