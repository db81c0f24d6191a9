/**
 * Dates with a precision, on a chart's date axis: a value written "2026",
 * "2026-04", "2026-04-09" or as a date-time is a year, a month, a day or an
 * instant, and reads no finer than that ("Apr 2026", never "Apr 1, 2026").
 * A quarter is a precision an author gives; it is never written.
 */
import type { DateUnit } from '../chart/spec.js';
import type { Precision } from '../payload/schema.js';
import { PRECISIONS_BY_DETAIL, writtenPrecision } from './precision.js';
import { formatDateTick, formatDateTime } from './axis-dates.js';
import { chartStrings } from './chart-strings.js';
import { formatDate, parseIsoDate } from './dates.js';
import { numberFormat } from './intl-cache.js';

/** A period on a date axis: a year ("2026"), a month ("2026-04"), or any date or date-time `ISO_DATE` takes. */
export const ISO_PERIOD = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** How finely a date is meant, from the coarsest to the finest. */
export type { Precision };

const ORDER = PRECISIONS_BY_DETAIL;
/** Each axis unit's place in `ORDER`. */
const UNIT_AT: Record<DateUnit, number> = { year: 0, month: 2, day: 3, hour: 4 };
const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * Parses a date-axis value: a year is its 1 January, a month its 1st, a day
 * that day (all at 00:00 UTC), a date-time its instant (`time`). Undefined
 * for anything else, and for a date that does not exist ("2026-13", "2026-02-30").
 */
export function parsePeriod(x: string): { ms: number; precision: Precision } | undefined {
  if (!ISO_PERIOD.test(x)) return undefined;
  const [year, month = 1, day = 1] = x.slice(0, 10).split('-').map(Number);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year!, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  if (x.length <= 10) return { ms: date.getTime(), precision: writtenPrecision(x) };
  const instant = parseIsoDate(x);
  return instant ? { ms: instant.getTime(), precision: 'time' } : undefined;
}

/** A quarter in the locale's words ("Q2 2026", "II кв. 2026 г."): `{q}` its number, `{q:roman}` in Roman numerals. */
function quarterText(year: number, quarter: number, locale: string): string {
  return chartStrings(locale).quarter.replace(/\{(\w+)(:roman)?\}/g, (_, name: string, roman?: string) =>
    name === 'year' ? numberFormat(locale, { useGrouping: false }).format(year) : roman ? ROMAN[quarter - 1]! : String(quarter),
  );
}

/**
 * A date-axis value as it reads at a precision, and never finer than it is
 * written: year "2026", quarter "Q2 2026", month "Apr 2026", day "Apr 9, 2026",
 * time "Apr 9, 2026, 3:30 PM". A date-time read as a day, month or quarter
 * takes the calendar date it is written with. Anything else is left as written.
 */
export function formatPeriod(x: string, precision: Precision, locale: string): string {
  const period = parsePeriod(x);
  if (!period) return x;
  const shown = ORDER[Math.min(ORDER.indexOf(precision), ORDER.indexOf(period.precision))]!;
  if (shown === 'time') return formatDateTime(x, locale);
  if (shown === 'day') return formatDate(x.slice(0, 10), locale, 'medium');
  if (shown === 'quarter') return quarterText(Number(x.slice(0, 4)), Math.ceil(Number(x.slice(5, 7)) / 3), locale);
  return formatDateTick(parsePeriod(x.slice(0, shown === 'year' ? 4 : 7))!.ms, shown, locale, true);
}

/**
 * A tick on a date axis at a boundary of `unit`, never finer than the
 * precision: a unit as coarse as the precision or coarser reads as
 * `formatDateTick` has it ("Apr 2026", "2026"); a finer unit is labelled only
 * where a period of the precision starts, as that period ("Q2 2026" on
 * 1 April; "Apr 2026" on 1 April at day ticks), and is empty elsewhere.
 */
export function formatPeriodTick(ms: number, precision: Precision, unit: DateUnit, locale: string, utc: boolean): string {
  if (precision === 'time' || UNIT_AT[unit] <= ORDER.indexOf(precision)) return formatDateTick(ms, unit, locale, utc);
  // The wall clock, read with the UTC getters.
  const wall = new Date(ms - (utc ? 0 : new Date(ms).getTimezoneOffset() * 60_000));
  const month = wall.getUTCMonth();
  const months = precision === 'year' ? 12 : precision === 'quarter' ? 3 : 1;
  const starts = wall.getTime() % 86_400_000 === 0 && (precision === 'day' || (wall.getUTCDate() === 1 && month % months === 0));
  if (!starts) return '';
  return precision === 'quarter'
    ? quarterText(wall.getUTCFullYear(), month / 3 + 1, locale)
    : formatDateTick(ms, precision, locale, utc);
}
