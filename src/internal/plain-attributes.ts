/**
 * Which `data-*` attributes of a plain-markup div (`<div data-nw="…">`) become
 * the widget's attributes, for the browser and for `prerender` alike. A
 * sanitizer keeps every `data-*` attribute while it strips `onclick`,
 * `style`, `tabindex`, `autofocus` and `contenteditable` from what an author
 * pastes, so only the widget's own attributes (and `lang`) are copied: never
 * an event handler or anything else the sanitizer would have removed. The
 * attributes are the widget definitions' (`src/widgets.ts`).
 */
import { attributesOf } from './definition.js';
import { WIDGETS } from '../widgets.js';

/** The widgets a `data-nw` may name: the element names without their `nw-` prefix. */
export const PLAIN_MARKUP_NAMES: string[] = WIDGETS.map((widget) => widget.name);

/** The attribute of the widget `name` (e.g. `figure-card`) that the div's attribute `attribute` stands for, or undefined. */
export function plainAttribute(name: string, attribute: string): string | undefined {
  const target = attribute.startsWith('data-') ? attribute.slice(5) : undefined;
  const widget = WIDGETS.find((candidate) => candidate.name === name);
  return target && widget && attributesOf(widget).includes(target) ? target : undefined;
}
