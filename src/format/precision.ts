/** How finely a date on a chart's date axis is meant, read from how it is written. */
import type { Precision } from '../payload/schema.js';

/** The precisions, from the coarsest to the finest. */
export const PRECISIONS_BY_DETAIL: readonly Precision[] = ['year', 'quarter', 'month', 'day', 'time'];

/** How finely one date is written: "2026" a year, "2026-04" a month, "2026-04-09" a day, a date-time a time. */
export const writtenPrecision = (x: string): Precision =>
  x.includes('T') ? 'time' : x.length === 4 ? 'year' : x.length === 7 ? 'month' : 'day';

/**
 * The precision of a date axis: the one given, else the finest form its
 * values are written in ("2026-04" and "2026-05": month; "2026": year; any
 * date-time: time; no values: day). With mixed forms no value reads finer
 * than it is written (`formatPeriod`), so "2026" stays "2026" beside "Apr 2026".
 */
export function precisionOf(xs: readonly string[], given?: Precision): Precision {
  if (given) return given;
  const finest = Math.max(-1, ...xs.map((x) => PRECISIONS_BY_DETAIL.indexOf(writtenPrecision(x))));
  return PRECISIONS_BY_DETAIL[finest] ?? 'day';
}
