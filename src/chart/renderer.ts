/**
 * The chart renderer, the entry of `src/chart/` (the only code that imports
 * chart.js). It registers just the parts the widgets use (bar and line
 * controllers and elements, category and linear scales) and draws a prepared
 * `ChartSpec` with them.
 *
 * It is loaded on demand (a chunk of its own, `newsroom-widgets.chart.js` in
 * the script builds) and is self-contained: no lit, no other library module;
 * everything locale-specific arrives as functions inside the spec. The
 * configuration is built in `config/`, the drawing on top of Chart.js's in
 * `plugins/`. The points of a handle (what the keys and tones walk and show)
 * are `points.ts`, loaded with the explorer. The forms beyond plain bars and
 * lines (stacking, areas, ranges, annotations, highlight) are `forms/`, a chunk
 * of their own: a chart whose model `usesForms` (views/chart/model.ts) loads
 * `forms/index.js` and hands its `forms` to `createChart`.
 */
import {
  Chart,
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
} from 'chart.js';
import { configFor, structureKey, type ChartForms, type NwChart } from './config/index.js';
import { createRuntime, type Runtime } from './runtime.js';
import type { ChartCallbacks, ChartHandle, ChartSpec } from './spec.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale);

export { Chart };
export type { ChartForms } from './config/index.js';
export type { ChartCallbacks, ChartHandle, ChartPoints, ChartSpec, PointBox, Position } from './spec.js';

/**
 * Draws `spec` on `canvas`; the canvas must sit in a `position: relative` box
 * that has a size. The tooltip is the element's `callbacks.tip`: the renderer
 * only fills, places, shows and hides it. `forms`, the forms' code, draws what
 * a chart that `usesForms` (views/chart/model.ts) has beyond plain bars and lines.
 */
export function createChart(
  canvas: HTMLCanvasElement,
  first: ChartSpec,
  callbacks: ChartCallbacks,
  forms?: ChartForms,
): ChartHandle {
  let chart: NwChart | undefined;
  const { tip } = callbacks;
  let runtime: Runtime;
  let key = '';
  let unwatchPixelRatio: (() => void) | undefined;

  const create = (spec: ChartSpec) => {
    Chart.getChart(canvas)?.destroy();
    runtime = createRuntime(spec, callbacks);
    // The old chart's tooltip would stay up: the new chart has no pointer to take it down.
    tip.hidden = true;
    chart = new Chart(canvas, configFor(spec, runtime, forms));
    key = structureKey(spec, forms);
    watchPixelRatio();
  };

  /**
   * Chart.js resolves its device pixel ratio once per update, so after the page
   * moves to a screen with another ratio (or zooms) its own resize keeps the old
   * one: on a window resize or a change of resolution, re-resolve the options
   * when the ratio changed, then resize.
   */
  const watchPixelRatio = () => {
    unwatchPixelRatio?.();
    const query = matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    const check = () => {
      if (!chart || chart.currentDevicePixelRatio === window.devicePixelRatio) return;
      chart.update('none');
      chart.resize();
      watchPixelRatio();
    };
    query.addEventListener('change', check);
    addEventListener('resize', check);
    unwatchPixelRatio = () => {
      query.removeEventListener('change', check);
      removeEventListener('resize', check);
    };
  };

  const destroy = () => {
    unwatchPixelRatio?.();
    unwatchPixelRatio = undefined;
    chart?.destroy();
    chart = undefined;
  };

  create(first);
  return {
    canvas,
    current: () => chart,
    update(spec) {
      if (!chart) return;
      if (structureKey(spec, forms) !== key) {
        destroy();
        create(spec);
        return;
      }
      runtime.spec = spec;
      runtime.pending = true;
      tip.hidden = true;
      runtime.tipKey = '';
      const config = configFor(spec, runtime, forms);
      chart.options = config.options ?? {};
      chart.data = config.data;
      chart.update(config.options?.animation === false ? 'none' : undefined);
    },
    resize: () => chart?.resize(),
    destroy() {
      destroy();
      tip.hidden = true;
    },
  };
}
