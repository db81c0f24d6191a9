/**
 * The tooltip, for the pointer and for points made active by the keyboard
 * (`setActiveElements`). Its box is `tip-box.ts`, a chunk loaded the first time
 * the pointer is over a chart or the keys show a point: most readers of a page
 * never point at its charts.
 */
import type { Chart } from 'chart.js';
import type { NwPlugin } from '../config/types.js';
import type { Runtime } from '../runtime.js';

type TipBox = typeof import('./tip-box.js');
let box: TipBox | undefined;
let loading: Promise<TipBox> | undefined;

/** Gives the tooltip's box to `show` now, or once it has loaded, while `chart` is still drawn (a failed load is tried again next time). */
function withBox(chart: Chart, show: (loaded: TipBox) => void): void {
  if (box) return show(box);
  (loading ??= import('./tip-box.js')).then(
    (loaded) => {
      box = loaded;
      if (chart.canvas) show(loaded);
    },
    () => (loading = undefined),
  );
}

export const hoverTip = (runtime: Runtime): NwPlugin => ({
  id: 'nwTip',
  // The pointer: the points Chart.js found under it.
  afterEvent(chart, { event }) {
    if (box || event.type !== 'mouseout') withBox(chart, (loaded) => loaded.pointed(chart, runtime, event));
  },
  // Points made active by `setActiveElements` (the keyboard), then drawn.
  afterDraw(chart) {
    if (box || chart.getActiveElements().length)
      withBox(chart, (loaded) => loaded.showTip(chart, runtime, chart.getActiveElements(), null));
  },
});
