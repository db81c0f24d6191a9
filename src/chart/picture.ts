/**
 * A chart drawn once, still: no animation, no pointer, no tooltip, at a fixed
 * size and pixel density. This is the picture a pre-rendered chart shows until
 * its live canvas draws; on Node it is drawn on a canvas from
 * `@napi-rs/canvas`, with the same configuration as the live chart.
 */
import { Chart } from './renderer.js';
import { configFor, type ChartForms } from './config/index.js';
import { createRuntime } from './runtime.js';
import type { ChartSpec } from './spec.js';

/** What Chart.js is given to draw on: a canvas (or its 2D context) of the picture's size in CSS pixels. */
export type PictureTarget = ConstructorParameters<typeof Chart>[0];

/**
 * Draws `spec` on `target` at `pixelRatio` device pixels per CSS pixel (the
 * canvas is resized to match), hands the drawn canvas to `read` (to encode it),
 * then lets the chart go; returns what `read` returned. `forms`, the forms'
 * code, draws what a spec that `usesForms` has beyond plain bars and lines.
 */
export function drawPicture<T>(target: PictureTarget, spec: ChartSpec, pixelRatio: number, read: () => T, forms?: ChartForms): T {
  const still = { ...spec, animate: false };
  const runtime = createRuntime(still, {
    onRendered() {},
    get tip(): HTMLElement {
      throw new Error('a chart picture has no tooltip');
    },
  });
  const config = configFor(still, runtime, forms);
  config.plugins = config.plugins?.filter((plugin) => plugin.id !== 'nwTip');
  config.options = { ...config.options, responsive: false, animation: false, devicePixelRatio: pixelRatio, events: [] };
  const chart = new Chart(target, config);
  try {
    return read();
  } finally {
    chart.destroy();
  }
}
