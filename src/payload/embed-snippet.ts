/** The ready-to-paste HTML snippet for a payload: what the CLI's `embed` and the playground print. */
import type { Payload } from './schema.js';

/** Options for `embedSnippet`. */
export interface EmbedOptions {
  /** Where the page loads the library from. Default `/newsroom-widgets/newsroom-widgets.js`. */
  scriptUrl?: string;
}

/** Serialises JSON so it can sit inside `<script>`: `<` (and the line separators JSON allows but scripts do not) are escaped. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The chart file's address: `newsroom-widgets.chart.js` beside the script. */
export function chartFileUrl(scriptUrl: string): string {
  return `${scriptUrl.replace(/[?#].*$/, '').replace(/[^/]*$/, '')}newsroom-widgets.chart.js`;
}

/**
 * Returns a script tag, an `nw-embed` element and the payload as inline JSON.
 * When the payload has charts, a `modulepreload` link fetches the chart file
 * alongside the script instead of after it.
 */
export function embedSnippet(payload: Payload, options: EmbedOptions = {}): string {
  const scriptUrl = options.scriptUrl ?? '/newsroom-widgets/newsroom-widgets.js';
  return [
    `<script type="module" src="${attribute(scriptUrl)}"></script>`,
    ...(payload.charts?.length ? [`<link rel="modulepreload" href="${attribute(chartFileUrl(scriptUrl))}">`] : []),
    `<nw-embed>`,
    `  <script type="application/json">`,
    jsonForScript(payload),
    `  </script>`,
    `</nw-embed>`,
    '',
  ].join('\n');
}
