import type { PropertyDeclarations } from 'lit';
import { WidgetElement, type ContentInputs, type ContentResult } from '../../internal/widget-element.js';
import { WidgetError } from '../../payload/errors.js';
import type { FigureFormat, Notation, Qualifier } from '../../payload/schema.js';
import { renderFigure, resolveFigure, figureFromAttributesOnly } from '../../views/figure.js';
import sharedStyles from '../../internal/shared.styles.js';
import styles from './figure-card.styles.js';
import { CountUp } from './count-up.js';

/**
 * One headline figure: its qualifier ("More than"), value, label, source, the
 * date it was current and a note. The data comes from a payload item
 * (`figure="detained"`) or from attributes alone (`value`, `label`, …);
 * attributes override the item's fields.
 *
 * Screen readers hear one sentence with the long form of the value ("More than
 * 200 million US dollars in estimated damage"), then the source line.
 *
 * @summary One headline figure: qualifier, value, label, source.
 * @tagname nw-figure-card
 *
 * @slot - Fallback content: shown before the script runs, without JavaScript, and when the data cannot be had.
 *
 * @event nw-load - The payload is loaded and valid. `detail: { payload }`
 * @event nw-render - The card is drawn.
 * @event nw-error - Something went wrong. `detail: { code, message, path?, status? }`; attribute problems have paths like `@value`.
 * @event nw-update - With `refresh`: a refreshed payload differs from the one shown. `detail: { payload, changed }`, `changed` being the ids of the figures, charts and quotes whose content changed.
 *
 * @csspart frame - The outer box around the card, the fallback or the error line.
 * @csspart card - The card.
 * @csspart headline - The line with the qualifier and the value.
 * @csspart qualifier - The qualifier ("More than").
 * @csspart value - The value ("5,000").
 * @csspart label - What the value counts.
 * @csspart note - The note under the label.
 * @csspart source - The "Source: …" line.
 * @csspart as-of - The "As of …" date.
 * @csspart unavailable - The neutral "Data unavailable" line.
 * @csspart debug - The problem panel shown with `debug`.
 *
 * @cssprop --nw-font-family - Text font (default: the page's).
 * @cssprop --nw-font-family-figures - Font of the value (default: the text font), shown with tabular figures.
 * @cssprop --nw-color-text - Text colour.
 * @cssprop --nw-color-muted - Secondary text: source, date, note.
 * @cssprop --nw-color-accent - The accent rule and links.
 * @cssprop --nw-color-surface - Card background.
 * @cssprop --nw-color-border - Card border.
 * @cssprop --nw-radius - Corner radius.
 * @cssprop --nw-card-min-height - The card's minimum height, also reserved while loading (default 10em).
 */
export class FigureCardElement extends WidgetElement {
  static override styles = [sharedStyles, styles];

  static override properties: PropertyDeclarations = {
    figure: {},
    value: {},
    label: {},
    qualifier: {},
    currency: {},
    format: {},
    notation: {},
    source: {},
    sourceUrl: { attribute: 'source-url' },
    asOf: { attribute: 'as-of' },
    note: {},
    countUp: { type: Boolean, attribute: 'animate' },
  };

  /** Id of the payload figure to show; default the first. */
  figure: string | undefined;

  /** The value: a number (`5000`, `12.5`), or an ISO date when `format` is `date`. Alone, it makes the card work without a payload. */
  value: string | undefined;

  /** What the value counts ("people detained"). */
  label: string | undefined;

  /** `more-than`, `at-least`, `about`, `up-to` or `fewer-than`; absent means exact. */
  qualifier: Qualifier | undefined;

  /** ISO 4217 code; implies `format="currency"` when no format is given. */
  currency: string | undefined;

  /** `number` (default), `currency`, `percent` (12.5 means 12.5 %) or `date`. */
  format: FigureFormat | undefined;

  /** `auto` (default: compact from one million up), `compact` ("$200M") or `standard` ("$200,000,000"). */
  notation: Notation | undefined;

  /** A source id of the payload, or else the source's name. */
  source: string | undefined;

  /** The source's web address; shown as a link only when it is http or https. */
  sourceUrl: string | undefined;

  /** The ISO date the figure was current. */
  asOf: string | undefined;

  /** A short note under the label. */
  note: string | undefined;

  /** Counts the value up from zero the first time the card is on screen (attribute `animate`); never with reduced motion. */
  countUp = false;

  readonly #counter = new CountUp(this);

  override canRenderWithoutPayload(): boolean {
    return figureFromAttributesOnly(this);
  }

  /** The card: its figure resolved from the payload item and the attributes. */
  content({ payload, context, server }: ContentInputs): ContentResult {
    const view = resolveFigure(payload, this);
    if (view instanceof WidgetError) return view;
    return renderFigure(view, context, server ? undefined : this.#counter.update(this.countUp && !this.prerendered));
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.#counter.watch(this.renderRoot.querySelector('.card'));
  }

  protected override rendersSynchronously(): boolean {
    // The steps of a count-up are not new renders.
    return !this.#counter.isFrameUpdate;
  }
}
