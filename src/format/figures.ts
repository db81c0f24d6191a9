/**
 * Formatting of figures: numbers (standard and compact), currency, percent and
 * dates, with their qualifier, for the eye and for screen readers.
 */
import type { FigureFormat, Notation, Qualifier } from '../payload/schema.js';
import { formatDate } from './dates.js';
import { numberFormat } from './intl-cache.js';
import { formattingByHand, languageData, strings } from './strings.js';
import type { NumberCase, ValueForCase, ValueInCase } from './types.js';

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
  if (spec.format === 'date' || typeof spec.value === 'string') {
    return typeof spec.value === 'string' ? formatDate(spec.value, locale) : String(spec.value);
  }
  const number = spec.format === 'percent' ? spec.value / 100 : spec.value;
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

/** The value for the eye or for speech, in the case its qualifier asks for. */
function valueForCase(spec: ValueSpec, locale: string, spoken: boolean, parts: TemplateParts): ValueInCase {
  const text = formatBare(spec, locale, spoken);
  const inCase = caseOf(parts, locale);
  if (!inCase) return { value: text, ending: '' };
  const currency = spec.format === 'currency' ? spec.currency : undefined;
  return inCase({ text, currency, spoken, number: currency && formatBare({ ...spec, format: 'number' }, locale, spoken) });
}

/**
 * Formats a figure's value with its qualifier, for display and for speech.
 * Percent values are given as written: 12.5 means 12.5 %.
 */
export function formatValue(spec: ValueSpec, locale: string): FormattedValue {
  const parts = templateParts(spec.qualifier, locale);
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

/** Capitalises the first letter, for a qualifier that opens a line ("More than"). */
export function capitalize(text: string, locale: string): string {
  return text ? text.charAt(0).toLocaleUpperCase(locale) + text.slice(1) : text;
}
