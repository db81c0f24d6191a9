/**
 * Kazakh: every word of the widgets, with case endings after numbers and hand
 * formatting for browsers whose Intl lacks Kazakh data (their own modules);
 * one chunk loaded on first use (`../strings.ts`).
 */
import type { LanguageData, LiveStrings, ToneStrings, UiStrings } from '../types.js';
import { kazakhInCase } from '../kazakh-cases.js';
import { kazakhDate, kazakhDateTick, kazakhDateTime, kazakhMonthShort, kazakhNeedsHelp, kazakhNumber } from '../kazakh.js';
import { chart } from './kk-chart.js';

const ui: UiStrings = {
  qualifiers: {
    // The ending follows the number as it is spoken (kazakh-cases.ts): "5 000-нан астам", "200-ден астам", "20 000-ға дейін".
    'more-than': '{v:ablative} астам',
    'at-least': 'кемінде {v}',
    about: 'шамамен {v}',
    'up-to': '{v:dative} дейін',
    'fewer-than': '{v:ablative} кем',
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
  range: '{low:ablative} {high:dative} дейін',
};

const tones: ToneStrings = {
  playing: '{series} дыбыспен, {range}.',
  stopped: 'Тоқтатылды.',
  silent: 'Бұл браузерде дыбыс жоқ.',
};

const live: LiveStrings = {
  failed: 'соңғы жаңарту сәтсіз болды; қайталаймыз',
  now: 'қазір',
  was: 'бұрын',
  newData: 'жаңа деректер',
};

/** Kazakh without the chart's words (`kk-chart.ts`), as a script-tag page loads it. */
export const kkWithoutChart: Omit<LanguageData, 'chart'> = {
  ui,
  tones,
  live,
  byHand: {
    needed: kazakhNeedsHelp,
    number: kazakhNumber,
    date: kazakhDate,
    monthShort: kazakhMonthShort,
    dateTime: kazakhDateTime,
    dateTick: kazakhDateTick,
  },
  inCase: kazakhInCase,
};

/** Kazakh, with case endings after numbers and hand formatting for browsers whose Intl lacks Kazakh data. */
export const kk: LanguageData = { ...kkWithoutChart, chart };
