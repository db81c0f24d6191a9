/**
 * The chart's words in the widget's language, from the registry. English's
 * section is imported here, with the chart code, so a page without a chart
 * downloads none of it (rollup.config.mjs); so are the other languages' (a
 * chunk each, loaded by the first chart in that language, `loadChartWords`).
 */
import { chart } from './languages/en.js';
import { languageData, mergedOver, uiLanguage, words } from './strings.js';
import type { ChartStrings, Language } from './types.js';

const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<ChartStrings>> = {
  ru: () => import('./languages/ru-chart.js').then((module) => module.chart),
  kk: () => import('./languages/kk-chart.js').then((module) => module.chart),
};
/** The chart words loaded here, by language (empty when they could not be had: the chart then speaks English). */
const loaded: Partial<Record<Language, Partial<ChartStrings>>> = {};
const loading = new Map<Language, Promise<void>>();

/** The chart's words for a locale (English for a language without them, or not loaded yet). */
export function chartStrings(locale: string | undefined): ChartStrings {
  const own = loaded[uiLanguage(locale)];
  return own ? (mergedOver<Partial<ChartStrings>>(chart, own) as ChartStrings) : words(locale, 'chart', chart);
}

/** True when a chart in `locale` has its words: English, a language given whole (Node), or one whose words loaded. */
export function chartWordsReady(locale: string | undefined): boolean {
  const language = uiLanguage(locale);
  return language === 'en' || !!loaded[language] || !!languageData(locale)?.chart;
}

/** Loads the chart's words for a locale, once. Never rejects: without them a chart speaks English, and the problem is logged. */
export function loadChartWords(locale: string | undefined): Promise<void> {
  const language = uiLanguage(locale);
  if (chartWordsReady(locale) || language === 'en') return Promise.resolve();
  let promise = loading.get(language);
  if (!promise) {
    promise = LOADERS[language]().then(
      (words) => {
        loaded[language] = words;
      },
      (error: unknown) => {
        console.error(`newsroom-widgets: could not load the chart's "${language}" words; showing English.`, error);
        loaded[language] = {};
      },
    );
    loading.set(language, promise);
  }
  return promise;
}
