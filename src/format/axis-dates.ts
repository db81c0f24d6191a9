/**
 * Dates on a chart's x axis: date-time row labels and tick labels at calendar
 * boundaries, with `Intl` or, for a language the browser cannot format, by
 * hand (the language's own code, which loads with its strings).
 */
import type { DateUnit } from '../chart/spec.js';
import { parseIsoDate } from './dates.js';
import { dateFormat } from './intl-cache.js';
import { formattingByHand } from './strings.js';

/** A date-time x value, e.g. "Jan 9, 2022, 3:30 PM" (local time). */
export function formatDateTime(x: string, locale: string): string {
  const date = parseIsoDate(x);
  if (!date) return x;
  const byHand = formattingByHand(locale);
  return byHand ? byHand.dateTime(date) : dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
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
  const byHand = formattingByHand(locale);
  if (byHand) return byHand.dateTick(date, unit, utc);
  const options = TICK_OPTIONS[unit];
  return dateFormat(locale, utc ? { ...options, timeZone: 'UTC' } : options).format(date);
}
