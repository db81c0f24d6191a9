/** Every word the widgets show, in English, Russian and Kazakh. */
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

const ru: UiStrings = {
  qualifiers: {
    'more-than': 'более {v}',
    'at-least': 'не менее {v}',
    about: 'около {v}',
    'up-to': 'до {v}',
    'fewer-than': 'менее {v}',
  },
  dataUnavailable: 'Данные недоступны',
  source: 'Источник',
  sources: 'Источники',
  asOf: 'По состоянию на',
  asOfDate: 'По состоянию на {date}',
  updated: 'Обновлено',
  asReportedBy: 'по сообщению {source}',
  said: 'заявил',
  showData: 'Показать данные',
  hideData: 'Скрыть данные',
  downloadCsv: 'Скачать CSV',
  notes: 'Примечания',
  problems: 'Ошибки в данных виджета',
  chart: {
    bar: 'Столбчатая диаграмма',
    line: 'Линейный график',
    panels: 'на {n} панелях',
    series: 'Ряд',
    category: 'Категория',
    noValue: 'нет значения',
    qualifier: 'уточнение',
    note: 'примечание',
    data: 'Данные',
    range: 'от {first} до {last}: минимум {min}, максимум {max}',
  },
  quotes: ['«', '»'],
};

const kk: UiStrings = {
  qualifiers: {
    'more-than': '{v}-нан астам',
    'at-least': 'кемінде {v}',
    about: 'шамамен {v}',
    'up-to': 'ең көбі {v}',
    'fewer-than': '{v}-нан кем',
  },
  dataUnavailable: 'Деректер қолжетімсіз',
  source: 'Дереккөз',
  sources: 'Дереккөздер',
  asOf: 'Мәліметтер күні',
  asOfDate: 'Мәліметтер күні: {date}',
  updated: 'Жаңартылды',
  asReportedBy: '{source} хабарлауынша',
  said: 'мәлімдеді',
  showData: 'Деректерді көрсету',
  hideData: 'Деректерді жасыру',
  downloadCsv: 'CSV жүктеп алу',
  notes: 'Ескертпелер',
  problems: 'Виджет деректеріндегі қателер',
  chart: {
    bar: 'Бағанды диаграмма',
    line: 'Сызықтық график',
    panels: '{n} панельде',
    series: 'Қатар',
    category: 'Санат',
    noValue: 'мән жоқ',
    qualifier: 'нақтылау',
    note: 'ескертпе',
    data: 'Деректер',
    range: '{first} – {last}: ең төменгі мәні {min}, ең жоғары мәні {max}',
  },
  quotes: ['«', '»'],
};

const LANGUAGES: Record<string, UiStrings> = { en, ru, kk };

/** The language code used for UI strings: the tag's primary subtag when we have it, else `en`. */
export function uiLanguage(locale: string | undefined): 'en' | 'ru' | 'kk' {
  const primary = (locale ?? 'en').toLowerCase().split(/[-_]/)[0];
  return primary === 'ru' || primary === 'kk' ? primary : 'en';
}

/** Fills `{name}` placeholders of a UI string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The UI strings for a locale (English when the language is not translated). */
export function strings(locale: string | undefined): UiStrings {
  return LANGUAGES[uiLanguage(locale)] ?? en;
}
