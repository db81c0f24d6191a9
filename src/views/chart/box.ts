/**
 * The chart box's size and the legend's swatch colours, as custom properties
 * by selector: set through the CSSOM in the browser (a strict CSP blocks
 * `style` attributes), written as CSS rules by the server.
 */
import { plotBox, type Model } from './model.js';
import type { ContentStyles } from '../../internal/content.js';

/** The custom properties of the plot's box, and each legend swatch's colour. */
export function boxStyles(model: Model, aspectRatio: string | undefined): ContentStyles {
  const styles: ContentStyles = { '.plot': { ...plotBox(model, aspectRatio) } };
  if (model.legend)
    model.series.forEach((series, i) => (styles[`.legend li:nth-child(${i + 1}) .swatch`] = { '--_swatch': series.color }));
  return styles;
}
