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

/** Tags whose code some copy of the library is loading, shared by every copy on the page. */
const loadingKey = Symbol.for('newsroom-widgets.loading');

/**
 * Loads the code of an element defined on first use, once per page: when two
 * copies of the library share a page, only the first to ask downloads it. A
 * failed load is logged and may be retried.
 */
export function loadElement(tag: string, load: () => Promise<unknown>): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  const store = globalThis as { [loadingKey]?: Set<string> };
  const loading = (store[loadingKey] ??= new Set());
  if (loading.has(tag)) return;
  loading.add(tag);
  load().catch((error: unknown) => {
    loading.delete(tag);
    console.error(`newsroom-widgets: could not load <${tag}>:`, error);
  });
}
