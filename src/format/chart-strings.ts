/**
 * The chart's words in the widget's language, from the registry. English's
 * section is imported here, with the chart code, so a page without a chart
 * downloads none of it (rollup.config.mjs).
 */
import { chart } from './languages/en.js';
import { words } from './strings.js';
import type { ChartStrings } from './types.js';

/** The chart's words for a locale (English for a language without them, or not loaded yet). */
export function chartStrings(locale: string | undefined): ChartStrings {
  return words(locale, 'chart', chart);
}
