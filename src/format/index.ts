/**
 * Formatting: Intl numbers and dates, qualifiers and UI strings in every
 * language (en, ru, kk), with nothing to load: each function here hands the
 * Russian and Kazakh modules to the registry before it runs, so the result
 * never depends on a bundler keeping an import for its side effects.
 */
import * as figures from './figures.js';
import * as dates from './dates.js';
import * as registry from './strings.js';
import * as chart from './chart-strings.js';
import { ru } from './ru.js';
import { kk } from './kk.js';

export type { FormattedValue, ValueSpec } from './figures.js';
export type { ChartStrings, HandFormatting, Language, LanguageData, UiStrings } from './types.js';
export { fill, loadLanguage, splitTemplate, uiLanguage } from './strings.js';
export { numberFormat, dateFormat } from './intl-cache.js';
export { parseIsoDate } from './dates.js';
export { capitalize, isCompact } from './figures.js';
export { ru, kk };

/** Wraps a formatting function so that every language is in the registry when it runs. */
function withEveryLanguage<A extends unknown[], R>(format: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    registry.provideLanguages({ ru, kk });
    return format(...args);
  };
}

/** The UI strings for a locale. */
export const strings = withEveryLanguage(registry.strings);
/** The chart's words for a locale. */
export const chartStrings = withEveryLanguage(chart.chartStrings);
/** Hand formatting for a locale, when the browser's Intl lacks its data. */
export const formattingByHand = withEveryLanguage(registry.formattingByHand);
/** True for every language of the library: this entry has them all. */
export const languageLoaded = withEveryLanguage(registry.languageLoaded);
/** Formats a figure's value with its qualifier, for display and for speech. */
export const formatValue = withEveryLanguage(figures.formatValue);
/** A plain number for axes and tables. */
export const formatNumber = withEveryLanguage(figures.formatNumber);
/** Puts a qualifier around an already formatted value. */
export const qualify = withEveryLanguage(figures.qualify);
/** Splits a qualifier template around the value. */
export const qualifierParts = withEveryLanguage(figures.qualifierParts);
/** Formats an ISO date for a locale. */
export const formatDate = withEveryLanguage(dates.formatDate);
