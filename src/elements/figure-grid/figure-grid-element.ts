import type { PropertyDeclarations } from 'lit';
import { WidgetElement, type ContentInputs, type ContentResult } from '../../internal/widget-element.js';
import { WidgetError } from '../../payload/errors.js';
import { pickFigures, renderFigureGrid } from '../../views/figure-grid.js';
import sharedStyles from '../../internal/shared.styles.js';
import styles from './figure-grid.styles.js';
import { CountUp } from '../figure-card/count-up.js';

/**
 * Several figures of a payload as a grid of cards: one column in a narrow
 * space, up to three as the grid's own width grows (container queries), every
 * card the same height. The cards are drawn in the grid's own shadow root, so
 * this element does not need (or define) `nw-figure-card`.
 *
 * @summary Several figures of a payload as a responsive grid of cards.
 * @tagname nw-figure-grid
 *
 * @slot - Fallback content: shown before the script runs, without JavaScript, and when the data cannot be had.
 *
 * @event nw-load - The payload is loaded and valid. `detail: { payload }`
 * @event nw-render - The grid is drawn.
 * @event nw-error - Something went wrong. `detail: { code, message, path?, status? }`
 * @event nw-update - With `refresh`: a refreshed payload differs from the one shown. `detail: { payload, changed }`, `changed` being the ids of the figures, charts and quotes whose content changed.
 *
 * @csspart frame - The outer box around the grid, the fallback or the error line.
 * @csspart grid - The list that lays out the cards.
 * @csspart card - Each card.
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
 * @cssprop --nw-font-family-figures - Font of the values (default: the text font), shown with tabular figures.
 * @cssprop --nw-color-text - Text colour.
 * @cssprop --nw-color-muted - Secondary text: sources, dates, notes.
 * @cssprop --nw-color-accent - The accent rules and links.
 * @cssprop --nw-color-surface - Card background.
 * @cssprop --nw-color-border - Card borders.
 * @cssprop --nw-radius - Corner radius.
 * @cssprop --nw-gap - Space between cards.
 * @cssprop --nw-card-min-height - Each card's minimum height (default 10em).
 * @cssprop --nw-grid-min-height - Space kept for the grid while it loads and after (default none): set it to the grid's height in your layout, and use the same value for `nw-figure-grid:not(:defined)`, so the page does not move.
 */
export class FigureGridElement extends WidgetElement {
  static override styles = [sharedStyles, styles];

  static override properties: PropertyDeclarations = {
    figures: {},
    countUp: { type: Boolean, attribute: 'animate' },
  };

  /** Ids of the figures to show, comma-separated, in that order; default every figure of the payload. */
  figures: string | undefined;

  /** Counts the values up from zero the first time the grid is on screen (attribute `animate`); never with reduced motion. */
  countUp = false;

  readonly #counter = new CountUp(this);

  /** The grid: the figures listed in `figures`, or every figure of the payload. */
  content({ payload, context, server }: ContentInputs): ContentResult {
    const figures = pickFigures(payload, this.figures);
    if (figures instanceof WidgetError) return figures;
    const count = server ? undefined : this.#counter.update(this.countUp && !this.prerendered);
    return renderFigureGrid(figures, payload!, context, count);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.#counter.watch(this.renderRoot.querySelector('.grid'));
  }

  protected override rendersSynchronously(): boolean {
    // The steps of a count-up are not new renders.
    return !this.#counter.isFrameUpdate;
  }
}
