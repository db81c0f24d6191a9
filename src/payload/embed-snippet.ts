/** The ready-to-paste HTML snippets for a payload: what the CLI's `embed` and the playground print. */
import { capitalize, formatValue } from '../format/figures.js';
import type { Payload } from './schema.js';

/** Options for `embedSnippet`. */
export interface EmbedOptions {
  /** Where the page loads the library from. Default `/newsroom-widgets/newsroom-widgets.js`. */
  scriptUrl?: string;
}

/** Serialises JSON so it can sit inside `<script>`: `<` (and the line separators JSON allows but scripts do not) are escaped. */
export function jsonForScript(value: unknown): string {
  return (
    JSON.stringify(value, null, 2)
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029')
      // DEL and the C1 controls, which JSON leaves as they are and HTML cannot carry.
      .replace(/[\u007f-\u009f]/g, (character) => `\\u00${character.charCodeAt(0).toString(16)}`)
  );
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

/** Options for `sanitizerSafeSnippet`. */
export interface SanitizerSafeOptions {
  /** Where the site serves the payload file: the widget's `data-src`. */
  src: string;
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The plain-markup form of the embed, for CMS fields whose sanitizer strips
 * custom tags and scripts (WordPress's kses): a `<div data-nw="embed">` that
 * reads the payload from `src`, holding a plain summary of the payload as its
 * fallback (its title, each figure with its qualifier and source), in tags
 * every sanitizer keeps. No script: the site loads the library once, in its
 * theme.
 */
export function sanitizerSafeSnippet(payload: Payload, options: SanitizerSafeOptions): string {
  const locale = payload.locale ?? 'en';
  const figures = (payload.figures ?? []).map((figure) => {
    const sources = [figure.source ?? []].flat().map((id) => payload.sources?.[id]?.name ?? id);
    const value = formatValue(figure, locale).text;
    // As a screen reader hears the card: a date after its label ("in force until January 19, 2022").
    const sentence = capitalize(figure.format === 'date' ? `${figure.label} ${value}` : `${value} ${figure.label}`, locale);
    return `    <li>${text(`${sentence}${sources.length ? ` (${sources.join(', ')})` : ''}`)}</li>`;
  });
  return [
    `<div data-nw="embed" data-src="${attribute(options.src)}">`,
    ...(payload.title ? [`  <p><strong>${text(payload.title)}</strong></p>`] : []),
    ...(figures.length ? ['  <ul>', ...figures, '  </ul>'] : []),
    `</div>`,
    '',
  ].join('\n');
}
