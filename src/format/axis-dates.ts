/**
 * Dates on a chart's x axis: date-time row labels and tick labels at calendar
 * boundaries, with `Intl` or, for a language the browser cannot format, by hand.
 */
import type { DateUnit } from '../chart/spec.js';
import { formatDate, parseIsoDate } from './dates.js';
import { dateFormat } from './intl-cache.js';
import { formattingByHand } from './strings.js';

/** The wall-clock date and time of `date` as an ISO string: in UTC, or in local time. */
export function wallClock(date: Date, utc: boolean): string {
  return new Date(date.getTime() - (utc ? 0 : date.getTimezoneOffset() * 60_000)).toISOString();
}

/** A date-time x value, e.g. "Jan 9, 2022, 3:30 PM" (local time). */
export function formatDateTime(x: string, locale: string): string {
  const date = parseIsoDate(x);
  if (!date) return x;
  if (!formattingByHand(locale)) return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  const iso = wallClock(date, false);
  return `${formatDate(iso.slice(0, 10), locale, 'medium')}, ${iso.slice(11, 16)}`;
}

/** Intl options of a tick at a boundary of each unit. */
const TICK_OPTIONS: Record<DateUnit, Intl.DateTimeFormatOptions> = {
  hour: { hour: 'numeric', minute: '2-digit' },
  day: { day: 'numeric', month: 'short' },
  month: { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
};

/** A tick on a date axis at a boundary of `unit`: "Jan 9", "Jan 2022", "2022" or "15:00". */
export function formatDateTick(ms: number, unit: DateUnit, locale: string, utc: boolean): string {
  const date = new Date(ms);
  const byHand = formattingByHand(locale); // only Kazakh is formatted by hand
  if (byHand) {
    const iso = wallClock(date, utc);
    const year = iso.slice(0, 4);
    const month = byHand.monthShort(Number(iso.slice(5, 7)) - 1);
    return unit === 'hour'
      ? iso.slice(11, 16)
      : unit === 'day'
        ? `${Number(iso.slice(8, 10))} ${month}`
        : unit === 'month'
          ? `${year} ж. ${month}`
          : year;
  }
  const options = TICK_OPTIONS[unit];
  return dateFormat(locale, utc ? { ...options, timeZone: 'UTC' } : options).format(date);
}
