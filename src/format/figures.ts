/**
 * Formatting of figures: numbers (standard and compact), currency, percent,
 * dates and ranges ("between 5,000 and 8,000"), with their qualifier, for the
 * eye and for screen readers.
 */
import type { FigureFormat, Notation, Qualifier } from '../payload/schema.js';
import { formatDate } from './dates.js';
import { numberFormat } from './intl-cache.js';
import { formattingByHand, languageData, strings } from './strings.js';
import type { NumberCase, ValueForCase, ValueInCase } from './types.js';

/** A value known only as a range: "between 5,000 and 8,000". */
export interface ValueRange {
  low: number;
  high: number;
}

/** A figure's value: a number, an ISO date (format `date`) or a range. */
export type FigureValue = number | string | ValueRange;

/** What is needed to format one value. */
export interface ValueSpec {
  value: FigureValue;
  format?: FigureFormat | undefined;
  currency?: string | undefined;
  /** `auto` (the default): compact from one million up, standard below; a range by its larger end. */
  notation?: Notation | undefined;
  /** Not with a range (a range is shown without it). */
  qualifier?: Qualifier | undefined;
}

/** From this size up, `auto` notation is compact ("$3.4B"). */
const COMPACT_FROM = 1_000_000;

/** Whether a value is written in compact notation: always, never, or (`auto`) from one million up (a range: its larger end). */
export function isCompact(spec: ValueSpec): boolean {
  const notation = spec.notation ?? 'auto';
  if (notation !== 'auto') return notation === 'compact';
  const { value } = spec;
  const size = typeof value === 'object' ? Math.max(Math.abs(value.low), Math.abs(value.high)) : value;
  return typeof size === 'number' && spec.format !== 'percent' && Math.abs(size) >= COMPACT_FROM;
}

/**
 * A formatted value: what the eye sees and what a screen reader says. A range
 * is whole in `value`, `text` and `spoken`, with `before`, `after` and `ending` empty.
 */
export interface FormattedValue {
  /** The value alone, as the qualifier has it written, e.g. `$200M` (Kazakh, with an ending: `200 млн доллар`). */
  value: string;
  /** The case ending the qualifier puts on the value, joined to it as it is (Kazakh `-нан`; empty when none). */
  ending: string;
  /** Qualifier text before the value, e.g. `more than` (empty when none). */
  before: string;
  /** Qualifier text after the value and its ending (Kazakh puts some qualifiers after: `астам`). */
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
  const { value } = spec;
  if (typeof value === 'object') return formatRangeOf(spec, value, locale, spoken);
  if (spec.format === 'date' || typeof value === 'string') {
    return typeof value === 'string' ? formatDate(value, locale) : String(value);
  }
  const number = spec.format === 'percent' ? value / 100 : value;
  const options = numberOptions(spec, spoken);
  const byHand = formattingByHand(locale);
  return byHand ? byHand.number(number, options) : numberFormat(locale, options).format(number);
}

/** A qualifier template cut around its value: the text before and after, and the case it puts on the value. */
interface TemplateParts {
  before: string;
  after: string;
  grammaticalCase: NumberCase | undefined;
}

function templateParts(qualifier: Qualifier | undefined, locale: string): TemplateParts {
  const template = qualifier ? strings(locale).qualifiers[qualifier] : '{v}';
  // Every template has its value: `{v}`, or `{v:ablative}` / `{v:dative}`.
  const match = /\{v(?::(\w+))?\}/.exec(template)!;
  return {
    before: template.slice(0, match.index),
    after: template.slice(match.index + match[0].length),
    grammaticalCase: match[1] as NumberCase | undefined,
  };
}

/** Splits a qualifier template around `{v}`. */
export function qualifierParts(qualifier: Qualifier | undefined, locale: string): { before: string; after: string } {
  const { before, after } = templateParts(qualifier, locale);
  return { before: before.trim(), after: after.trim() };
}

