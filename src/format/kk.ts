/** Kazakh UI strings and hand formatting: what the registry (`strings.ts`) keeps once loaded. */
import type { ChartStrings, LanguageData, UiStrings } from './types.js';
import { kazakhDate, kazakhDateTick, kazakhDateTime, kazakhMonthShort, kazakhNeedsHelp, kazakhNumber } from './kazakh.js';

const ui: UiStrings = {
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
  notes: 'Ескертпелер',
  problems: 'Виджет деректеріндегі қателер',
  quotes: ['«', '»'],
};

const chart: ChartStrings = {
  showData: 'Деректерді көрсету',
  hideData: 'Деректерді жасыру',
  downloadCsv: 'CSV жүктеп алу',
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
};

/** Kazakh, with hand formatting for browsers whose Intl lacks Kazakh data. */
export const kk: LanguageData = {
  ui,
  chart,
  byHand: {
    needed: kazakhNeedsHelp,
    number: kazakhNumber,
    date: kazakhDate,
    monthShort: kazakhMonthShort,
    dateTime: kazakhDateTime,
    dateTick: kazakhDateTick,
  },
};
