/** English UI strings: built in, the fallback of every other language. */
import type { LanguageData, UiStrings } from './types.js';

const ui: UiStrings = {
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

/** English. */
export const en: LanguageData = { ui };
