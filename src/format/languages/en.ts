/**
 * English: every word of the widgets, built in, and the fallback of every
 * other language, section by section and string by string. Plain data: the
 * script bundles put each section with the code that uses it
 * (rollup.config.mjs), so a page without a chart carries no chart words.
 * Import the sections by name; only Node and the tests import `en` whole.
 */
import type { Catalogue, ChartStrings, LiveStrings, ToneStrings, UiStrings } from '../types.js';

export const ui: UiStrings = {
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
  notes: 'Notes',
  problems: 'Problems with this widget’s data',
  quotes: ['“', '”'],
  range: 'between {low} and {high}',
};

export const chart: ChartStrings = {
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
  quarter: 'Q{q} {year}',
  area: 'Area chart',
  stacked: '{kind}, stacked',
  percent: '{kind}, shares of each total',
  low: 'low',
  high: 'high',
  total: 'Total',
  marked: 'Marked on the chart',
  qualifiedMark: '{mark} marks a value with a qualifier (such as “about”) where its words do not fit: see the data table.',
};

export const tones: ToneStrings = {
  playing: '{series} as tones, {range}.',
  stopped: 'Stopped.',
  silent: 'Sound is not available in this browser.',
};

export const live: LiveStrings = {
  failed: 'the latest refresh failed; retrying',
  now: 'now',
  was: 'was',
  newData: 'new data',
};

/** English, whole (Node and the tests; a script bundle imports the sections). */
export const en: Catalogue = { ui, chart, tones, live };
