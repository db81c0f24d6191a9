/**
 * The code of the chart forms beyond plain bars and lines, on the view's side:
 * the model's totals, annotations and highlights (`modelForms`), and the
 * renderer's spec of them (`withForms`): each
 * series' share of its row on a percent chart, ranges, highlights and where
 * each annotation is. In the script builds it is one chunk with the
 * renderer's forms (`forms`, re-exported here), loaded only by a chart that
 * `needsForms`, before it first draws; Node imports it.
 */
import type { AnnotationSpec, ChartSpec, RangeSpec } from '../../chart/spec.js';
import { formatNumber, formatValue } from '../../format/figures.js';
import { formatPeriod, parsePeriod } from '../../format/periods.js';
import type { Annotation, Point, Precision } from '../../payload/schema.js';
import { shareOf, stacks, type Model, type ModelForms, type ModelSeries } from './model.js';

export { forms } from '../../chart/forms/index.js';

/** The forms' part of a model. */
export const modelForms: ModelForms = {
  parts(model, locale) {
    const { chart, rows, series, stacking, precision } = model;
    const highlighted = chart.highlight ?? [];
    const number = (value: number) =>
      stacking === 'percent'
        ? formatValue({ value, format: 'percent' }, locale).text
        : formatNumber(value, locale, { currency: chart.series[0]?.currency });
    return {
      totals: stacking !== 'none' && model.panels.length === 1 ? rows.map(({ x }, r) => totalOf(x, series, r)) : undefined,
      annotations: (chart.annotations ?? []).map((source) => ({ source, where: whereOf(source, precision, locale, number) })),
      highlight: {
        series: series.flatMap((one, i) => (highlighted.includes(one.source.id) ? [i] : [])),
        rows: rows.flatMap((row, r) => (highlighted.includes(row.x) ? [r] : [])),
      },
    };
  },
};

/** Row `r`'s total, as a point: qualified when one of its values is ("more than 150" and 70: "more than 220"; different qualifiers: "about"). */
function totalOf(x: string, series: ModelSeries[], r: number): Point {
  const cells = series.filter(stacks).map((one) => one.cells[r]);
  const qualifiers = [...new Set(cells.flatMap((cell) => (cell?.y != null && cell.qualifier ? [cell.qualifier] : [])))];
  const y = cells.reduce((sum, cell) => sum + (cell?.y ?? 0), 0);
  return qualifiers.length ? { x, y, qualifier: qualifiers.length === 1 ? qualifiers[0] : 'about' } : { x, y };
}

/** Where an annotation is, as text: an x ("Apr 2026", a category), a range of them, or a value on y. */
function whereOf(
  annotation: Annotation,
  precision: Precision | undefined,
  locale: string,
  number: (value: number) => string,
): string {
  const x = (value: string | number) =>
    typeof value === 'number' ? number(value) : precision ? formatPeriod(value, precision, locale) : value;
  if (annotation.type === 'note') return x(annotation.x);
  if (annotation.type === 'line') return x(annotation.value);
  return `${x(annotation.from)} – ${x(annotation.to)}`;
}

/** The end of the period of `precision` that starts at `ms` (UTC): the start of the next one; a time is its own end. */
function endOf(ms: number, precision: Precision): number {
  const date = new Date(ms);
  if (precision === 'year') date.setUTCFullYear(date.getUTCFullYear() + 1);
  else if (precision === 'quarter' || precision === 'month')
    date.setUTCMonth(date.getUTCMonth() + (precision === 'month' ? 1 : 3));
  else if (precision === 'day') date.setUTCDate(date.getUTCDate() + 1);
  return date.getTime();
}

/** A point's interval, or null. */
const rangeOf = (point: Point | undefined): RangeSpec | null =>
  point?.low !== undefined && point.high !== undefined ? { low: point.low, high: point.high } : null;

/** `spec` (of `model`, from `buildSpec`) with the forms it uses: percent shares, ranges, highlights and annotations. */
export function withForms(spec: ChartSpec, model: Model, locale: string): ChartSpec {
  const { rows, series } = model;
  const percent = model.stacking === 'percent';
  const highlighted = model.highlight.series;
  const label = spec.tooltip.label;
  return {
    ...spec,
    series: spec.series.map((one, s) => {
      const { cells, drawn } = series[s]!;
      const points = model.time ? drawn.map((r) => cells[r]) : cells;
      return {
        ...one,
        values: !percent
          ? one.values
          : model.time
            ? drawn.map((r) => ({ x: rows[r]!.ms, y: shareOf(model, s, r) ?? cells[r]!.y }))
            : cells.map((cell, r) => shareOf(model, s, r) ?? cell?.y ?? null),
        ranges: percent || !points.some((point) => point?.low !== undefined) ? undefined : points.map(rangeOf),
        muted: highlighted.length > 0 && !highlighted.includes(s),
        emphasised: highlighted.includes(s),
      };
    }),
    annotations: model.annotations.flatMap(({ source }) => annotationSpec(source, model)),
    highlightCategories: model.time ? [] : model.highlight.rows,
    tooltip: {
      ...spec.tooltip,
      // On a percent chart, a value says its share: "North: 30 (75%)".
      label: (s, i) => {
        const share = percent ? shareOf(model, s, series[s]?.drawn[i] ?? -1) : null;
        return share === null ? label(s, i) : `${label(s, i)} (${formatValue({ value: share, format: 'percent' }, locale).text})`;
      },
    },
  };

  /** An annotation placed for the renderer: dates as timestamps, categories by index, values as numbers; none when it names nothing drawn. */
  function annotationSpec(source: Model['annotations'][number]['source'], { time }: Model): AnnotationSpec[] {
    if (source.type === 'note') {
      const s = Math.max(
        0,
        series.findIndex((one) => one.source.id === source.series),
      );
      const row = rows.findIndex((one) => one.x === source.x);
      const index = time ? (series[s]?.drawn.indexOf(row) ?? -1) : row;
      return index < 0 ? [] : [{ kind: 'note', series: s, index, label: source.label }];
    }
    const axis = source.axis === 'x' ? 'index' : 'value';
    /** Where a value is on its axis: on dates drawn as categories, the row whose period holds it; `end`: a range's end, at the end of its period. */
    const position = (value: string | number, end = false) => {
      if (axis === 'value') return Number(value);
      const period = parsePeriod(String(value));
      if (time) return period ? (end ? endOf(period.ms, model.precision ?? period.precision) : period.ms) : NaN;
      const exact = rows.findIndex((row) => row.x === String(value));
      return exact >= 0 || !period ? exact : rows.filter((row) => row.ms <= period.ms).length - 1;
    };
    const valid = (n: number) => Number.isFinite(n) && (axis === 'value' || n >= 0);
    if (source.type === 'line') {
      const at = position(source.value);
      return valid(at) ? [{ kind: 'line', axis, at, panel: 0, label: source.label }] : [];
    }
    const [from, to] = [position(source.from), position(source.to, true)];
    return valid(from) && valid(to) ? [{ kind: 'range', axis, from, to, panel: 0, label: source.label }] : [];
  }
}
