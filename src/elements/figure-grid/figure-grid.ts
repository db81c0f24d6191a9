import { html } from 'lit';
import { defineElement } from '../../internal/define.js';
import { WidgetElement, type ContentResult } from '../../internal/widget-element.js';
import type { Payload } from '../../payload/schema.js';
import sharedStyles from '../../internal/shared.styles.js';
import styles from './figure-grid.styles.js';

/**
 * Placeholder.
 * @summary Placeholder.
 */
export class FigureGridElement extends WidgetElement {
  static override styles = [sharedStyles, styles];

  protected renderContent(payload: Payload | undefined): ContentResult {
    return html`<p>${payload?.title}</p>`;
  }
}

defineElement('nw-figure-grid', FigureGridElement);

declare global {
  interface HTMLElementTagNameMap {
    'nw-figure-grid': FigureGridElement;
  }
}
