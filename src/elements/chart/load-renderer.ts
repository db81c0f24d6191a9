/**
 * Loads the chart code (Chart.js and its adapter) on first need. The dynamic
 * import makes it a chunk of its own (ESM builds) or a file beside the script
 * (`newsroom-widgets.chart.js`): a page without a chart never downloads it.
 * One load per page, shared by every chart; a failed load may be retried.
 */
export type RendererModule = typeof import('../../chart/renderer.js');

let loading: Promise<RendererModule> | undefined;

/** The renderer module, loading it the first time it is asked for. */
export function loadRenderer(): Promise<RendererModule> {
  loading ??= import('../../chart/renderer.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
