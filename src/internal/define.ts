/**
 * Defines a custom element once. A second copy of the library on the same page
 * finds the tag taken and steps aside with a warning instead of throwing.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== constructor)
      console.warn(`newsroom-widgets: <${tag}> is already defined (the library is loaded twice?); keeping the first definition.`);
    return;
  }
  customElements.define(tag, constructor);
}
