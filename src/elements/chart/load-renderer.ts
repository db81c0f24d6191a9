/** Loads the chart code (Chart.js and its adapter) on first need: a separate chunk or file. */
export const loadRenderer = () => import('../../chart/renderer.js');
