import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { defineElement } from '../../internal/define.js';
import { WidgetElement, type ContentResult } from '../../internal/widget-element.js';
import { AttributeReader } from '../../internal/attributes.js';
import { sourceLink, sourcesWithAttributes } from '../../internal/sources.js';
import { formatDate } from '../../format/figures.js';
import { WidgetError, problemsError } from '../../payload/errors.js';
import { isHttpUrl } from '../../payload/validate.js';
import { QUOTE_KINDS, type Payload, type Quote, type Source } from '../../payload/schema.js';
import sharedStyles from '../../internal/shared.styles.js';
import styles from './quote.styles.js';

/** `direct` (the speaker's words, in quotation marks) or `paraphrase` (reported speech). */
export type QuoteKind = (typeof QUOTE_KINDS)[number];

/** Everything a quote shows, after attributes are applied. */
interface QuoteView {
  text: string;
  speaker: string;
  role: string | undefined;
  kind: QuoteKind;
  source: Source | undefined;
  date: string | undefined;
  context: string | undefined;
}

const OPENING = '"“«„‘\'‹';
const CLOSING = '"”»“’\'›';

const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'blockquote',
  'figure',
  'figcaption',
  'section',
  'article',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/** Text of light-DOM nodes, without scripts, styles and templates. */
function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const name = (node as Element).localName;
  if (name === 'script' || name === 'style' || name === 'template') return '';
  const text = Array.from(node.childNodes, textOf).join('');
  return BLOCKS.has(name) ? ` ${text} ` : text;
}

/**
 * The quote text an element holds in its light DOM: the text of its first
 * `<blockquote>` or `<q>` when it has one (so fallback markup can carry its own
 * attribution), else all its text; one pair of surrounding quotation marks removed.
 */
export function lightDomQuote(host: Element): string {
  const quoted = host.querySelector('blockquote, q');
  let text = (quoted ? textOf(quoted) : Array.from(host.childNodes, textOf).join('')).replace(/\s+/g, ' ').trim();
  if (text.length > 1 && OPENING.includes(text.charAt(0)) && CLOSING.includes(text.charAt(text.length - 1))) {
    text = text.slice(1, -1).trim();
  }
  return text;
}

/**
 * One quote with its speaker, the speaker's role, the source and the date.
 * A `direct` quote is a `<blockquote>` in the language's quotation marks
 * (“ ” in English, « » in Russian and Kazakh); a `paraphrase` is reported
 * speech, shown without quotation marks and saying whose report it is
 * ("as reported by TASS"). The quote's `context`, when the payload gives one,
 * is shown under it.
 *
 * The text comes from the payload item (`quote="tokayev-surrender"`), the
 * `text` attribute, or the element's own text (`<nw-quote speaker="…">Words</nw-quote>`);
 * attributes override the item's fields.
 *
 * @summary One quote, direct or paraphrased, with speaker, role, source and date.
 * @tagname nw-quote
 *
 * @attr {string} role - The speaker's role. It is also the ARIA `role` attribute (a value such as "Head of Alert Services" would make the element an alert), so prefer `speaker-role`.
 *
 * @slot - Fallback content: shown before the script runs, without JavaScript, and when the data cannot be had. Without a payload, its text is the quote.
 *
 * @event nw-load - The payload is loaded and valid. `detail: { payload }`
 * @event nw-render - The quote is drawn.
 * @event nw-error - Something went wrong. `detail: { code, message, path?, status? }`; attribute problems have paths like `@speaker`.
 *
 * @csspart frame - The outer box around the quote, the fallback or the error line.
 * @csspart card - The quote box.
 * @csspart quote - The quoted or paraphrased text (a `<blockquote>` for a direct quote).
 * @csspart attribution - The lines under the text: speaker, role, source and date.
 * @csspart speaker - The speaker's name.
 * @csspart role - The speaker's role.
 * @csspart source - The source ("Source: TASS", or "as reported by TASS" for a paraphrase).
 * @csspart date - The date.
 * @csspart context - The context under the quote.
 * @csspart unavailable - The neutral "Data unavailable" line.
 * @csspart debug - The problem panel shown with `debug`.
 *
 * @cssprop --nw-font-family - Text font (default: the page's).
 * @cssprop --nw-color-text - Text colour.
 * @cssprop --nw-color-muted - Secondary text: role, source, date, context.
 * @cssprop --nw-color-accent - The rule beside a direct quote, and links.
 * @cssprop --nw-color-surface - Background.
 * @cssprop --nw-color-border - Border, and the rule beside a paraphrase.
 * @cssprop --nw-radius - Corner radius.
 * @cssprop --nw-quote-min-height - Space kept for the quote while it loads and after (default none): use the same value for `nw-quote:not(:defined)`, so the page does not move.
 */
export class QuoteElement extends WidgetElement {
  static override styles = [sharedStyles, styles];

