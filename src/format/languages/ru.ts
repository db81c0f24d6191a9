/** Russian: every word of the widgets, one chunk loaded on first use (`../strings.ts`). */
import type { LanguageData, LiveStrings, ToneStrings, UiStrings } from '../types.js';
import { chart } from './ru-chart.js';

const ui: UiStrings = {
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
  notes: 'Примечания',
  problems: 'Ошибки в данных виджета',
  quotes: ['«', '»'],
  range: 'от {low} до {high}',
};

const tones: ToneStrings = {
  playing: '{series} тонами, {range}.',
  stopped: 'Остановлено.',
  silent: 'Звук в этом браузере недоступен.',
};

const live: LiveStrings = {
  failed: 'последнее обновление не удалось; повторим',
  now: 'теперь',
  was: 'было',
  newData: 'новые данные',
};

/** Russian without the chart's words (`ru-chart.ts`), as a script-tag page loads it. */
export const ruWithoutChart: Omit<LanguageData, 'chart'> = { ui, tones, live };

/** Russian. */
export const ru: LanguageData = { ...ruWithoutChart, chart };
