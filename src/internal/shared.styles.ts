import { css } from 'lit';

/**
 * Styles every widget shares: the public custom properties with their light and
 * dark defaults, the frame, the neutral error line and the debug panel.
 * Colours use `light-dark()`, resolved by the frame's `color-scheme`.
 */
export default css`
  :host {
    --nw-color-text: light-dark(#1b1b1b, #f1f1f1);
    --nw-color-muted: light-dark(#555b62, #b4bac1);
    --nw-color-accent: light-dark(#0b5cad, #8cc4ff);
    --nw-color-surface: light-dark(#ffffff, #17191c);
    --nw-color-border: light-dark(#d5d8dc, #3b4047);
    --nw-radius: 6px;
    --nw-gap: 1em;
    /* Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
    --nw-series-1: light-dark(#0072b2, #56b4e9);
    --nw-series-2: light-dark(#d55e00, #e69f00);
    --nw-series-3: light-dark(#009e73, #2fc79d);
    --nw-series-4: light-dark(#cc79a7, #e09cc4);
    --nw-series-5: light-dark(#7a5d00, #f0e442);
    --nw-series-6: light-dark(#4d4d4d, #c7c7c7);
    display: block;
    box-sizing: border-box;
    font-family: var(--nw-font-family, inherit);
    line-height: 1.4;
    text-align: start;
    text-transform: none;
    white-space: normal;
    letter-spacing: normal;
    word-spacing: normal;
    word-break: normal;
    text-indent: 0;
    overflow-wrap: anywhere;
    contain: layout;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .frame {
    color: var(--nw-color-text);
    font-size: 1em;
  }
  /* The fallback's margins stay inside, as in newsroom-widgets.css: the space kept is the space taken. */
  .frame.loading {
    display: flow-root;
  }
  .scheme-light {
    color-scheme: light;
  }
  .scheme-dark {
    color-scheme: dark;
  }
  .scheme-light-dark {
    color-scheme: light dark;
  }
  .unavailable {
    margin: 0;
    padding: 0.75em 1em;
    color: var(--nw-color-muted);
    background: var(--nw-color-surface);
    border: 1px dashed var(--nw-color-border);
    border-radius: var(--nw-radius);
    font-size: 0.9375em;
  }
  .debug {
    margin-top: 0.5em;
    padding: 0.75em 1em;
    border: 2px solid light-dark(#b3261e, #ff8a80);
    border-radius: var(--nw-radius);
    background: light-dark(#fff4f2, #2b1513);
    color: var(--nw-color-text);
    font-size: 0.875em;
  }
  .debug ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  .debug code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
  }
  a {
    color: var(--nw-color-accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--nw-color-accent);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;
