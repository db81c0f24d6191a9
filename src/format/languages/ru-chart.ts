/**
 * Russian: the chart's words, a chunk of their own in the script builds, loaded
 * by the first chart in Russian (`../chart-strings.ts`); the rest of the
 * language loads without them.
 */
import type { ChartStrings } from '../types.js';

export const chart: ChartStrings = {
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
  quarter: '{q:roman} кв. {year} г.',
  area: 'Диаграмма с областями',
  stacked: '{kind}, с накоплением',
  percent: '{kind}, доли от общего итога',
  low: 'нижняя граница',
  high: 'верхняя граница',
  total: 'Всего',
  marked: 'Отмечено на графике',
  qualifiedMark: '{mark} — значение с уточнением (например, «около»), если слова не поместились: см. таблицу данных.',
};
