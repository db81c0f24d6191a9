/**
 * One figure card: the figure it shows (a payload item with the element's
 * attributes applied, or the attributes alone) and its template. Shared by
 * `nw-figure-card` and `nw-figure-grid`, which draws its cards in its own
 * shadow root.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { capitalize, formatValue, isCompact, type FigureValue, type FormattedValue } from '../format/figures.js';
import { formatDate } from '../format/dates.js';
import { splitTemplate, type UiStrings } from '../format/strings.js';
import { AttributeReader } from '../internal/attributes.js';
import { WidgetError, problemsError } from '../payload/errors.js';
import {
  FORMATS,
  NOTATIONS,
  QUALIFIERS,
  type Figure,
  type FigureFormat,
  type Notation,
  type Payload,
  type Qualifier,
  type Source,
} from '../payload/schema.js';
import { pickForAttributes, type ViewContext } from './context.js';
import { resolveSources, sourceList, sourcesLabel, sourcesWithAttributes } from './sources.js';

/** Everything a card shows, after attributes are applied. */
export interface FigureView {
  /** A number, an ISO date (format `date`), or a range `{ low, high }` ("between 5,000 and 8,000"). */
  value: FigureValue;
  label?: string | undefined;
  format?: FigureFormat | undefined;
  currency?: string | undefined;
  notation?: Notation | undefined;
  qualifier?: Qualifier | undefined;
  sources: readonly Source[];
  asOf?: string | undefined;
  note?: string | undefined;
}

/** A payload figure as a view, its source ids resolved. */
export function figureView(figure: Figure, payload: Payload | undefined): FigureView {
  return { ...figure, sources: resolveSources(payload, figure.source) };
}

/** The one sentence a screen reader hears for the figure ("More than 5,000 people detained in the unrest"). */
function spokenSentence(view: FigureView, shown: FormattedValue, locale: string): string {
  const { spoken } = shown;
  const label = view.label?.trim();
  if (!label) return capitalize(spoken, locale);
  // A date reads best after its label ("state of emergency in force until January 19, 2022").
  return capitalize(view.format === 'date' ? `${label} ${spoken}` : `${spoken} ${label}`, locale);
}

function sourceLine(sources: readonly Source[], ui: UiStrings): TemplateResult | typeof nothing {
  if (!sources.length) return nothing;
  return html`<span class="source" part="source">${sourcesLabel(sources, ui)}: ${sourceList(sources)}</span>`;
}

function asOfLine(asOf: string | undefined, locale: string, ui: UiStrings): TemplateResult | typeof nothing {
  if (!asOf) return nothing;
  const [before, after] = splitTemplate(ui.asOfDate, 'date');
  return html`<span class="as-of" part="as-of">${before}<time datetime=${asOf}>${formatDate(asOf, locale)}</time>${after}</span>`;
}

/** Values longer than this (in characters, with their ending) are set smaller on the card. */
const LONG_VALUE = 8;

/**
 * A running count-up: the number to show now for a `final` value written in
 * compact notation or not (the count-up's chunk has the arithmetic).
 */
export type Count = (final: number, compact: boolean) => number;

/**
 * The value as shown, with its case ending: the final text (as text: no
 * template ends in a binding, see `sourceLink`), with the count-up's current
 * number over it while counting.
 */
function valueText(view: FigureView, final: string, locale: string, count: Count | undefined): TemplateResult | string {
  if (!count || typeof view.value !== 'number' || view.format === 'date') return final;
  // The count keeps the final value's notation, so the number never changes width on the way (713,000 → 5M).
  const compact = isCompact(view);
  const now = formatValue({ ...view, value: count(view.value, compact), notation: compact ? 'compact' : 'standard' }, locale);
  return html`<span class="final">${final}</span><span class="ticker">${now.value}${now.ending}</span>`;
}

