/** Russian: every word of the widgets, one chunk loaded on first use (`../strings.ts`). */
import type { ChartStrings, LanguageData, LiveStrings, ToneStrings, UiStrings } from '../types.js';

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
};

const chart: ChartStrings = {
  showData: 'Показать данные',
  hideData: 'Скрыть данные',
  downloadCsv: 'Скачать CSV',
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
  keys: 'Стрелки: влево и вправо — по ряду, вверх и вниз — между рядами; Home, End — первая и последняя точка; S — проиграть ряд тонами; Escape — выход.',
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

/** Russian. */
export const ru: LanguageData = { ui, chart, tones, live };
