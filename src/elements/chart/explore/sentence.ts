/** What a screen reader hears of one point of a chart, in the chart's language. */
import { formatValue } from '../../../format/figures.js';
import { shareOf, type Model } from '../../../views/chart/model.js';
import { valueText } from '../../../views/chart/text.js';

/** Ends `text` with a full stop unless it ends with one already (or another sentence end). */
const stop = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/**
 * The announcement of row `row` of series `series`: its x, the series, the
 * value with its qualifier in words and its unit, the point's note, and the
 * chart's `source` line as the reader sees it, e.g. "January 2022 unrest:
 * People detained, more than 5,000 people. Source: Sputnik." Undefined for a
 * row without a value.
 */
export function pointSentence(model: Model, series: number, row: number, locale: string, source: string): string | undefined {
  const { source: data, cells } = model.series[series] ?? {};
  const point = cells?.[row];
  const x = model.rows[row];
  if (!data || !point || point.y === null || !x) return undefined;
  // A currency is spelled out with the value ("200 million US dollars"); any other unit follows it.
  const share = model.stacking === 'percent' ? shareOf(model, series, row) : null;
  const value = `${valueText(data, point, locale, Math.abs(point.y) >= 1_000_000, true)}${
    share === null ? '' : ` (${formatValue({ value: share, format: 'percent' }, locale).spoken})`
  }`;
  const unit = data.unit && !data.currency ? ` ${data.unit}` : '';
  return [stop(`${x.label}: ${data.label}, ${value}${unit}`), point.note && stop(point.note), source && stop(source)]
    .filter(Boolean)
    .join(' ');
}
