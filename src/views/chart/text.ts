/** The chart's words: values with their qualifiers and ranges, annotations, and the generated text alternative. */
import type { Point, Series } from '../../payload/schema.js';
import { capitalize, formatRange, formatValue } from '../../format/figures.js';
import { fill, type ChartStrings } from '../../format/strings.js';
import type { Model } from './model.js';

/** True for a point that says something: a value, or only its range. */
export const hasValue = (point: Point): boolean => point.y !== null || point.low !== undefined;

/**
 * A value with its qualifier, and its range when it has one ("5,200 (between 5,000 and 8,000)"; a point known
 * only by its range is the range alone): compact or not, for the eye or for speech.
 */
export function valueText(series: Series, point: Point, locale: string, compact: boolean, spoken?: boolean): string {
  const range =
    point.low !== undefined && point.high !== undefined
      ? formatRange(point.low, point.high, locale, { currency: series.currency, compact, spoken })
      : undefined;
  if (point.y === null && range) return range;
  const value = formatValue(
    {
      value: point.y ?? 0,
      format: 'currency',
      currency: series.currency,
      notation: compact ? 'compact' : 'standard',
      qualifier: point.qualifier,
    },
    locale,
  );
  const text = spoken ? value.spoken : value.text;
  return range ? `${text} (${range})` : text;
}

/** An annotation as text: its label and where it is ("Holiday period (Jan 2026 – Mar 2026)"), or where alone. */
export function annotationTexts(model: Model): string[] {
  return model.annotations.map(({ source, where }) => (source.label ? `${source.label} (${where})` : where));
}

/** The kind of chart in words: "Bar chart", "Area chart, stacked". */
function kindOf(model: Model, words: ChartStrings): string {
  const kind = words[model.type];
  return model.stacking === 'none' ? kind : fill(words[model.stacking], { kind });
}

/** The generated text alternative: "Bar chart in 2 panels. People detained: more than 5,000. …" */
export function summary(model: Model, locale: string, words: ChartStrings): string {
  const { rows, panels } = model;
  const inPanels = model.layout === 'panels' && panels.length > 1 ? ` ${fill(words.panels, { n: panels.length })}` : '';
  const parts = model.series.map(({ source, header, cells }) => {
    const spoken = (point: Point) => valueText(source, point, locale, Math.abs(point.y ?? point.high ?? 0) >= 1_000_000, true);
    const present = rows.flatMap(({ label }, r) => {
      const point = cells[r];
      return point && hasValue(point) ? [{ label, point }] : [];
    });
    if (!present.length) return `${header}: ${words.noValue}`;
    // A series with at most 12 points is listed point by point.
    if (present.length <= 12) {
      const items = present.map(({ label, point }) => (rows.length > 1 ? `${label}: ${spoken(point)}` : spoken(point)));
      return `${header}${rows.length > 1 ? ' —' : ':'} ${items.join('; ')}`;
    }
    const valued = present.filter(({ point }) => point.y !== null);
    if (!valued.length) return `${header}: ${words.noValue}`;
    const min = valued.reduce((a, b) => (b.point.y! < a.point.y! ? b : a));
    const max = valued.reduce((a, b) => (b.point.y! > a.point.y! ? b : a));
    return `${header}: ${fill(words.range, {
      first: present[0]!.label,
      last: present[present.length - 1]!.label,
      min: `${spoken(min.point)} (${min.label})`,
      max: `${spoken(max.point)} (${max.label})`,
    })}`;
  });
  const { totals } = model;
  if (totals && rows.length <= 12) {
    const first = model.series[0]!.source;
    const total = (point: Point) => valueText(first, point, locale, Math.abs(point.y!) >= 1_000_000, true);
    parts.push(`${words.total} — ${rows.map(({ label }, r) => `${label}: ${total(totals[r]!)}`).join('; ')}`);
  }
  const marked = annotationTexts(model);
  if (marked.length) parts.push(`${words.marked}: ${marked.join('; ')}`);
  return capitalize(`${kindOf(model, words)}${inPanels}. ${parts.join('. ')}.`, locale);
}

/** The canvas's text alternative: the author's description (with what is marked on the chart), else the generated summary. */
export function altText(model: Model, locale: string, words: ChartStrings): string {
  const description = model.chart.description?.trim();
  if (!description) return summary(model, locale, words);
  const marked = annotationTexts(model);
  return marked.length ? `${description} ${words.marked}: ${marked.join('; ')}.` : description;
}
