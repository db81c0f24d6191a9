/* global customElements */
// The host page's own copy of Lit, loaded before newsroom-widgets, with an
// element of its own: both must work side by side under the page's CSP.
import { LitElement, html, css } from '/node_modules/lit/index.js';

class HostBadge extends LitElement {
  static properties = { label: {} };
  static styles = css`
    :host {
      display: block;
      color: rgb(0, 0, 128);
    }
  `;
  constructor() {
    super();
    this.label = 'host element';
  }
  render() {
    return html`<p part="text">${this.label} rendered by the page's Lit</p>`;
  }
}
customElements.define('host-badge', HostBadge);
