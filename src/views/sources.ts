/** Resolving `source` references and drawing a source line with safe links. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Payload, Source } from '../payload/schema.js';
import { isHttpUrl } from '../payload/validate.js';
import type { UiStrings } from '../format/strings.js';

/** The sources a reference names, in order; unknown ids are skipped (validation reports them). */
export function resolveSources(payload: Payload | undefined, ref: string | readonly string[] | undefined): Source[] {
  if (!payload?.sources || ref === undefined) return [];
  const ids = typeof ref === 'string' ? [ref] : ref;
  return ids.flatMap((id) => (Object.hasOwn(payload.sources!, id) ? [payload.sources![id]!] : []));
}

/**
 * A source's name, as a link only when its URL is http or https. Without a
 * link it is the name itself, not a template around it: a template that ends
 * in a binding is written by Lit SSR with `<?>` after it (lit/lit#2470), which
 * HTML does not allow.
 */
export function sourceLink(source: Source): TemplateResult | string {
  return source.url && isHttpUrl(source.url)
    ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${source.name}</a>`
    : source.name;
}

/** "Source" or "Sources", as many as there are. */
export function sourcesLabel(sources: readonly Source[], ui: UiStrings): string {
  return sources.length > 1 ? ui.sources : ui.source;
}

/** "Sputnik, TASS" with links, or nothing when there are no sources: a list of parts, no template around them (see `sourceLink`). */
export function sourceList(sources: readonly Source[]): (TemplateResult | string)[] | typeof nothing {
  if (!sources.length) return nothing;
  return sources.flatMap((source, index) => (index ? [', ', sourceLink(source)] : [sourceLink(source)]));
}

/**
 * The sources an item shows once an element's `source` and `source-url`
 * attributes are applied. `name` is a source id of the payload when the payload
 * has it, else a source's name; `url` gives the first source its link (a URL
 * alone names its source by host). The payload is never changed.
 */
export function sourcesWithAttributes(
  payload: Payload | undefined,
  ref: string | readonly string[] | undefined,
  name: string | undefined,
  url: string | undefined,
): Source[] {
  const id = name?.trim();
  const list = id ? [resolveSources(payload, id)[0] ?? { name: id }] : resolveSources(payload, ref);
  const link = url?.trim();
  if (!link) return list;
  const [first, ...rest] = list;
  if (first) return [{ ...first, url: link }, ...rest];
  return isHttpUrl(link) ? [{ name: new URL(link).host, url: link }] : [];
}
