/**
 * What one chart of a payload shows, derived once per input: its rows, its
 * series' cells, panels and legend, and the size of its box. Pure functions of
 * their inputs (no DOM), for the browser and Node alike.
 */
import type { Annotation, Chart, Payload, Point, Precision, Series, Stacking } from '../../payload/schema.js';
import { parseIsoDate } from '../../format/dates.js';
import { formatPeriod } from '../../format/periods.js';
import { precisionOf } from '../../format/precision.js';

/** How many series colours the theme defines (`--nw-series-1` …). */
export const PALETTE_SIZE = 6;

/** The mark by a qualified value whose words do not fit on the chart, explained once below it. */
export const QUALIFIER_MARK = '*';

/** How a series is drawn. */
export type SeriesType = 'bar' | 'line' | 'area';

/** One series as the chart prepares it. */
export interface ModelSeries {
  source: Series;
  /** "Estimated damage (US dollars)"; a label that names its unit already keeps it alone ("People detained"). */
  header: string;
  type: SeriesType;
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
  type: SeriesType;
  horizontal: boolean;
  layout: 'panels' | 'dual';
  /** `none`, or bars and areas standing on one another (`percent`: drawn as shares of their row's total). */
  stacking: Stacking;
  /** For dates on x: how finely they are meant (given, or the finest form the data is written in). */
  precision: Precision | undefined;
  time: boolean;
  utc: boolean;
  /**
   * For a stacked chart of one panel: each row's total (of the values it has), qualified when a value is
   * ("more than 150" and 70 make "more than 220"; different qualifiers make "about"), else undefined.
   */
  totals: Point[] | undefined;
  /** The annotations, each with where it is as text ("Jan 2026 – Mar 2026", "5,000"), in the payload's order. */
  annotations: { source: Annotation; where: string }[];
  /** Highlighted series (by index) and rows (by index): empty when the chart highlights nothing. */
  highlight: { series: number[]; rows: number[] };
  /** Whether the chart needs the code of the forms beyond plain bars and lines (`needsForms`). */
  forms: boolean;
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
 * The forms' part of a model: the code of the chart forms beyond plain bars and lines (spec-forms.ts, a chunk
 * that only charts that `needForms` load), which `buildModel` is given once it is here.
 */
export interface ModelForms {
  /** The model's totals, annotations and highlights. */
  parts(model: Model, locale: string): Pick<Model, 'totals' | 'annotations' | 'highlight'>;
}

/** From this many points a series on a date axis is decimated (`decimate` in src/chart/forms/decimate.ts). */
const LONG_SERIES = 4_000;

/**
 * True when a chart needs the code of the forms beyond plain bars and lines (`ModelForms`, and the renderer's
 * `forms`): areas (in the payload or the element's `type`), stacking, ranges, annotations or highlights; or a date
 * series long enough to decimate.
 */
export function needsForms(chart: Chart, forcedType?: string): boolean {
  return (
    (chart.stacking ?? 'none') !== 'none' ||
    !!chart.annotations?.length ||
    !!chart.highlight?.length ||
    [forcedType, chart.type, ...chart.series.map((series) => series.type)].includes('area') ||
    chart.series.some((series) => series.data.some((point) => point.low !== undefined)) ||
    (chart.x?.type === 'date' && chart.series.some((series) => series.data.length > LONG_SERIES))
  );
}

/** True when the chart of `model` needs the forms' code (`needsForms`). */
export const usesForms = (model: Model) => model.forms;

/**
 * The model of `chart`; `forcedType` and `forcedOrientation` are the element's
 * attributes (ignored unless valid), `locale` formats the row labels. A chart
 * that `needsForms` takes its forms' part from `forms` (without it, it is
 * drawn as plain bars and lines).
 */