/** Draws one figure card: with `count`, a count-up's current step over the (hidden) final value. */
export function renderFigure(view: FigureView, context: ViewContext, count?: Count): TemplateResult {
  const { locale, ui, textLang } = context;
  const shown = formatValue(view, locale);
  const before = capitalize(shown.before, locale);
  const after = shown.after;
  // A value that opens the line is capitalised too ("Between 5,000 and 8,000").
  const final = (before ? shown.value : capitalize(shown.value, locale)) + shown.ending;
  const long = view.format !== 'date' && final.length > LONG_VALUE;
  const counting = count !== undefined && typeof view.value === 'number' && view.format !== 'date';
  const valueClass = `value${view.format === 'date' ? ' is-date' : ''}${counting ? ' counting' : ''}`;
  const label = view.label?.trim();
  const note = view.note?.trim();
  const meta = view.sources.length > 0 || Boolean(view.asOf);
  return html`<div class="card" part="card">
    <p class="visually-hidden spoken">${spokenSentence(view, shown, locale)}</p>
    <div class="figure" aria-hidden="true">
      <p class=${long ? 'headline long' : 'headline'} part="headline">
        ${before ? html`<span class="qualifier" part="qualifier">${before}</span> ` : nothing}<span
          class=${valueClass}
          part="value"
          >${valueText(view, final, locale, count)}</span
        >${after ? html` <span class="qualifier qualifier-after" part="qualifier">${after}</span>` : nothing}
      </p>
      ${label ? html`<p class="label" part="label" lang=${textLang ?? nothing}>${label}</p>` : nothing}
    </div>
    ${note ? html`<p class="note" part="note" lang=${textLang ?? nothing}>${note}</p>` : nothing}
    ${meta ? html`<p class="meta">${sourceLine(view.sources, ui)} ${asOfLine(view.asOf, locale, ui)}</p>` : nothing}
  </div>`;
}

/** The attributes of `nw-figure-card` that stand in for or override a payload figure's fields (raw text). */
export interface FigureAttributes {
  figure?: string | undefined;
  value?: string | undefined;
  label?: string | undefined;
  qualifier?: string | undefined;
  currency?: string | undefined;
  format?: string | undefined;
  notation?: string | undefined;
  source?: string | undefined;
  sourceUrl?: string | undefined;
  asOf?: string | undefined;
  note?: string | undefined;
}

/** Whether the attributes alone make a card (a value is given). */
export function figureFromAttributesOnly(attributes: FigureAttributes): boolean {
  return Boolean(attributes.value?.trim());
}

/**
 * The figure a card shows: the payload item (`figure`, default the first) with
 * the attributes applied, or the attributes alone. Bad attributes are problems
 * at `@name`.
 */
export function resolveFigure(payload: Payload | undefined, attributes: FigureAttributes): FigureView | WidgetError {
  const item = pickForAttributes(payload, payload?.figures, attributes.figure, 'figure', () =>
    figureFromAttributesOnly(attributes),
  );
  if (item instanceof WidgetError) return item;
  const read = new AttributeReader();
  const qualifier = read.oneOf('qualifier', attributes.qualifier, QUALIFIERS) ?? item?.qualifier;
  const notation = read.oneOf('notation', attributes.notation, NOTATIONS) ?? item?.notation;
  const currency = read.currency('currency', attributes.currency) ?? item?.currency;
  let format = read.oneOf('format', attributes.format, FORMATS) ?? item?.format;
  if (!format && currency) format = 'currency';
  const rawValue = read.text(attributes.value);
  let value: FigureValue | undefined = item?.value;
  if (rawValue !== undefined) value = format === 'date' ? read.date('value', rawValue) : read.number('value', rawValue);
  else if (value === undefined) read.add('value', 'is required');
  else if (format === 'date' && typeof value !== 'string') read.add('format', '"date" needs a date value');
  else if (format !== 'date' && typeof value === 'string') read.add('format', 'must be "date" for a date value');
  if (format === 'currency' && !currency) read.add('currency', 'is required when format is "currency"');
  // As the validator has it: a qualifier would be lost on a range, so it is a problem, not dropped unseen.
  if (qualifier && typeof value === 'object')
    read.add('qualifier', 'a range needs no qualifier: it already says "between … and …"');
  const label = read.text(attributes.label) ?? item?.label;
  if (!label) read.add('label', 'is required');
  const asOf = read.date('as-of', attributes.asOf) ?? item?.asOf;
  if (read.problems.length || value === undefined) return problemsError('invalid-payload', read.problems);
  return {
    value,
    label,
    format,
    currency,
    notation,
    qualifier,
    sources: sourcesWithAttributes(payload, item?.source, attributes.source, attributes.sourceUrl),
    asOf,
    note: read.text(attributes.note) ?? item?.note,
  };
}
