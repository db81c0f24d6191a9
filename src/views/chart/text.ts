/** The chart's words: values with their qualifiers, and the generated text alternative. */
import type { Point, Series } from '../../payload/schema.js';
import { capitalize, formatValue } from '../../format/figures.js';
import { fill, type ChartStrings } from '../../format/strings.js';
import type { Model } from './model.js';

/** A value with its qualifier: compact or not, for the eye or for speech. */
export function valueText(series: Series, point: Point, locale: string, compact: boolean, spoken?: boolean): string {
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
  return spoken ? value.spoken : value.text;
}

/** The generated text alternative: "Bar chart in 2 panels. People detained: more than 5,000. …" */
export function summary(model: Model, locale: string, words: ChartStrings): string {
  const { rows, panels } = model;
  const kind = model.type === 'line' ? words.line : words.bar;
  const inPanels = model.layout === 'panels' && panels.length > 1 ? ` ${fill(words.panels, { n: panels.length })}` : '';
  const parts = model.series.map(({ source, header, cells }) => {
    const spoken = (point: Point) => valueText(source, point, locale, Math.abs(point.y!) >= 1_000_000, true);
    const present = rows.flatMap(({ label }, r) => {
      const point = cells[r];
      return point && point.y !== null ? [{ label, point }] : [];
    });
    if (!present.length) return `${header}: ${words.noValue}`;
    // A series with at most 12 points is listed point by point.
    if (present.length <= 12) {
      const items = present.map(({ label, point }) => (rows.length > 1 ? `${label}: ${spoken(point)}` : spoken(point)));
      return `${header}${rows.length > 1 ? ' —' : ':'} ${items.join('; ')}`;
    }
    const min = present.reduce((a, b) => (b.point.y! < a.point.y! ? b : a));
    const max = present.reduce((a, b) => (b.point.y! > a.point.y! ? b : a));
    return `${header}: ${fill(words.range, {
      first: present[0]!.label,
      last: present[present.length - 1]!.label,
      min: `${spoken(min.point)} (${min.label})`,
      max: `${spoken(max.point)} (${max.label})`,
    })}`;
  });
  return capitalize(`${kind}${inPanels}. ${parts.join('. ')}.`, locale);
}

/** The canvas's text alternative: the author's description, else the generated summary. */
export function altText(model: Model, locale: string, words: ChartStrings): string {
  return model.chart.description?.trim() || summary(model, locale, words);
}