export function buildModel(
  payload: Payload | undefined,
  chart: Chart,
  forcedType: string | undefined,
  forcedOrientation: string | undefined,
  locale: string,
  forms?: ModelForms,
): Model {
  const forced = forcedType === 'bar' || forcedType === 'line' || forcedType === 'area' ? forcedType : undefined;
  const type = forced ?? chart.type ?? 'bar';
  const horizontal =
    (forcedOrientation === 'horizontal' || forcedOrientation === 'vertical' ? forcedOrientation : chart.orientation) ===
    'horizontal';
  const seriesTypes = chart.series.map((series) => forced ?? series.type ?? type);
  const isDate = chart.x?.type === 'date';
  const allX = chart.series.flatMap((series) => series.data.map((point) => point.x));
  const precision = isDate ? precisionOf(allX, chart.x?.precision) : undefined;
  // Lines and areas by day or time are drawn on a time axis; bars, and coarser dates, by category.
  const time = isDate && seriesTypes.every((t) => t !== 'bar');
  // Valid date x values are ISO dates or date-times: without a time, ticks fall on UTC days.
  const utc = allX.every((x) => !x.includes('T'));

  // Rows: categories in order of first appearance, or dates in time order.
  // Dates without a time ("2026", "2026-04", "2026-04-09") are read as UTC.
  const ms = (x: string) => parseIsoDate(x)?.getTime() ?? 0;
  let keys = [...new Set(allX)];
  if (isDate) keys = keys.sort((a, b) => ms(a) - ms(b));
  const rows = keys.map((x) => ({ x, label: precision ? formatPeriod(x, precision, locale) : x, ms: ms(x) }));

  // Panels: one per unit (auto), per series (panels), or two axes of one panel (shared, two units at most).
  const units = [...new Set(chart.series.map(unitKey))];
  const dual = chart.layout === 'shared' && units.length === 2;
  const perSeries = chart.layout === 'panels';
  // Bars and areas stack; a chart of lines only has nothing to stack.
  const stacking =
    (chart.stacking ?? 'none') !== 'none' && !dual && seriesTypes.some((t) => t !== 'line') ? chart.stacking! : 'none';

  const series: ModelSeries[] = chart.series.map((source, index) => {
    const byX = new Map<string, Point>();
    for (const point of source.data) if (!byX.has(point.x)) byX.set(point.x, point);
    const cells = keys.map((x) => byX.get(x));
    return {
      source,
      header: headerOf(source),
      type: seriesTypes[index]!,
      panel: perSeries ? index : units.indexOf(unitKey(source)),
      color: source.color ?? `var(--nw-series-${(index % PALETTE_SIZE) + 1})`,
      cells,
      drawn: keys.flatMap((_, r) => (!time || cells[r] ? [r] : [])),
    };
  });

  const members = Array.from({ length: perSeries ? series.length : units.length }, (_, p) => series.filter((s) => s.panel === p));
  /** A row's sum of a panel's values, positive and negative apart: the ends of a stack. */
  const stackEnds = (list: ModelSeries[], r: number) =>
    list.filter(stacks).reduce(
      ([low, high], s) => {
        const y = s.cells[r]?.y ?? 0;
        return [low + Math.min(0, y), high + Math.max(0, y)];
      },
      [0, 0],
    );
  const panels = members.map((list) => ({
    title: list.length === 1 ? list[0]!.header : (list[0]!.source.unit ?? ''),
    currency: list[0]!.source.currency,
    max:
      stacking === 'percent'
        ? 100
        : Math.max(
            0,
            ...list.flatMap((s) =>
              s.source.data.map((point) => Math.max(Math.abs(point.y ?? 0), Math.abs(point.high ?? 0), Math.abs(point.low ?? 0))),
            ),
            ...(stacking === 'stacked' ? rows.map((_, r) => Math.max(...stackEnds(list, r).map(Math.abs))) : []),
          ),
  }));

  const model: Model = {
    chart,
    type,
    horizontal,
    layout: dual ? 'dual' : 'panels',
    stacking,
    precision,
    time,
    utc,
    rows,
    series,
    panels,
    totals: undefined,
    annotations: [],
    highlight: { series: [], rows: [] },
    forms: needsForms(chart, forced),
    legend: dual || members.some((list) => list.length > 1),
    fileName: `${[payload?.id, chart.id].filter(Boolean).join('-')}.csv`,
    barsPerRow: Math.max(
      1,
      ...(dual ? [series] : members).map((list) =>
        stacking === 'none'
          ? list.filter((s) => s.type === 'bar').length
          : Math.min(1, list.filter((s) => s.type === 'bar').length),
      ),
    ),
  };
  return forms && model.forms ? { ...model, ...forms.parts(model, locale) } : model;
}

/** "Hectares burned (hectares)" says its unit twice: a label that names its unit already keeps it alone. */
function headerOf(series: Series): string {
  const { label, unit } = series;
  return unit && !label.toLocaleLowerCase().includes(unit.toLocaleLowerCase()) ? `${label} (${unit})` : label;
}

/** On a percent-stacked chart: the share (0–100) of series `s`'s value in row `r`'s total of its panel; null without a value. */
export function shareOf(model: Model, s: number, r: number): number | null {
  const one = model.series[s]!;
  const y = one.cells[r]?.y ?? null;
  const sum = model.series.reduce(
    (total, other) => total + (other.panel === one.panel && stacks(other) ? Math.abs(other.cells[r]?.y ?? 0) : 0),
    0,
  );
  return y === null || !sum || !stacks(one) ? null : (y / sum) * 100;
}

/** Whether a series stands in its panel's stack on a stacked chart: bars and areas do, lines are drawn as they are. */
export const stacks = (series: ModelSeries) => series.type !== 'line';

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
