/** Tells the element when a create or update has been drawn on a canvas with a size. */
import { animator } from 'chart.js';
import type { NwPlugin } from '../config/types.js';
import type { Runtime } from '../runtime.js';

export const renderedNotice = (runtime: Runtime): NwPlugin => ({
  id: 'nwRendered',
  afterRender(chart) {
    // Value labels wait for an animation's end: draw its last frame again, with them.
    if (runtime.labelsDeferred && !animator.running(chart)) chart.draw();
    if (!runtime.pending || chart.width <= 0 || chart.height <= 0) return;
    runtime.pending = false;
    runtime.callbacks.onRendered();
  },
});