  static override properties: PropertyDeclarations = {
    quote: {},
    text: {},
    speaker: {},
    speakerRole: { attribute: 'speaker-role' },
    kind: {},
    source: {},
    sourceUrl: { attribute: 'source-url' },
    date: {},
  };

  /** Id of the payload quote to show; default the first. */
  quote: string | undefined;

  /** The quote's text; else the payload's, else the element's own text. */
  text: string | undefined;

  /** Who said it. */
  speaker: string | undefined;

  /** The speaker's role ("President of Kazakhstan"); wins over `role`, which is also the ARIA role attribute. */
  speakerRole: string | undefined;

  /** `direct` (default) or `paraphrase`. */
  kind: QuoteKind | undefined;

  /** A source id of the payload, or else the source's name. */
  source: string | undefined;

  /** The source's web address; shown as a link only when it is http or https. */
  sourceUrl: string | undefined;

  /** The ISO date of the quote. */
  date: string | undefined;

  #lightObserver: MutationObserver | undefined;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'role'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'role' && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The element's own text can be the quote: redraw when it changes.
    this.#lightObserver ??= new MutationObserver(() => {
      this.data.refresh();
      this.requestUpdate();
    });
    this.#lightObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#lightObserver?.disconnect();
  }

  protected override canRenderWithoutPayload(): boolean {
    return Boolean(this.text?.trim() || lightDomQuote(this));
  }

  protected renderContent(payload: Payload | undefined): ContentResult {
    const view = this.#quoteView(payload);
    if (view instanceof WidgetError) return view;
    return this.#renderQuote(view, payload);
  }

  /** The quote to show: the payload item with the attributes applied, or the attributes alone. */
  #quoteView(payload: Payload | undefined): QuoteView | WidgetError {
    let item: Quote | undefined;
    if (payload) {
      const picked = this.pick(payload.quotes, this.quote?.trim() || undefined, 'quote');
      // A payload with no quotes still lends its sources to a quote made of attributes.
      if (!(picked instanceof WidgetError)) item = picked;
      else if (picked.code !== 'no-data' || !this.canRenderWithoutPayload()) return picked;
    }
    const read = new AttributeReader();
    const kind = read.oneOf('kind', this.kind, QUOTE_KINDS) ?? item?.kind ?? 'direct';
    const text = read.text(this.text) ?? item?.text ?? read.text(lightDomQuote(this));
    if (!text) read.add('text', 'is required (the attribute, or the element’s own text)');
    const speaker = read.text(this.speaker) ?? item?.speaker;
    if (!speaker) read.add('speaker', 'is required');
    const role = read.text(this.speakerRole) ?? read.text(this.getAttribute('role')) ?? item?.role;
    const date = read.date('date', this.date) ?? item?.date;
    if (read.problems.length || !text || !speaker) return problemsError('invalid-payload', read.problems);
    const [source] = sourcesWithAttributes(payload, item?.source, this.source, this.sourceUrl);
    return { text, speaker, role, kind, source, date, context: item?.context };
  }

  #renderQuote(view: QuoteView, payload: Payload | undefined): TemplateResult {
    const { ui, locale } = this;
    const textLang = payload?.locale && payload.locale.toLowerCase() !== locale.toLowerCase() ? payload.locale : undefined;
    const direct = view.kind === 'direct';
    const [open, close] = ui.quotes;
    const cite = view.source?.url && isHttpUrl(view.source.url) ? view.source.url : undefined;
    const body = direct
      ? html`<blockquote class="text direct" part="quote" cite=${cite ?? nothing} lang=${textLang ?? nothing}>
          <p>${open}${view.text}${close}</p>
        </blockquote>`
      : html`<p class="text paraphrase" part="quote" lang=${textLang ?? nothing}>${view.text}</p>`;
    const reportedBy = !direct && view.source ? this.#reportedBy(view.source) : nothing;
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
            }${reportedBy}
          </p>
          ${sourceLine !== nothing || dateLine !== nothing ? html`<p class="meta">${sourceLine} ${dateLine}</p>` : nothing}
        </figcaption>
      </figure>
      ${view.context ? html`<p class="context" part="context" lang=${textLang ?? nothing}>${view.context}</p>` : nothing}
    </div>`;
  }

  /** ", as reported by TASS" (the source's name in the language's own phrase, linked when it may be). */
  #reportedBy(source: Source): TemplateResult {
    const template = this.ui.asReportedBy;
    const at = template.indexOf('{source}');
    const before = template.slice(0, Math.max(0, at));
    const after = at < 0 ? '' : template.slice(at + '{source}'.length);
    return html`, <span class="source reported" part="source">${before}${sourceLink(source)}${after}</span>`;
  }
}

defineElement('nw-quote', QuoteElement);

declare global {
  interface HTMLElementTagNameMap {
    'nw-quote': QuoteElement;
  }
}
