import type { PropertyDeclarations } from 'lit';
import { codeLoader } from '../../internal/code-loader.js';
import { WidgetElement, type ContentInputs, type ContentResult } from '../../internal/widget-element.js';
import { WidgetError } from '../../payload/errors.js';
import { quoteFromAttributesOnly, renderQuote, resolveQuote, type QuoteAttributes, type QuoteKind } from '../../views/quote.js';
import sharedStyles from '../../internal/shared.styles.js';
import styles from './quote.styles.js';

export type { QuoteKind } from '../../views/quote.js';

/** The code that reads a quote from the element's own text, loaded the first time a quote needs it. */
const ownTextReader = codeLoader("the reader of a quote's own text", () => import('./own-text.js'));

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
 * @attr {string} role - Read as the speaker's role when `speaker-role` is absent, for older markup. It is also the ARIA `role` attribute (a value such as "Head of Alert Services" would make the element an alert), so write `speaker-role`; a `role` that is not an ARIA role warns once in the console.
 *
 * @slot - Fallback content: shown before the script runs, without JavaScript, and when the data cannot be had. Without a payload, its text is the quote.
 *
 * @event nw-load - The payload is loaded and valid. `detail: { payload }`
 * @event nw-render - The quote is drawn.
 * @event nw-error - Something went wrong. `detail: { code, message, path?, status? }`; attribute problems have paths like `@speaker`.
 * @event nw-update - With `refresh`: a refreshed payload differs from the one shown. `detail: { payload, changed }`, `changed` being the ids of the figures, charts and quotes whose content changed.
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
    if (name !== 'role' || old === value) return;
    this.requestUpdate();
    if (value) void import('./role-warning.js').then((module) => module.warnAboutRole(value));
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

  /** Set while the code that reads the element's own text loads. */
  #ownTextLoading = false;

  /**
   * The quote as the element writes it in its light DOM, read only when neither the attribute nor the payload
   * gives the text. The reader is loaded the first time a quote needs it.
   */
  protected override ownText(): string {
    const reader = ownTextReader.module;
    if (reader) return reader.lightDomQuote(this);
    // Without the reader (it could not load), a quote has no own text.
    if (!ownTextReader.pending) return '';
    this.#ownTextLoading = true;
    this.waitFor(ownTextReader.load());
    return '';
  }

  /** A pre-rendered quote may be its own text: the reader is here before the first render takes the server's DOM over. */
  protected override codeForFirstRender(): Promise<unknown> {
    return ownTextReader.load();
  }

  /** While the own-text reader loads, the quote waits (its fallback, the quote as written, stays). */
  override drawContent(inputs: ContentInputs): ContentResult | undefined {
    this.#ownTextLoading = false;
    const shown = super.drawContent(inputs);
    return this.#ownTextLoading ? undefined : shown;
  }

  /** The attributes and own text the quote is resolved from. */
  #attributes(ownText: () => string): QuoteAttributes {
    return {
      quote: this.quote,
      text: this.text,
      speaker: this.speaker,
      role: this.speakerRole?.trim() ? this.speakerRole : this.getAttribute('role'),
      kind: this.kind,
      source: this.source,
      sourceUrl: this.sourceUrl,
      date: this.date,
      ownText,
    };
  }

  override canRenderWithoutPayload({ ownText }: ContentInputs): boolean {
    return quoteFromAttributesOnly(this.#attributes(ownText));
  }

  /** The quote: the payload item, with the attributes and own text over it. */
  content({ payload, context, ownText }: ContentInputs): ContentResult {
    const view = resolveQuote(payload, this.#attributes(ownText));
    if (view instanceof WidgetError) return view;
    return renderQuote(view, context);
  }
}
