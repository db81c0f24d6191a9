/**
 * Chart.js's `Filler` plugin, which fills areas. The script bundles take its code out of Chart.js's module
 * into this one (rollup.config.mjs, `fillerOfChartJs`), so it lands in the forms' chunk and not in the chart file.
 */
export { Filler } from 'chart.js';
