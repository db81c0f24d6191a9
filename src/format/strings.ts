/**
 * Every word the widgets show. English is built in; Russian (`ru.ts`) and
 * Kazakh (`kk.ts`) are loaded the first time a widget needs them, so an
 * English page does not download them. `format/index.ts` and the package's
 * main entry load both up front.
 */
import type { Qualifier } from '../payload/schema.js';

/** A qualifier template: `{v}` stands for the formatted value. */
type QualifierTemplates = Record<Qualifier, string>;

/** The UI strings of one language. */
export interface UiStrings {
  qualifiers: QualifierTemplates;
  dataUnavailable: string;
  source: string;
  sources: string;
  asOf: string;
  /** "As of {date}": the date a figure was current. */
  asOfDate: string;
  updated: string;
  asReportedBy: string;
  said: string;
  showData: string;
  hideData: string;
  downloadCsv: string;
  notes: string;
  problems: string;
  chart: {
    bar: string;
    line: string;
    panels: string;
    series: string;
    category: string;
    noValue: string;
    /** Header suffix of a CSV column of qualifier codes. */
    qualifier: string;
    /** Header suffix of a CSV column of point notes. */
    note: string;
    /** The data table's caption when the chart has no title. */
    data: string;
    /** A long series in the generated text alternative: `{first}`, `{last}`, `{min}`, `{max}`. */
    range: string;
  };
  quotes: [open: string, close: string];
}

const en: UiStrings = {
  qualifiers: {
    'more-than': 'more than {v}',
    'at-least': 'at least {v}',
    about: 'about {v}',
    'up-to': 'up to {v}',
    'fewer-than': 'fewer than {v}',
  },
  dataUnavailable: 'Data unavailable',
  source: 'Source',
  sources: 'Sources',
  asOf: 'As of',
  asOfDate: 'As of {date}',
  updated: 'Updated',
  asReportedBy: 'as reported by {source}',
  said: 'said',
  showData: 'Show data',
  hideData: 'Hide data',
  downloadCsv: 'Download CSV',
  notes: 'Notes',
  problems: 'Problems with this widget’s data',
  chart: {
    bar: 'Bar chart',
    line: 'Line chart',
    panels: 'in {n} panels',
    series: 'Series',
    category: 'Category',
    noValue: 'no value',
    qualifier: 'qualifier',
    note: 'note',
    data: 'Data',
    range: 'from {first} to {last}: lowest {min}, highest {max}',
  },
  quotes: ['“', '”'],
};

/** A language the widgets are translated into. */
export type Language = 'en' | 'ru' | 'kk';

/**
 * Number and date formatting done by hand, for a language whose Intl data the
 * browser may lack (Debian's Chromium has none for Kazakh).
 */
export interface HandFormatting {
  /** True when the browser's Intl cannot format the language by itself. */
  needed(): boolean;
  number(value: number, options: Intl.NumberFormatOptions): string;
  /** A UTC date, in the given style. */
  date(date: Date, style: 'long' | 'medium' | 'short'): string;
  /** The short name of a month (0–11). */
  monthShort(month: number): string;
}

interface LanguageData {
  ui: UiStrings;
  byHand?: HandFormatting | undefined;
}

const LANGUAGES: Partial<Record<Language, LanguageData>> = { en: { ui: en } };
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<unknown>> = {
  ru: () => import('./ru.js'),
  kk: () => import('./kk.js'),
};
const loading = new Map<Language, Promise<void>>();

/** Adds a language's strings (and hand formatting); the language modules call it. */
export function addLanguage(language: Language, ui: UiStrings, byHand?: HandFormatting): void {
  LANGUAGES[language] = { ui, byHand };
}

/** The language code used for UI strings: the tag's primary subtag when we have it, else `en`. */
export function uiLanguage(locale: string | undefined): Language {
  const primary = (locale ?? 'en').toLowerCase().split(/[-_]/)[0];
  return primary === 'ru' || primary === 'kk' ? primary : 'en';
}

/** True when the strings for a locale are here (English always is). */
export function languageLoaded(locale: string | undefined): boolean {
  const language = uiLanguage(locale);
  return language === 'en' || LANGUAGES[language] !== undefined;
}

/**
 * Loads the strings for a locale, once. Never rejects: when the file cannot be
 * had, the widgets stay in English and the problem is logged.
 */
export function loadLanguage(locale: string | undefined): Promise<void> {
  const language = uiLanguage(locale);
  if (language === 'en' || LANGUAGES[language]) return Promise.resolve();
  let promise = loading.get(language);
  if (!promise) {
    promise = LOADERS[language]().then(
      () => undefined,
      (error: unknown) => {
        console.error(`newsroom-widgets: could not load the "${language}" strings; showing English.`, error);
        LANGUAGES[language] = { ui: en };
      },
    );
    loading.set(language, promise);
  }
  return promise;
}

/** Fills `{name}` placeholders of a UI string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The UI strings for a locale (English when the language is not translated, or not loaded yet). */
export function strings(locale: string | undefined): UiStrings {
  return LANGUAGES[uiLanguage(locale)]?.ui ?? en;
}

/** Hand formatting for a locale, when its language has it and the browser needs it. */
export function formattingByHand(locale: string): HandFormatting | undefined {
  const byHand = LANGUAGES[uiLanguage(locale)]?.byHand;
  return byHand?.needed() ? byHand : undefined;
}
