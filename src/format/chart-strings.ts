/**
 * The chart's words in the widget's language: Russian and Kazakh come with
 * their language modules; English is here, with the chart code, so a page
 * without a chart downloads none of it.
 */
import { languageData } from './strings.js';
import type { ChartStrings } from './types.js';

const en: ChartStrings = {
  showData: 'Show data',
  hideData: 'Hide data',
  downloadCsv: 'Download CSV',
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
  keys: 'Arrow keys: left and right along a series, up and down between series; Home, End: first and last point; S: play the series as tones; Escape: leave.',
};

/** The chart's words for a locale (English when its language has none or is not loaded yet). */
export function chartStrings(locale: string | undefined): ChartStrings {
  return languageData(locale).chart ?? en;
}
