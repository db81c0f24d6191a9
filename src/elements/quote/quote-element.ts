import type { PropertyDeclarations } from 'lit';
import { WidgetElement, type ContentResult } from '../../internal/widget-element.js';
import { WidgetError } from '../../payload/errors.js';
import type { Payload } from '../../payload/schema.js';
import { quoteFromAttributesOnly, renderQuote, resolveQuote, type QuoteAttributes, type QuoteKind } from '../../views/quote.js';
import sharedStyles from '../../internal/shared.styles.js';
import styles from './quote.styles.js';
import { lightDomQuote } from './own-text.js';

export type { QuoteKind } from '../../views/quote.js';

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

  /** The attributes and own text the quote is resolved from. */
  #attributes(): QuoteAttributes {
    // The light DOM is walked only when neither the attribute nor the payload gives the text.
    return quoteAttributes(this, () => lightDomQuote(this));
  }

  protected override canRenderWithoutPayload(): boolean {
    return quoteFromAttributesOnly(this.#attributes());
  }

  protected renderContent(payload: Payload | undefined): ContentResult {
    const view = resolveQuote(payload, this.#attributes());
    if (view instanceof WidgetError) return view;
    return renderQuote(view, this.viewContext(payload));
  }
}

/** What `nw-quote` resolves its quote from: its attributes, and its own text (read by `ownText` only when needed). */
export function quoteAttributes(element: QuoteElement, ownText: () => string): QuoteAttributes {
  return {
    quote: element.quote,
    text: element.text,
    speaker: element.speaker,
    role: element.speakerRole?.trim() ? element.speakerRole : element.getAttribute('role'),
    kind: element.kind,
    source: element.source,
    sourceUrl: element.sourceUrl,
    date: element.date,
    ownText,
  };
}
