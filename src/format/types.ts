/** The types every language module shares: what a language provides. Types only. */
import type { DateUnit } from '../chart/spec.js';
import type { Qualifier } from '../payload/schema.js';

/**
 * A qualifier template: `{v}` stands for the formatted value; `{v:ablative}`
 * and `{v:dative}` for the value with that case ending (a language with
 * endings gives `inCase`).
 */
type QualifierTemplates = Record<Qualifier, string>;

/** A case a qualifier puts on its number (Kazakh: ablative "5 000-нан астам", dative "20 000-ға дейін"). */
export type NumberCase = 'ablative' | 'dative';

/** A formatted value, as `inCase` is given it. */
export interface ValueForCase {
  /** The value as formatted: "5 000", "200 млн $", "12%", "2022 ж. 19 қаңтар". */
  text: string;
  /** For a currency amount: the number alone, formatted the same way ("200 млн"), and the currency's code. */
  number?: string | undefined;
  currency?: string | undefined;
  /** Formatted for speech (long compact words, the currency's full name). */
  spoken: boolean;
}

/** A value with its case ending: the value as written before the ending (a currency as a word), and the ending. */
export interface ValueInCase {
  value: string;
  /** Joined to the value as it is: "-нан" after digits, symbols and abbreviations; "нан" fused to a word. */
  ending: string;
}

/** The UI strings of one language. */
export interface UiStrings {
  qualifiers: QualifierTemplates;
  dataUnavailable: string;
  source: string;
  sources: string;
  asOf: string;
  /** "As of {date}": the date a figure was current. */
  asOfDate: string;
  updated: string;
  asReportedBy: string;
  said: string;
  notes: string;
  problems: string;
  quotes: [open: string, close: string];
  /** A figure known as a range: `{low}` and `{high}`, each with a case where the language puts one (`{low:ablative}`). */
  range: string;
}

/** The words of the chart: the English ones load with the chart code (rollup.config.mjs), so a page without a chart has none. */
export interface ChartStrings {
  showData: string;
  hideData: string;
  downloadCsv: string;
  bar: string;
  line: string;
  panels: string;
  series: string;
  category: string;
  noValue: string;
  /** Header suffix of a CSV column of qualifier codes. */
  qualifier: string;
  /** Header suffix of a CSV column of point notes. */
  note: string;
  /** The data table's caption when the chart has no title. */
  data: string;
  /** A long series in the generated text alternative: `{first}`, `{last}`, `{min}`, `{max}`. */
  range: string;
  /** The keys that explore the chart, in its accessible description. */
  keys: string;
  /** A quarter on a date axis: `{year}`, and `{q}` its number (2) or `{q:roman}` in Roman numerals (II). */
  quarter: string;
  /** An area chart, as the text alternative names it. */
  area: string;
  /** A stacked chart: `{kind}` is its kind ("Bar chart, stacked"). */
  stacked: string;
  /** A chart stacked as shares of each total: `{kind}` is its kind. */
  percent: string;
  /** The CSV's columns of the ends of a series' ranges ("Estimate – low"). */
  low: string;
  high: string;
  /** The column and the line of a stacked chart's totals. */
  total: string;
  /** What the chart marks (its annotations), in the text alternative and below the table. */
  marked: string;
  /** The key to the mark by a qualified value whose words do not fit on the chart: `{mark}` is the mark. */
  qualifiedMark: string;
}

/** The words of a series played as tones (`{series}`, `{range}`): they load with the player. */
export interface ToneStrings {
  playing: string;
  stopped: string;
  silent: string;
}

/** The words of a live widget: the Updated line's failure note and the announcements ("now …, was …"). */
export interface LiveStrings {
  failed: string;
  now: string;
  was: string;
  newData: string;
}

/**
 * Every word of the widgets in one language, by section. Each English section
 * goes into the script bundle of the code that uses it (rollup.config.mjs):
 * `ui` into the entry, `chart` into the chart file, `tones` and `live` into
 * their chunks.
 */
export interface Catalogue {
  ui: UiStrings;
  chart: ChartStrings;
  tones: ToneStrings;
  live: LiveStrings;
}

/** A language the widgets are translated into. */
export type Language = 'en' | 'ru' | 'kk';

/**
 * Number and date formatting done by hand, for a language whose Intl data the
 * browser may lack (Debian's Chromium has none for Kazakh).
 */
export interface HandFormatting {
  /** True when the browser's Intl cannot format the language by itself. */
  needed(): boolean;
  number(value: number, options: Intl.NumberFormatOptions): string;
  /** A UTC date, in the given style. */
  date(date: Date, style: 'long' | 'medium' | 'short'): string;
  /** The short name of a month (0–11). */
  monthShort(month: number): string;
  /** A date-time row label of a chart, in local time. */
  dateTime(date: Date): string;
  /** A chart's tick at a boundary of `unit`, in UTC or local time. */
  dateTick(date: Date, unit: DateUnit, utc: boolean): string;
}

/** A language: its catalogue, and hand formatting and case endings where Intl may lack its data. */
export interface LanguageData extends Catalogue {
  byHand?: HandFormatting | undefined;
  /** The value in a grammatical case, for qualifier templates with `{v:ablative}` or `{v:dative}`. */
  inCase?: ((value: ValueForCase, grammaticalCase: NumberCase) => ValueInCase) | undefined;
}
