/**
 * Formatting of figures: numbers (standard and compact), currency, percent and
 * dates, with their qualifier, for the eye and for screen readers.
 */
import type { FigureFormat, Notation, Qualifier } from '../payload/schema.js';
import { formatDate } from './dates.js';
import { numberFormat } from './intl-cache.js';
import { fill, formattingByHand, splitTemplate, strings } from './strings.js';

/** What is needed to format one value. */
export interface ValueSpec {
  value: number | string;
  format?: FigureFormat | undefined;
  currency?: string | undefined;
  /** `auto` (the default): compact from one million up, standard below. */
  notation?: Notation | undefined;
  qualifier?: Qualifier | undefined;
}

/** From this size up, `auto` notation is compact ("$3.4B"). */
const COMPACT_FROM = 1_000_000;

/** Whether a value is written in compact notation: always, never, or (`auto`) from one million up. */
export function isCompact(spec: ValueSpec): boolean {
  const notation = spec.notation ?? 'auto';
  if (notation !== 'auto') return notation === 'compact';
  return typeof spec.value === 'number' && spec.format !== 'percent' && Math.abs(spec.value) >= COMPACT_FROM;
}

/** A formatted value: what the eye sees and what a screen reader says. */
export interface FormattedValue {
  /** The value alone, e.g. `$200M`. */
  value: string;
  /** Qualifier text before the value, e.g. `more than` (empty when none). */
  before: string;
  /** Qualifier text after the value (Kazakh puts some qualifiers after). */
  after: string;
  /** Value and qualifier together, e.g. `more than $200M`. */
  text: string;
  /** The long form for screen readers, e.g. `more than 200 million US dollars`. */
  spoken: string;
}

function numberOptions(spec: ValueSpec, spoken: boolean): Intl.NumberFormatOptions {
  const compact = isCompact(spec);
  const options: Intl.NumberFormatOptions = compact
    ? { notation: 'compact', compactDisplay: spoken ? 'long' : 'short', minimumFractionDigits: 0, maximumFractionDigits: 1 }
    : { minimumFractionDigits: 0, maximumFractionDigits: 2 };
  if (spec.format === 'currency' && spec.currency) {
    Object.assign(options, { style: 'currency', currency: spec.currency, currencyDisplay: spoken ? 'name' : 'narrowSymbol' });
  } else if (spec.format === 'percent') {
    Object.assign(options, { style: 'percent', maximumFractionDigits: 1 });
  }
  return options;
}

function formatBare(spec: ValueSpec, locale: string, spoken: boolean): string {
  if (spec.format === 'date' || typeof spec.value === 'string') {
    return typeof spec.value === 'string' ? formatDate(spec.value, locale) : String(spec.value);
  }
  const number = spec.format === 'percent' ? spec.value / 100 : spec.value;
  const options = numberOptions(spec, spoken);
  const byHand = formattingByHand(locale);
  return byHand ? byHand.number(number, options) : numberFormat(locale, options).format(number);
}

/** Splits a qualifier template around `{v}`. */
export function qualifierParts(qualifier: Qualifier | undefined, locale: string): { before: string; after: string } {
  if (!qualifier) return { before: '', after: '' };
  const [before, after] = splitTemplate(strings(locale).qualifiers[qualifier], 'v');
  return { before: before.trim(), after: after.trim() };
}

/** Puts a qualifier around an already formatted value ("more than 5,000"). */
export function qualify(text: string, qualifier: Qualifier | undefined, locale: string): string {
  return qualifier ? fill(strings(locale).qualifiers[qualifier], { v: text }) : text;
}

/**
 * Formats a figure's value with its qualifier, for display and for speech.
 * Percent values are given as written: 12.5 means 12.5 %.
 */
export function formatValue(spec: ValueSpec, locale: string): FormattedValue {
  const value = formatBare(spec, locale, false);
  const { before, after } = qualifierParts(spec.qualifier, locale);
  return {
    value,
    before,
    after,
    text: qualify(value, spec.qualifier, locale),
    spoken: qualify(formatBare(spec, locale, true), spec.qualifier, locale),
  };
}

/** A plain number for axes and tables, with the series' currency when it has one: standard unless `compact`. */
export function formatNumber(
  value: number,
  locale: string,
  options: { currency?: string | undefined; compact?: boolean } = {},
): string {
  return formatBare(
    {
      value,
      format: options.currency ? 'currency' : 'number',
      currency: options.currency,
      notation: options.compact ? 'compact' : 'standard',
    },
    locale,
    false,
  );
}

/** Capitalises the first letter, for a qualifier that opens a line ("More than"). */
export function capitalize(text: string, locale: string): string {
  return text ? text.charAt(0).toLocaleUpperCase(locale) + text.slice(1) : text;
}
