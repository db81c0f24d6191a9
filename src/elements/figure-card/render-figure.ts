/**
 * One figure card as a template, shared by `nw-figure-card` and
 * `nw-figure-grid` (which draws its cards in its own shadow root, so importing
 * the grid does not define `nw-figure-card`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { capitalize, formatDate, formatValue } from '../../format/figures.js';
import type { UiStrings } from '../../format/strings.js';
import { resolveSources, sourceLink } from '../../internal/sources.js';
import type { Figure, FigureFormat, Payload, Qualifier, Source } from '../../payload/schema.js';
import { CountUp } from './count-up.js';

/** Everything a card shows, after attributes are applied. */
export interface FigureView {
  value: number | string;
  label?: string | undefined;
  format?: FigureFormat | undefined;
  currency?: string | undefined;
  notation?: 'compact' | 'standard' | undefined;
  qualifier?: Qualifier | undefined;
  sources: readonly Source[];
  asOf?: string | undefined;
  note?: string | undefined;
}

/** How to draw a card. */
export interface FigureRenderOptions {
  /** The element's language. */
  locale: string;
  /** UI strings in that language. */
  ui: UiStrings;
  /** The language of the payload's own text, when it differs from `locale`. */
  textLang?: string | undefined;
  /** How far a count-up has gone (0–1); undefined shows the final value. */
  progress?: number | undefined;
}

/** A payload figure as a view, its source ids resolved. */
export function figureView(figure: Figure, payload: Payload | undefined): FigureView {
  return {
    value: figure.value,
    label: figure.label,
    format: figure.format,
    currency: figure.currency,
    notation: figure.notation,
    qualifier: figure.qualifier,
    sources: resolveSources(payload, figure.source),
    asOf: figure.asOf,
    note: figure.note,
  };
}

/** The payload's language for its own text, when it differs from the widget's (screen readers switch voice). */
export function payloadTextLang(payload: Payload | undefined, locale: string): string | undefined {
  const lang = payload?.locale;
  return lang && lang.toLowerCase() !== locale.toLowerCase() ? lang : undefined;
}

/** Text around `{name}` in a UI string, so a link or a <time> can go in its place. */
export function splitTemplate(template: string, name: string): [before: string, after: string] {
  const at = template.indexOf(`{${name}}`);
  return at < 0 ? [template, ''] : [template.slice(0, at), template.slice(at + name.length + 2)];
}

/** The one sentence a screen reader hears for the figure ("More than 5,000 people detained in the unrest"). */
export function spokenSentence(view: FigureView, locale: string): string {
  const spoken = formatValue(view, locale).spoken;
  const label = view.label?.trim();
  if (!label) return capitalize(spoken, locale);
  // A date reads best after its label ("state of emergency in force until January 19, 2022").
  return capitalize(view.format === 'date' ? `${label} ${spoken}` : `${spoken} ${label}`, locale);
}

function sourceLine(sources: readonly Source[], ui: UiStrings): TemplateResult | typeof nothing {
  if (!sources.length) return nothing;
  return html`<span class="source" part="source"
    >${sources.length > 1 ? ui.sources : ui.source}:
    ${sources.map((source, index) => html`${index ? ', ' : ''}${sourceLink(source)}`)}</span
  >`;
}

function asOfLine(asOf: string | undefined, locale: string, ui: UiStrings): TemplateResult | typeof nothing {
  if (!asOf) return nothing;
  const [before, after] = splitTemplate(ui.asOfDate, 'date');
  return html`<span class="as-of" part="as-of">${before}<time datetime=${asOf}>${formatDate(asOf, locale)}</time>${after}</span>`;
}

/** The value as shown: the final text, with the count-up's current number over it while counting. */
function valueText(view: FigureView, locale: string, progress: number | undefined): TemplateResult {
  const final = formatValue({ ...view, qualifier: undefined }, locale).value;
  if (progress === undefined || typeof view.value !== 'number' || view.format === 'date') return html`${final}`;
  const now = formatValue({ ...view, value: CountUp.between(view.value, progress), qualifier: undefined }, locale).value;
  return html`<span class="final">${final}</span><span class="ticker">${now}</span>`;
}

/** Draws one figure card. */
export function renderFigure(view: FigureView, options: FigureRenderOptions): TemplateResult {
  const { locale, ui, progress, textLang } = options;
  const template = view.qualifier ? ui.qualifiers[view.qualifier] : '{v}';
  const [rawBefore, after] = splitTemplate(template, 'v');
  const before = capitalize(rawBefore.trim(), locale);
  const counting = progress !== undefined && typeof view.value === 'number' && view.format !== 'date';
  const valueClass = `value${view.format === 'date' ? ' is-date' : ''}${counting ? ' counting' : ''}`;
  const label = view.label?.trim();
  const note = view.note?.trim();
  const meta = view.sources.length > 0 || Boolean(view.asOf);
  return html`<div class="card" part="card">
    <p class="visually-hidden spoken">${spokenSentence(view, locale)}</p>
    <div class="figure" aria-hidden="true">
      <p class="headline" part="headline">
        ${before ? html`<span class="qualifier" part="qualifier">${before}</span> ` : nothing}<span
          class=${valueClass}
          part="value"
          >${valueText(view, locale, progress)}</span
        >${after.trim() ? html`<wbr /><span class="qualifier qualifier-after" part="qualifier">${after}</span>` : nothing}
      </p>
      ${label ? html`<p class="label" part="label" lang=${textLang ?? nothing}>${label}</p>` : nothing}
    </div>
    ${note ? html`<p class="note" part="note" lang=${textLang ?? nothing}>${note}</p>` : nothing}
    ${meta ? html`<p class="meta">${sourceLine(view.sources, ui)} ${asOfLine(view.asOf, locale, ui)}</p>` : nothing}
  </div>`;
}
