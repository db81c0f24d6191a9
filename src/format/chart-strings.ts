/**
 * The chart's words in the widget's language, from the registry. English's
 * section is imported here, with the chart code, so a page without a chart
 * downloads none of it (rollup.config.mjs); so are the other languages' (a
 * chunk each, loaded by the first chart in that language, `loadChartWords`).
 */
import { chart } from './languages/en.js';
import { languageData, mergedOver, uiLanguage, words } from './strings.js';
import type { ChartStrings, Language } from './types.js';
import { codeLoader, type CodeLoader } from '../internal/code-loader.js';

/** Each language's chart words (empty when they could not be had: the chart then speaks English), loaded once. */
const LOADERS: Record<Exclude<Language, 'en'>, CodeLoader<{ chart: ChartStrings }>> = {
  ru: codeLoader('the Russian chart words (a chart shows English)', () => import('./languages/ru-chart.js')),
  kk: codeLoader('the Kazakh chart words (a chart shows English)', () => import('./languages/kk-chart.js')),
};

/** The chart's words for a locale (English for a language without them, or not loaded yet). */
export function chartStrings(locale: string | undefined): ChartStrings {
  const language = uiLanguage(locale);
  const own = language === 'en' ? undefined : LOADERS[language].module?.chart;
  return own ? mergedOver(chart, own) : words(locale, 'chart', chart);
}

/** True when a chart in `locale` has its words: English, a language given whole (Node), or one whose words loaded (or failed to). */
export function chartWordsReady(locale: string | undefined): boolean {
  const language = uiLanguage(locale);
  return language === 'en' || !!languageData(locale)?.chart || !LOADERS[language].pending;
}

/** Loads the chart's words for a locale, once. Never rejects: without them a chart speaks English, and the problem is logged. */
export function loadChartWords(locale: string | undefined): Promise<void> {
  const language = uiLanguage(locale);
  return language === 'en' || chartWordsReady(locale) ? Promise.resolve() : LOADERS[language].load();
}
