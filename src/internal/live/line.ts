/** The "Updated" line under a live widget, with the failure note, and its hidden live region. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../../format/dates.js';
import { dateFormat } from '../../format/intl-cache.js';
import { live } from '../../format/languages/en.js';
import { strings, words } from '../../format/strings.js';

/** The time shown on the "Updated" line: a date alone, or a date and time in the reader's time zone. */
function updatedText(iso: string, locale: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatDate(iso, locale);
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

let sheet: CSSStyleSheet | undefined;

/** The live line's styles, added to the widget's shadow root (constructed, so a strict CSP allows them). */
export function adoptStyles(root: ShadowRoot | null): void {
  if (!root || typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in root)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      .live { margin: 0.5em 0 0; min-block-size: 1lh; color: var(--nw-color-muted); font-size: 0.8125em; }
      .live-failed::before { content: ' · '; }
      .live-said { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
        clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
    `);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * The line: "Updated <time>" (`updated` as ISO, if known), the failure note while refreshes fail, and the live
 * region with what the widget says (`said`).
 */
export function liveLine(updated: string | undefined, failed: boolean, said: string, locale: string): TemplateResult {
  return html`<p class="live" part="updated">
      ${
        updated ? html`${strings(locale).updated} <time datetime=${updated}>${updatedText(updated, locale)}</time>` : nothing
      }${failed ? html`<span class="live-failed" part="refresh-failed">${words(locale, 'live', live).failed}</span>` : nothing}
    </p>
    <p class="live-said" role="status">${said}</p>`;
}
