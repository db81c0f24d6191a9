/**
 * The widgets' colours on Node, where no stylesheet cascades: each public
 * custom property's light and dark default, read from the shared styles (so
 * they cannot disagree with what the browser uses).
 */
import sharedStyles from '../internal/shared.styles.js';

/** A colour scheme a picture is drawn in. */
export type Scheme = 'light' | 'dark';

const defaults = new Map<string, [string, string]>();
for (const [, name, light, dark] of sharedStyles.cssText.matchAll(
  /--nw-([\w-]+):\s*light-dark\(\s*([^,\s]+)\s*,\s*([^)\s]+)\s*\)/g,
))
  defaults.set(name!, [light!, dark!]);

/** A colour for the canvas: `var(--nw-NAME)` becomes that property's default in `scheme`; any other colour stays. */
export function resolveColor(color: string, scheme: Scheme): string {
  const name = /^var\(--nw-([\w-]+)\)$/.exec(color)?.[1];
  const pair = name ? defaults.get(name) : undefined;
  return pair ? pair[scheme === 'dark' ? 1 : 0] : color;
}
