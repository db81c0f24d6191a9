/**
 * Which `data-*` attributes of a plain-markup div (`<div data-nw="…">`) become
 * the widget's attributes, for the browser and for `prerender` alike.
 * Sanitizers keep every `data-*` attribute, so a name that would be
 * dangerous on the widget is never copied: event handlers (`data-onclick`
 * would become a live `onclick`) and `style` (which the sanitizer filters on
 * the div, but not inside a `data-` name).
 */

/** The widget attribute `name` (a `data-NAME` attribute of the div) stands for, or undefined when it stands for none. */
export function plainAttribute(name: string): string | undefined {
  if (!name.startsWith('data-') || name === 'data-nw') return undefined;
  const attribute = name.slice(5);
  return /^on|^style$/i.test(attribute) ? undefined : attribute;
}
