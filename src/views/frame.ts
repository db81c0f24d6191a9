/**
 * The frame around every widget, and what it holds: the content, the loading
 * state (the fallback slot) or an error (the fallback, else one neutral line,
 * and with `debug` the problem panel, `problem-panel.ts`, given by the caller).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../format/strings.js';
import { WidgetError } from '../payload/errors.js';

/** How the frame is drawn. */
export interface FrameOptions {
  /** The `color-scheme` the widget uses: `light`, `dark` or `light dark`. */
  scheme: string;
  /** Whether the element has fallback content of its own to show instead of the neutral line. */
  hasFallback: boolean;
  /** With `debug`: the problem panel, drawn under an error. */
  problemPanel?: ((error: WidgetError) => TemplateResult) | undefined;
  ui: UiStrings;
  /** Drawn after the content: a live widget's "Updated" line. */
  after?: TemplateResult | undefined;
}

function renderError(error: WidgetError, { hasFallback, problemPanel, ui }: FrameOptions): TemplateResult {
  return html`
    ${hasFallback ? html`<slot></slot>` : html`<p class="unavailable" part="unavailable">${ui.dataUnavailable}</p>`}
    ${problemPanel ? problemPanel(error) : nothing}
  `;
}

/** The widget's frame around `shown`: content, an error, or (undefined) the loading state with the fallback. The scheme is a class, not a style attribute (a strict CSP blocks inline styles). */
export function renderFrame(shown: TemplateResult | WidgetError | undefined, options: FrameOptions): TemplateResult {
  const frame = `frame scheme-${options.scheme.replace(' ', '-')}`;
  if (shown === undefined) return html`<div class="${frame} loading" part="frame"><slot></slot></div>`;
  return html`<div class=${frame} part="frame">
    ${shown instanceof WidgetError ? renderError(shown, options) : shown}${options.after}
  </div>`;
}
