/**
 * Kazakh formatting for browsers whose Intl has no Kazakh data (some Chromium
 * builds answer `kk` with root-locale output such as "1,200" and "2022 M01 19").
 * Kazakh writes numbers as Russian does, so numbers are built from Russian
 * parts with the Kazakh words put in; dates use the Kazakh month names.
 * The output matches full-ICU Kazakh.
 */
import type { DateUnit } from '../chart/spec.js';
import { dateFormat, numberFormat } from './intl-cache.js';

/** The Kazakh month names. */
export const MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];
export const MONTHS_SHORT = ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'];
/** Currency names as Intl writes them in Kazakh (for speech): the US dollar is "АҚШ доллары". */
export const CURRENCY_NAMES: Record<string, string> = {
  USD: 'АҚШ доллары',
  KZT: 'Қазақстан теңгесі',
  EUR: 'еуро',
  RUB: 'Ресей рублі',
  CNY: 'Қытай юаны',
};
const COMPACT: [RegExp, string, string][] = [
  [/^тыс/, 'мың', 'мың'],
  [/^(млн|миллион)/, 'млн', 'миллион'],
  [/^(млрд|миллиард)/, 'млрд', 'миллиард'],
  [/^(трлн|триллион)/, 'трлн', 'триллион'],
];

let needed: boolean | undefined;

/** True when the browser's Intl cannot format Kazakh by itself. */
export function kazakhNeedsHelp(): boolean {
  needed ??=
    dateFormat('kk', { month: 'long', timeZone: 'UTC' })
      .format(Date.UTC(2022, 0, 15))
      .toLowerCase() !== 'қаңтар';
  return needed;
}

/** Formats a number the Kazakh way from Russian parts. */
export function kazakhNumber(value: number, options: Intl.NumberFormatOptions): string {
  const parts = numberFormat('ru', options).formatToParts(value);
  const long = options.compactDisplay === 'long';
  return parts
    .map((part, index) => {
      if (part.type === 'compact') {
        const match = COMPACT.find(([pattern]) => pattern.test(part.value));
        return match ? (long ? match[2] : match[1]) : part.value;
      }
      if (part.type === 'currency' && options.currencyDisplay === 'name' && options.currency) {
        return CURRENCY_NAMES[options.currency] ?? options.currency;
      }
      // Kazakh writes "12,5%" where Russian writes "12,5 %".
      if (part.type === 'literal' && parts[index + 1]?.type === 'percentSign') return '';
      return part.value;
    })
    .join('');
}

/** Formats a UTC date the Kazakh way: "2022 ж. 19 қаңтар". */
export function kazakhDate(date: Date, style: 'long' | 'medium' | 'short'): string {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  if (style === 'short') return `${String(day).padStart(2, '0')}.${String(month + 1).padStart(2, '0')}.${String(year).slice(-2)}`;
  if (style === 'medium') return `${year} ж. ${String(day).padStart(2, '0')} ${MONTHS_SHORT[month]}`;
  return `${year} ж. ${day} ${MONTHS[month]}`;
}

/** The short Kazakh name of a month (0–11), as full-ICU Kazakh abbreviates it: "қаң.". */
export function kazakhMonthShort(month: number): string {
  return MONTHS_SHORT[month] ?? '';
}

/** The wall-clock date and time of `date` as an ISO string: in UTC, or in local time. */
export function wallClock(date: Date, utc: boolean): string {
  return new Date(date.getTime() - (utc ? 0 : date.getTimezoneOffset() * 60_000)).toISOString();
}

/** A chart's date-time row label the Kazakh way (local time): "2022 ж. 09 қаң., 15:30". */
export function kazakhDateTime(date: Date): string {
  const iso = wallClock(date, false);
  return `${kazakhDate(new Date(`${iso.slice(0, 10)}T00:00:00Z`), 'medium')}, ${iso.slice(11, 16)}`;
}

/** A chart's tick the Kazakh way: "9 қаң.", "2022 ж. қаң.", "2022" or "15:00". */
export function kazakhDateTick(date: Date, unit: DateUnit, utc: boolean): string {
  const iso = wallClock(date, utc);
  const year = iso.slice(0, 4);
  const month = kazakhMonthShort(Number(iso.slice(5, 7)) - 1);
  return unit === 'hour'
    ? iso.slice(11, 16)
    : unit === 'day'
      ? `${Number(iso.slice(8, 10))} ${month}`
      : unit === 'month'
        ? `${year} ж. ${month}`
        : year;
}
