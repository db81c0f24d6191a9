/**
 * The registry of languages. English is built in; Russian (`ru.ts`) and Kazakh
 * (`kk.ts`) are loaded the first time a widget needs them, so an English page
 * does not download them. The registry keeps what each language module
 * exports: no module registers itself on import, so a bundler that drops an
 * unused import cannot drop a language. `format/index.ts` hands both to the
 * registry before its functions run.
 */
import { en } from './en.js';
import type { HandFormatting, Language, LanguageData, UiStrings } from './types.js';

export type { ChartStrings, HandFormatting, Language, LanguageData, UiStrings } from './types.js';

const LANGUAGES: Partial<Record<Language, LanguageData>> = { en };
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<LanguageData>> = {
  ru: () => import('./ru.js').then((module) => module.ru),
  kk: () => import('./kk.js').then((module) => module.kk),
};
const loading = new Map<Language, Promise<void>>();

/** Puts languages a caller already has (imported statically) in the registry. */
export function provideLanguages(languages: Partial<Record<Exclude<Language, 'en'>, LanguageData>>): void {
  for (const [language, data] of Object.entries(languages) as [Language, LanguageData][]) LANGUAGES[language] ??= data;
}

/** The language code used for UI strings: the tag's primary subtag when we have it, else `en`. */
export function uiLanguage(locale: string | undefined): Language {
  const primary = (locale ?? 'en').toLowerCase().split(/[-_]/)[0];
  return primary === 'ru' || primary === 'kk' ? primary : 'en';
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
        LANGUAGES[language] = en;
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

/** What the registry has for a locale's language: English when it is not translated, or not loaded yet. */
export function languageData(locale: string | undefined): LanguageData {
  return LANGUAGES[uiLanguage(locale)] ?? en;
}

/** The UI strings for a locale (English when the language is not translated, or not loaded yet). */
export function strings(locale: string | undefined): UiStrings {
  return languageData(locale).ui;
}

/** Hand formatting for a locale, when its language has it and the browser needs it. */
export function formattingByHand(locale: string): HandFormatting | undefined {
  const byHand = LANGUAGES[uiLanguage(locale)]?.byHand;
  return byHand?.needed() ? byHand : undefined;
}
