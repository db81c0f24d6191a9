/**
 * Taking over a pre-rendered widget (hydration): the widget finds the shadow
 * root `newsroom-widgets/server` wrote out, and its first render adopts that
 * DOM as it is, with Lit's own hydration, instead of drawing it again. Loaded
 * only by pages that have pre-rendered widgets.
 */
import { adoptStyles, render, type CSSResultOrNative, type RenderOptions } from 'lit';
import { hydrate } from '@lit-labs/ssr-client';
import { loadLanguage } from '../format/strings.js';

/** Adopts the server's DOM for the first render's template (or draws it anew when they differ). */
export type HydrateFunction = (value: unknown, root: HTMLElement | DocumentFragment, options: RenderOptions) => void;

/** The element side. */
export interface HydratingHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly locale: string;
  hydrateAs: { locale: string; scheme: string } | undefined;
}

/** Resolves once `host` has no `defer-hydration` (a widget inside another waits for its host to hand it its data). */
function released(host: HTMLElement): Promise<void> | undefined {
  if (!host.hasAttribute('defer-hydration')) return undefined;
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (host.hasAttribute('defer-hydration')) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(host, { attributes: true, attributeFilter: ['defer-hydration'] });
  });
}

/**
 * Waits for the widget's host when it is inside another (`defer-hydration`),
 * reads what the server drew the widget with (its styles' `data-nw-locale` and `data-nw-scheme`),
 * loads the strings of that language and of the widget's own, and waits for
 * the document when the payload may come later in it.
 */
export async function prepareHydration(host: HydratingHost): Promise<HydrateFunction> {
  await released(host);
  const drawn = host.renderRoot.querySelector<HTMLElement>('style[data-nw-locale]')?.dataset;
  const ownLocale = host.locale;
  if (drawn?.nwLocale && drawn.nwScheme) host.hydrateAs = { locale: drawn.nwLocale, scheme: drawn.nwScheme };
  await Promise.all([loadLanguage(drawn?.nwLocale || 'en'), loadLanguage(ownLocale)]);
  if (document.readyState === 'loading')
    await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  return (value, root, options) => {
    try {
      hydrate(value, root, options);
    } catch (error) {
      // A shadow root that does not match what the widget draws (written by another version): drawn anew.
      console.warn(`<${host.localName}> could not take over its pre-rendered content (${String(error)}); drawn again.`);
      root.replaceChildren();
      const styles = (host.constructor as { elementStyles?: CSSResultOrNative[] }).elementStyles ?? [];
      if (root instanceof ShadowRoot) adoptStyles(root, styles);
      render(value, root, options);
    }
  };
}
