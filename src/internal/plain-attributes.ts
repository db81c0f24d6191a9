/**
 * Which `data-*` attributes of a plain-markup div (`<div data-nw="…">`) become
 * the widget's attributes, for the browser and for `prerender` alike. A
 * sanitizer keeps every `data-*` attribute while it strips `onclick`,
 * `style`, `tabindex`, `autofocus` and `contenteditable` from what an author
 * pastes, so only the widget's own attributes (and `lang`) are copied: never
 * an event handler or anything else the sanitizer would have removed.
 */

const SHARED = ['src', 'payload-id', 'refresh', 'theme', 'debug', 'lang'];

/** Each widget's own attributes (custom-elements.json), `defer-hydration` aside. */
const ATTRIBUTES: Record<string, readonly string[]> = {
  'figure-card': [
    ...SHARED,
    'animate',
    'as-of',
    'currency',
    'figure',
    'format',
    'label',
    'notation',
    'note',
    'qualifier',
    'source',
    'source-url',
    'value',
  ],
  'figure-grid': [...SHARED, 'animate', 'figures'],
  chart: [...SHARED, 'aspect-ratio', 'chart', 'heading-level', 'no-download', 'orientation', 'show-table', 'type'],
  quote: [...SHARED, 'date', 'kind', 'quote', 'role', 'source', 'source-url', 'speaker', 'speaker-role', 'text'],
  embed: [...SHARED, 'heading-level', 'sections'],
};

/** The widgets a `data-nw` may name: the element names without their `nw-` prefix. */
export const PLAIN_MARKUP_NAMES = Object.keys(ATTRIBUTES);

/** The attribute of the widget `name` (e.g. `figure-card`) that the div's attribute `attribute` stands for, or undefined. */
export function plainAttribute(name: string, attribute: string): string | undefined {
  const target = attribute.startsWith('data-') ? attribute.slice(5) : undefined;
  return target && ATTRIBUTES[name]?.includes(target) ? target : undefined;
}
