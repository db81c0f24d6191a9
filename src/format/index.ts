/**
 * Formatting: Intl numbers and dates, qualifiers and UI strings in every
 * language (en, ru, kk), with nothing to load: this module hands every shipped
 * language to the registry when it loads, and package.json lists it in
 * `sideEffects`, so a bundler that keeps any function of it keeps that too.
 */
import { shippedLanguages } from './languages/shipped.js';
import { provideLanguages } from './strings.js';

export type { FigureValue, FormattedValue, ValueRange, ValueSpec } from './figures.js';
export type {
  Catalogue,
  ChartStrings,
  HandFormatting,
  Language,
  LanguageData,
  LiveStrings,
  ToneStrings,
  UiStrings,
} from './types.js';
export { fill, formattingByHand, languageLoaded, loadLanguage, splitTemplate, strings, uiLanguage, words } from './strings.js';
export { chartStrings } from './chart-strings.js';
export { numberFormat, dateFormat } from './intl-cache.js';
export { formatDate, parseIsoDate } from './dates.js';
export { capitalize, formatNumber, formatRange, formatValue, isCompact, qualifierParts, qualify } from './figures.js';
export { en } from './languages/en.js';
export { ru } from './languages/ru.js';
export { kk } from './languages/kk.js';

provideLanguages(shippedLanguages);
