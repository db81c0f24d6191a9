/**
 * The payload, version 1: the one schema definition from which the TypeScript
 * types, the runtime validator and the published `payload.schema.json` come.
 *
 * Shape only lives here. Rules that span fields (unique ids, source references,
 * real calendar dates, URL schemes) are checked in `validate.ts`.
 */
import * as v from 'valibot';

/** Limits that keep a hostile or broken payload from hanging a page. */
export const LIMITS = {
  text: 10_000,
  shortText: 500,
  listItems: 1_000,
  points: 10_000,
  series: 8,
} as const;

const slug = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'must be a slug: letters, digits, "-" or "_", at most 64 characters'),
);
const text = v.pipe(v.string(), v.maxLength(LIMITS.text, `must be at most ${LIMITS.text} characters`));
const shortText = v.pipe(v.string(), v.maxLength(LIMITS.shortText, `must be at most ${LIMITS.shortText} characters`));
const isoDate = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/,
    'must be an ISO 8601 date (YYYY-MM-DD) or date-time',
  ),
);
const httpUrl = v.pipe(v.string(), v.maxLength(2_000, 'must be at most 2000 characters'));
const hexColor = v.pipe(v.string(), v.regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'must be a hex colour like #1f77b4'));
const currencyCode = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code like USD'));
const locale = v.pipe(v.string(), v.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'must be a BCP 47 language tag like "en" or "ru"'));
const sourceRef = v.union([slug, v.pipe(v.array(slug), v.minLength(1), v.maxLength(20))], 'must be a source id or a list of source ids');
const list = <T extends v.GenericSchema>(item: T, max: number = LIMITS.listItems) =>
  v.pipe(v.array(item), v.maxLength(max, `must have at most ${max} items`));

export const QUALIFIERS = ['more-than', 'at-least', 'about', 'up-to', 'fewer-than'] as const;
export const FORMATS = ['number', 'currency', 'percent', 'date'] as const;
export const NOTATIONS = ['compact', 'standard'] as const;
export const CHART_TYPES = ['bar', 'line'] as const;
export const ORIENTATIONS = ['vertical', 'horizontal'] as const;
export const LAYOUTS = ['auto', 'shared', 'panels'] as const;
export const QUOTE_KINDS = ['direct', 'paraphrase'] as const;

const qualifier = v.picklist(QUALIFIERS, `must be one of ${QUALIFIERS.join(', ')}`);

export const SourceSchema = v.strictObject({
  name: shortText,
  url: v.optional(httpUrl),
});

export const FigureSchema = v.strictObject({
  id: slug,
  label: shortText,
  value: v.union([v.number(), isoDate], 'must be a number, or an ISO date when format is "date"'),
  format: v.optional(v.picklist(FORMATS, `must be one of ${FORMATS.join(', ')}`)),
  currency: v.optional(currencyCode),
  qualifier: v.optional(qualifier),
  notation: v.optional(v.picklist(NOTATIONS, `must be one of ${NOTATIONS.join(', ')}`)),
  source: v.optional(sourceRef),
  asOf: v.optional(isoDate),
  note: v.optional(text),
});

export const PointSchema = v.strictObject({
  x: shortText,
  y: v.nullable(v.number()),
  qualifier: v.optional(qualifier),
  note: v.optional(text),
});

export const SeriesSchema = v.strictObject({
  id: slug,
  label: shortText,
  type: v.optional(v.picklist(CHART_TYPES, `must be one of ${CHART_TYPES.join(', ')}`)),
  unit: v.optional(shortText),
  currency: v.optional(currencyCode),
  color: v.optional(hexColor),
  data: v.pipe(v.array(PointSchema), v.minLength(1, 'must have at least one point'), v.maxLength(LIMITS.points, `must have at most ${LIMITS.points} points`)),
});

export const ChartSchema = v.strictObject({
  id: slug,
  title: v.optional(shortText),
  description: v.optional(text),
  type: v.optional(v.picklist(CHART_TYPES, `must be one of ${CHART_TYPES.join(', ')}`)),
  orientation: v.optional(v.picklist(ORIENTATIONS, `must be one of ${ORIENTATIONS.join(', ')}`)),
  x: v.optional(
    v.strictObject({
      type: v.picklist(['category', 'date'], 'must be "category" or "date"'),
      label: v.optional(shortText),
    }),
  ),
  layout: v.optional(v.picklist(LAYOUTS, `must be one of ${LAYOUTS.join(', ')}`)),
  series: v.pipe(v.array(SeriesSchema), v.minLength(1, 'must have at least one series'), v.maxLength(LIMITS.series, `must have at most ${LIMITS.series} series`)),
  source: v.optional(sourceRef),
  notes: v.optional(text),
});

export const QuoteSchema = v.strictObject({
  id: slug,
  text: text,
  speaker: shortText,
  kind: v.optional(v.picklist(QUOTE_KINDS, 'must be "direct" or "paraphrase"')),
  role: v.optional(shortText),
  source: v.optional(slug),
  date: v.optional(isoDate),
  context: v.optional(text),
});

export const PayloadSchema = v.strictObject({
  version: v.literal(1, 'must be 1'),
  id: v.optional(slug),
  locale: v.optional(locale),
  title: v.optional(shortText),
  description: v.optional(text),
  updated: v.optional(isoDate),
  sources: v.optional(v.record(slug, SourceSchema, 'must be an object of sources keyed by id')),
  figures: v.optional(list(FigureSchema)),
  charts: v.optional(list(ChartSchema, 100)),
  quotes: v.optional(list(QuoteSchema)),
  notes: v.optional(list(text, 100)),
});

/** A whole payload, version 1. */
export type Payload = v.InferOutput<typeof PayloadSchema>;
/** One entry of `sources`. */
export type Source = v.InferOutput<typeof SourceSchema>;
/** One headline figure. */
export type Figure = v.InferOutput<typeof FigureSchema>;
/** One chart with its series. */
export type Chart = v.InferOutput<typeof ChartSchema>;
/** One series of a chart. */
export type Series = v.InferOutput<typeof SeriesSchema>;
/** One data point of a series. */
export type Point = v.InferOutput<typeof PointSchema>;
/** One quote, direct or paraphrased. */
export type Quote = v.InferOutput<typeof QuoteSchema>;
/** A figure's qualifier: absent means the figure is exact. */
export type Qualifier = (typeof QUALIFIERS)[number];
/** How a figure's value is formatted. */
export type FigureFormat = (typeof FORMATS)[number];
