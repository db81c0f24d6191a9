/**
 * Kazakh: the chart's words, a chunk of their own in the script builds, loaded
 * by the first chart in Kazakh (`../chart-strings.ts`); the rest of the
 * language loads without them.
 */
import type { ChartStrings } from '../types.js';

export const chart: ChartStrings = {
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
  keys: 'Көрсеткі пернелер: солға және оңға – қатар бойымен, жоғары және төмен – қатарлар арасында; Home, End – бірінші және соңғы нүкте; S – қатарды дыбыспен ойнату; Escape – шығу.',
  quarter: '{year} ж. {q:roman} тоқсан',
  area: 'Аудандық диаграмма',
  stacked: '{kind}, жинақталған',
  percent: '{kind}, жалпы сомадағы үлес',
  low: 'төменгі шегі',
  high: 'жоғарғы шегі',
  total: 'Барлығы',
  marked: 'Графикте белгіленген',
  qualifiedMark: '{mark} — сөздері сыймаған нақтылауы бар мән (мысалы, «шамамен»): деректер кестесін қараңыз.',
};
