/** Resolving `source` references and drawing a source line with safe links. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Payload, Source } from '../payload/schema.js';
import { isHttpUrl } from '../payload/validate.js';

/** The sources a reference names, in order; unknown ids are skipped (validation reports them). */
export function resolveSources(payload: Payload | undefined, ref: string | readonly string[] | undefined): Source[] {
  if (!payload?.sources || ref === undefined) return [];
  const ids = typeof ref === 'string' ? [ref] : ref;
  return ids.flatMap((id) => (Object.prototype.hasOwnProperty.call(payload.sources, id) ? [payload.sources![id]!] : []));
}

/** A source's name, as a link only when its URL is http or https. */
export function sourceLink(source: Source): TemplateResult {
  return source.url && isHttpUrl(source.url)
    ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${source.name}</a>`
    : html`${source.name}`;
}

/** "Sputnik, TASS" with links, or nothing when there are no sources. */
export function sourceList(sources: readonly Source[]): TemplateResult | typeof nothing {
  if (!sources.length) return nothing;
  return html`${sources.map((source, index) => html`${index ? ', ' : ''}${sourceLink(source)}`)}`;
}
