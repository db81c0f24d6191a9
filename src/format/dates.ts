/** Dates of the payload, parsed and formatted with Intl (or by hand, for a language Intl lacks). */
import { dateFormat } from './intl-cache.js';
import { formattingByHand } from './strings.js';

/** A date without a time ("2022-01-09"): a calendar day, the same in every time zone. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Parses an ISO date or date-time; a date alone is taken as that day in UTC. */
export function parseIsoDate(value: string): Date | undefined {
  const date = new Date(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Formats an ISO date for a locale ("January 9, 2022"); a date-only value never shifts by time zone. */
export function formatDate(value: string, locale: string, style: 'long' | 'medium' | 'short' = 'long'): string {
  const date = parseIsoDate(value);
  if (!date) return value;
  const dateOnly = DATE_ONLY.test(value);
  const byHand = dateOnly ? formattingByHand(locale) : undefined;
  if (byHand) return byHand.date(date, style);
  return dateFormat(locale, dateOnly ? { dateStyle: style, timeZone: 'UTC' } : { dateStyle: style }).format(date);
}
