/**
 * The payload, version 1: the one schema definition from which the TypeScript
 * types, the runtime validator and the published `payload.schema.json` come.
 *
 * Shape only lives here. Rules that span fields (unique ids, source references,
 * real calendar dates, URL schemes) are checked in `validate.ts`.
 */
import { array, literal, nullable, number, object, oneOf, optional, record, string, union, type Infer } from './schema-kit.js';
import { ISO_DATE } from './iso-date.js';

/** Limits that keep a hostile or broken payload from hanging a page. */
export const LIMITS = {
  text: 10_000,
  shortText: 500,
  listItems: 1_000,
  points: 10_000,
  series: 8,
  annotations: 20,
} as const;

const slug = string({
  pattern: /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/,
  message: 'must be an id: letters, digits, "-" or "_", at most 64 characters',
});
const text = string({ max: LIMITS.text });
const shortText = string({ max: LIMITS.shortText });
/** Text a widget cannot do without (a figure's label, a quote and its speaker): blank is missing. */
const requiredText = (max: number) => string({ max, pattern: /\S/, message: 'must not be blank' });
const isoDate = string({
  pattern: ISO_DATE,
  message: 'must be an ISO 8601 date (YYYY-MM-DD) or date-time',
});
const url = string({ max: 2_000 });
const hexColor = string({ pattern: /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, message: 'must be a hex colour like #1f77b4' });
const currencyCode = string({ pattern: /^[A-Z]{3}$/, message: 'must be an ISO 4217 currency code like USD' });
const locale = string({
  pattern: /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/,
  message: 'must be a BCP 47 language tag like "en" or "ru"',
});
const sourceRef = union([slug, array(slug, { min: 1, max: 20 })], 'must be a source id or a list of source ids');

export const QUALIFIERS = ['more-than', 'at-least', 'about', 'up-to', 'fewer-than'] as const;
export const FORMATS = ['number', 'currency', 'percent', 'date'] as const;
/** `auto` (the default): compact from one million up, standard below. */
export const NOTATIONS = ['auto', 'compact', 'standard'] as const;
export const CHART_TYPES = ['bar', 'line', 'area'] as const;
/** `stacked`: series stacked on one another; `percent`: each series' share of the total. */
export const STACKINGS = ['none', 'stacked', 'percent'] as const;
/** How finely a date on the x axis is meant: "2026", "Q2 2026", "Apr 2026", "Apr 9, 2026", or a time. */
export const PRECISIONS = ['year', 'quarter', 'month', 'day', 'time'] as const;
export const ORIENTATIONS = ['vertical', 'horizontal'] as const;
export const LAYOUTS = ['auto', 'shared', 'panels'] as const;
export const QUOTE_KINDS = ['direct', 'paraphrase'] as const;

export const SourceSchema = object({
  name: shortText,
  url: optional(url),
});

/** An estimate known only as a range: "between 5,000 and 8,000". */
export const RangeSchema = object({ low: number(), high: number() });

export const FigureSchema = object({
  id: slug,
  label: requiredText(LIMITS.shortText),
  value: union(
    [number(), isoDate, RangeSchema],
    'must be a number, an ISO date when format is "date", or a range { "low": 5000, "high": 8000 }',
  ),
  format: optional(oneOf(FORMATS)),
  currency: optional(currencyCode),
  qualifier: optional(oneOf(QUALIFIERS)),
  notation: optional(oneOf(NOTATIONS)),
  source: optional(sourceRef),
  asOf: optional(isoDate),
  note: optional(text),
});

export const PointSchema = object({
  x: shortText,
  y: nullable(number()),
  /** An interval around the point (both or neither, low ≤ high): `y` may be null when only the range is known. */
  low: optional(number()),
  high: optional(number()),
  qualifier: optional(oneOf(QUALIFIERS)),
  note: optional(text),
});

