/**
 * The registry of languages: each language's catalogue (`languages/*.ts`),
 * read section by section, English standing in for a language not translated
 * or not loaded yet and for each top-level string of a section a language lacks
 * (a qualifier table is taken whole). English is built in;
 * Russian and Kazakh are loaded the first time a widget needs them, so an
 * English page does not download them. No module registers itself on import,
 * so a bundler that drops an unused import cannot drop a language:
 * `format/index.ts` hands both to the registry when it loads.
 *
 * The caller of `words` gives English's section, imported by name from
 * `languages/en.ts`: so each English section goes into the script bundle of
 * the code that uses it (rollup.config.mjs), and only `ui` into the entry.
 */
import { ui } from './languages/en.js';
import type { Catalogue, HandFormatting, Language, LanguageData, UiStrings } from './types.js';

export type { Catalogue, ChartStrings, HandFormatting, Language, LanguageData, UiStrings } from './types.js';

/** The languages here: English's sections come from the callers of `words`; a language that failed to load is empty. */
const LANGUAGES: Partial<Record<Language, Partial<LanguageData>>> = { en: {} };
/** Each language but its chart's words, which the first chart in it loads (`chart-strings.ts`). */
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<Partial<LanguageData>>> = {
  ru: () => import('./languages/ru.js').then((module) => module.ruWithoutChart),
  kk: () => import('./languages/kk.js').then((module) => module.kkWithoutChart),
};
const loading = new Map<Language, Promise<void>>();

/** Puts languages a caller already has (imported statically) in the registry. */
export function provideLanguages(languages: Partial<Record<Exclude<Language, 'en'>, LanguageData>>): void {
  for (const [language, data] of Object.entries(languages) as [Language, LanguageData][]) LANGUAGES[language] ??= data;
}

/** The language code used for UI strings: the tag's primary subtag when it has a catalogue here or to load, else `en`. */
export function uiLanguage(locale: string | undefined): Language {
  const primary = (locale ?? 'en').toLowerCase().split(/[-_]/)[0]!;
  return Object.hasOwn(LOADERS, primary) ? (primary as Language) : 'en';
}

/** True when the strings for a locale are here (English always is). */
export function languageLoaded(locale: string | undefined): boolean {
  return LANGUAGES[uiLanguage(locale)] !== undefined;
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
      (data) => {
        LANGUAGES[language] = data;
      },
      (error: unknown) => {
        console.error(`newsroom-widgets: could not load the "${language}" strings; showing English.`, error);
        LANGUAGES[language] = {};
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

/** Text around `{name}` in a UI string, so a link or a `<time>` can go in its place. */
export function splitTemplate(template: string, name: string): [before: string, after: string] {
  const at = template.indexOf(`{${name}}`);
  return at < 0 ? [template, ''] : [template.slice(0, at), template.slice(at + name.length + 2)];
}

/** What the registry has for a locale's language: nothing for English, undefined for a language not loaded yet. */
export function languageData(locale: string | undefined): Partial<LanguageData> | undefined {
  return LANGUAGES[uiLanguage(locale)];
}

/** Each section as merged over English, made once per pair of section objects, so a caller sees the same object each time. */
const merged = new WeakMap<object, WeakMap<object, object>>();

/**
 * One section of the catalogue for a locale, e.g. `words(locale, 'tones', tones)`: its language's strings,
 * `english` (that section of `languages/en.ts`) for a language not translated or not loaded yet, and English for
 * each top-level string of the section the language lacks. The same locale gives the same object until its
 * language loads.
 */
export function words<S extends keyof Catalogue>(locale: string | undefined, section: S, english: Catalogue[S]): Catalogue[S] {
  return mergedOver(english, languageData(locale)?.[section]);
}

/** A language's section (`own`) over English's: English for each string it lacks, the same object for the same pair. */
export function mergedOver<T extends object>(english: T, own: T | undefined): T {
  if (!own) return english;
  let byOwn = merged.get(english);
  if (!byOwn) merged.set(english, (byOwn = new WeakMap()));
  let result = byOwn.get(own) as T | undefined;
  if (!result) byOwn.set(own, (result = { ...english, ...own }));
  return result;
}

/** The UI strings for a locale (English when the language is not translated, or not loaded yet). */
export function strings(locale: string | undefined): UiStrings {
  return words(locale, 'ui', ui);
}

/** Hand formatting for a locale, when its language has it and the browser needs it. */
export function formattingByHand(locale: string): HandFormatting | undefined {
  const byHand = languageData(locale)?.byHand;
  return byHand?.needed() ? byHand : undefined;
}
