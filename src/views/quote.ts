/** One quote: what it shows (a payload item with the element's attributes applied) and its template. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../format/dates.js';
import { splitTemplate } from '../format/strings.js';
import { AttributeReader } from '../internal/attributes.js';
import { WidgetError, problemsError } from '../payload/errors.js';
import { QUOTE_KINDS, type Payload, type Source } from '../payload/schema.js';
import { isHttpUrl } from '../payload/validate.js';
import { pickForAttributes, type ViewContext } from './context.js';
import { sourceLink, sourcesWithAttributes } from './sources.js';

/** `direct` (the speaker's words, in quotation marks) or `paraphrase` (reported speech). */
export type QuoteKind = (typeof QUOTE_KINDS)[number];

/** Everything a quote shows, after attributes are applied. */
export interface QuoteView {
  text: string;
  speaker: string;
  role: string | undefined;
  kind: QuoteKind;
  source: Source | undefined;
  date: string | undefined;
  context: string | undefined;
}

/** The attributes of `nw-quote` (raw text), and the element's own text. */
export interface QuoteAttributes {
  quote?: string | undefined;
  text?: string | undefined;
  speaker?: string | undefined;
  /** `speaker-role`, else `role`. */
  role?: string | null | undefined;
  kind?: string | undefined;
  source?: string | undefined;
  sourceUrl?: string | undefined;
  date?: string | undefined;
  /** The quote written as the element's own text, if any: asked for only when nothing else gives the text. */
  ownText?: (() => string) | undefined;
}

/** Whether the attributes alone make a quote (a text is given). */
export function quoteFromAttributesOnly(attributes: QuoteAttributes): boolean {
  return Boolean(attributes.text?.trim() || attributes.ownText?.().trim());
}

/** The quote to show: the payload item (`quote`, default the first) with the attributes applied, or the attributes alone. */
export function resolveQuote(payload: Payload | undefined, attributes: QuoteAttributes): QuoteView | WidgetError {
  const item = pickForAttributes(payload, payload?.quotes, attributes.quote, 'quote', () => quoteFromAttributesOnly(attributes));
  if (item instanceof WidgetError) return item;
  const read = new AttributeReader();
  const kind = read.oneOf('kind', attributes.kind, QUOTE_KINDS) ?? item?.kind ?? 'direct';
  const text = read.text(attributes.text) ?? item?.text ?? read.text(attributes.ownText?.());
  if (!text) read.add('text', 'is required (the attribute, or the element’s own text)');
  const speaker = read.text(attributes.speaker) ?? item?.speaker;
  if (!speaker) read.add('speaker', 'is required');
  const role = read.text(attributes.role) ?? item?.role;
  const date = read.date('date', attributes.date) ?? item?.date;
  if (read.problems.length || !text || !speaker) return problemsError('invalid-payload', read.problems);
  const [source] = sourcesWithAttributes(payload, item?.source, attributes.source, attributes.sourceUrl);
  return { text, speaker, role, kind, source, date, context: item?.context };
}

/** ", as reported by TASS" (the source's name in the language's own phrase, linked when it may be). */
function reportedBy(source: Source, template: string): TemplateResult {
  const [before, after] = splitTemplate(template, 'source');
  return html`, <span class="source reported" part="source">${before}${sourceLink(source)}${after}</span>`;
}

/** Draws one quote: a direct quote in the language's quotation marks, a paraphrase as reported speech. */
export function renderQuote(view: QuoteView, { locale, ui, textLang }: ViewContext): TemplateResult {
  const direct = view.kind === 'direct';
  const [open, close] = ui.quotes;
  const cite = view.source?.url && isHttpUrl(view.source.url) ? view.source.url : undefined;
  const body = direct
    ? html`<blockquote class="text direct" part="quote" cite=${cite ?? nothing} lang=${textLang ?? nothing}>
        <p>${open}${view.text}${close}</p>
      </blockquote>`
    : html`<p class="text paraphrase" part="quote" lang=${textLang ?? nothing}>${view.text}</p>`;
  const sourceLine =
    direct && view.source ? html`<span class="source" part="source">${ui.source}: ${sourceLink(view.source)}</span>` : nothing;
  const dateLine = view.date
    ? html`<time class="date" part="date" datetime=${view.date}>${formatDate(view.date, locale)}</time>`
    : nothing;
  return html`<div class="card ${direct ? 'is-direct' : 'is-paraphrase'}" part="card">
    <figure class="quote">
      ${body}
      <figcaption class="attribution" part="attribution">
        <p class="byline">
          <span class="speaker" part="speaker">${view.speaker}</span>${
            view.role ? html`, <span class="role" part="role">${view.role}</span>` : nothing
          }${!direct && view.source ? reportedBy(view.source, ui.asReportedBy) : nothing}
        </p>
        ${sourceLine !== nothing || dateLine !== nothing ? html`<p class="meta">${sourceLine} ${dateLine}</p>` : nothing}
      </figcaption>
    </figure>
    ${view.context ? html`<p class="context" part="context" lang=${textLang ?? nothing}>${view.context}</p>` : nothing}
  </div>`;
}