export const SeriesSchema = object({
  id: slug,
  label: shortText,
  type: optional(oneOf(CHART_TYPES)),
  unit: optional(shortText),
  currency: optional(currencyCode),
  color: optional(hexColor),
  data: array(PointSchema, { min: 1, max: LIMITS.points }),
});

/** An x value, or a number on the y axis. */
const axisValue = union([number(), shortText], 'must be a number on the y axis, or an x value');
const axis = oneOf(['x', 'y']);

/** A reference line, a shaded range or a note on a point. */
export const AnnotationSchema = union(
  [
    object({ type: literal('line'), axis, value: axisValue, label: optional(shortText) }),
    object({ type: literal('range'), axis, from: axisValue, to: axisValue, label: optional(shortText) }),
    object({ type: literal('note'), x: shortText, series: optional(slug), label: requiredText(LIMITS.shortText) }),
  ],
  'must be a line { "type": "line", "axis", "value" }, a range { "type": "range", "axis", "from", "to" } or a note { "type": "note", "x", "label" }',
);

export const ChartSchema = object({
  id: slug,
  title: optional(shortText),
  description: optional(text),
  type: optional(oneOf(CHART_TYPES)),
  stacking: optional(oneOf(STACKINGS)),
  orientation: optional(oneOf(ORIENTATIONS)),
  x: optional(object({ type: oneOf(['category', 'date']), label: optional(shortText), precision: optional(oneOf(PRECISIONS)) })),
  layout: optional(oneOf(LAYOUTS)),
  annotations: optional(array(AnnotationSchema, { max: LIMITS.annotations })),
  /** Series ids or x values that stand out; the rest are muted. */
  highlight: optional(array(shortText, { max: 100 })),
  series: array(SeriesSchema, { min: 1, max: LIMITS.series }),
  source: optional(sourceRef),
  notes: optional(text),
});

export const QuoteSchema = object({
  id: slug,
  text: requiredText(LIMITS.text),
  speaker: requiredText(LIMITS.shortText),
  kind: optional(oneOf(QUOTE_KINDS)),
  role: optional(shortText),
  source: optional(slug),
  date: optional(isoDate),
  context: optional(text),
});

export const PayloadSchema = object({
  version: literal(1),
  id: optional(slug),
  locale: optional(locale),
  title: optional(shortText),
  description: optional(text),
  updated: optional(isoDate),
  sources: optional(record(slug, SourceSchema)),
  figures: optional(array(FigureSchema, { max: LIMITS.listItems })),
  charts: optional(array(ChartSchema, { max: 100 })),
  quotes: optional(array(QuoteSchema, { max: LIMITS.listItems })),
  notes: optional(array(text, { max: 100 })),
});

/** A whole payload, version 1. */
export type Payload = Infer<typeof PayloadSchema>;
/** One entry of `sources`. */
export type Source = Infer<typeof SourceSchema>;
/** One headline figure. */
export type Figure = Infer<typeof FigureSchema>;
/** One chart with its series. */
export type Chart = Infer<typeof ChartSchema>;
/** One series of a chart. */
export type Series = Infer<typeof SeriesSchema>;
/** One data point of a series. */
export type Point = Infer<typeof PointSchema>;
/** A line, range or note drawn on a chart. */
export type Annotation = Infer<typeof AnnotationSchema>;
/** A figure's value known only as a range. */
export type Range = Infer<typeof RangeSchema>;
/** A chart's form: bars, lines or areas. */
export type ChartType = (typeof CHART_TYPES)[number];
/** How a chart's series are stacked. */
export type Stacking = (typeof STACKINGS)[number];
/** How finely a date x is meant. */
export type Precision = (typeof PRECISIONS)[number];
/** One quote, direct or paraphrased. */
export type Quote = Infer<typeof QuoteSchema>;
/** A figure's qualifier: absent means the figure is exact. */
export type Qualifier = (typeof QUALIFIERS)[number];
/** How a figure's value is formatted. */
export type FigureFormat = (typeof FORMATS)[number];

export type Notation = (typeof NOTATIONS)[number];