/** The language's `inCase` when the qualifier puts a case on its value, else undefined. */
function caseOf(parts: TemplateParts, locale: string): ((value: ValueForCase) => ValueInCase) | undefined {
  const inCase = languageData(locale)?.inCase;
  const grammaticalCase = parts.grammaticalCase;
  return grammaticalCase && inCase ? (value) => inCase(value, grammaticalCase) : undefined;
}

/**
 * Puts a qualifier around an already formatted value ("more than 5,000";
 * Kazakh: "5 000-нан астам", the ending read from the value's text).
 */
export function qualify(text: string, qualifier: Qualifier | undefined, locale: string): string {
  if (!qualifier) return text;
  const parts = templateParts(qualifier, locale);
  const { value, ending } = caseOf(parts, locale)?.({ text, spoken: false }) ?? { value: text, ending: '' };
  return `${parts.before}${value}${ending}${parts.after}`;
}

/** The value as `inCase` takes it: formatted, and for a currency amount its number alone. */
function forCase(spec: ValueSpec, locale: string, spoken: boolean): ValueForCase {
  const currency = spec.format === 'currency' ? spec.currency : undefined;
  return {
    text: formatBare(spec, locale, spoken),
    currency,
    spoken,
    number: currency && formatBare({ ...spec, format: 'number' }, locale, spoken),
  };
}

/** The value for the eye or for speech, in the case its qualifier asks for. */
function valueForCase(spec: ValueSpec, locale: string, spoken: boolean, parts: TemplateParts): ValueInCase {
  const inCase = caseOf(parts, locale);
  return inCase ? inCase(forCase(spec, locale, spoken)) : { value: formatBare(spec, locale, spoken), ending: '' };
}

/**
 * A range in the language's words ("between 5,000 and 8,000"; Kazakh
 * "5 000-нан 8 000-ға дейін", each end in its case): both ends in one
 * notation, compact when the larger end would be.
 */
function formatRangeOf(spec: ValueSpec, range: ValueRange, locale: string, spoken: boolean): string {
  const notation = isCompact(spec) ? 'compact' : 'standard';
  const inCase = languageData(locale)?.inCase;
  return strings(locale).range.replace(/\{(low|high)(?::(\w+))?\}/g, (_, end: keyof ValueRange, grammaticalCase?: NumberCase) => {
    const value = forCase({ ...spec, value: range[end], notation }, locale, spoken);
    const inForm = grammaticalCase && inCase ? inCase(value, grammaticalCase) : { value: value.text, ending: '' };
    return inForm.value + inForm.ending;
  });
}

/**
 * Formats a figure's value with its qualifier, for display and for speech.
 * Percent values are given as written: 12.5 means 12.5 %. A range takes no
 * qualifier: it reads "between 5,000 and 8,000", whole in `value` and `text`.
 */
export function formatValue(spec: ValueSpec, locale: string): FormattedValue {
  const parts = templateParts(typeof spec.value === 'object' ? undefined : spec.qualifier, locale);
  const shown = valueForCase(spec, locale, false, parts);
  const spoken = valueForCase(spec, locale, true, parts);
  return {
    value: shown.value,
    ending: shown.ending,
    before: parts.before.trim(),
    after: parts.after.trim(),
    text: `${parts.before}${shown.value}${shown.ending}${parts.after}`,
    spoken: `${parts.before}${spoken.value}${spoken.ending}${parts.after}`,
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

/**
 * A range of a chart's point ("between 5,000 and 8,000") for tables, tooltips
 * and summaries: standard unless `compact`, with the series' currency when it
 * has one; `spoken` gives the long form for screen readers.
 */
export function formatRange(
  low: number,
  high: number,
  locale: string,
  options: { currency?: string | undefined; compact?: boolean; spoken?: boolean } = {},
): string {
  const { currency, compact, spoken } = options;
  const notation = compact ? 'compact' : 'standard';
  return formatBare({ value: { low, high }, currency, format: currency ? 'currency' : 'number', notation }, locale, !!spoken);
}

/** Capitalises the first letter, for a qualifier that opens a line ("More than"). */
export function capitalize(text: string, locale: string): string {
  return text ? text.charAt(0).toLocaleUpperCase(locale) + text.slice(1) : text;
}
