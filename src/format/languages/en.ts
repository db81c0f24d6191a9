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
  notes: 'Notes',
  problems: 'Problems with this widget’s data',
  quotes: ['“', '”'],
};

/** English. */
export const en: LanguageData = { ui };
