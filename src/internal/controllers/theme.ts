/**
 * The widget's colour scheme, as a Lit reactive controller: `light` (default)
 * and `dark` are fixed; `auto` follows the host page's `color-scheme` and,
 * while the page leaves it open, the OS. Only an auto-themed widget redraws
 * when the page's theme changes, and only when its scheme would differ.
 */
import type { ReactiveControllerHost } from 'lit';
import type { PageChange } from '../page-watch.js';
import { PageController } from './page-controller.js';

/** `light` (default), `dark`, or `auto`: the host page's `color-scheme`, then the OS. */
export type Theme = 'light' | 'dark' | 'auto';

/** The element side: its `theme` property. */
export interface ThemeHost extends ReactiveControllerHost, HTMLElement {
  theme: Theme;
}

/** The `color-scheme` a page sets for `element`'s parent: `light`, `dark`, or `light dark` (open). */
function pageScheme(element: Element): string {
  const parent = element.parentElement ?? element.ownerDocument.documentElement;
  const scheme = getComputedStyle(parent).colorScheme || 'normal';
  const light = /\blight\b/.test(scheme);
  const dark = /\bdark\b/.test(scheme);
  return dark && !light ? 'dark' : light && !dark ? 'light' : 'light dark';
}

/** Resolves the scheme a widget draws in. */
export class ThemeController extends PageController<ThemeHost> {
  #pageScheme = '';

  /** The `color-scheme` the widget uses: fixed for light and dark; for auto, the page's, else `light dark` (the OS's). */
  get scheme(): string {
    const { theme } = this.host;
    if (theme === 'dark') return 'dark';
    if (theme === 'auto') return this.#pageScheme || 'light dark';
    return 'light';
  }

  /** Reads the page's scheme for an auto-themed widget; call before rendering. */
  prepare(): void {
    if (this.host.theme === 'auto') this.#pageScheme = pageScheme(this.host);
  }

  /** The OS setting matters only while the page leaves the scheme open. */
  override pageChanged(change: PageChange): void {
    if (this.host.theme !== 'auto' || change === 'lang') return;
    if (change === 'os-scheme' ? this.scheme === 'light dark' : pageScheme(this.host) !== this.#pageScheme)
      this.host.requestUpdate();
  }
}
