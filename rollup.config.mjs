// Script-tag builds. `tsc` first compiles src/ to lib/ (the npm build); rollup
// bundles lib/ with lit and the validator for pages that load a <script>.
// Chart.js lives in its own file, dist/newsroom-widgets.chart.js, which both
// script builds load with import() only when a chart needs it.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { fileURLToPath } from 'node:url';

const CHART_FILE = 'newsroom-widgets.chart.js';
const chartRenderer = fileURLToPath(new URL('./lib/chart/renderer.js', import.meta.url));

/** Keeps the chart renderer out of the main bundles; the classic build finds it beside its own script. */
function chartAsSeparateFile() {
  return {
    name: 'chart-as-separate-file',
    async resolveId(source, importer) {
      if (!importer || !source.includes('chart/renderer')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id === chartRenderer ? { id: `./${CHART_FILE}`, external: true } : null;
    },
    renderDynamicImport({ format, targetModuleId }) {
      if (format !== 'iife' || targetModuleId !== `./${CHART_FILE}`) return null;
      return { left: 'import(new URL(', right: ', __nwScriptBase).href)' };
    },
  };
}

const minify = () =>
  terser({ ecma: 2022, module: true, format: { comments: false }, compress: { passes: 2 } });
const plugins = [chartAsSeparateFile(), nodeResolve(), minify()];
const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  {
    input: 'lib/index.js',
    output: { file: 'dist/newsroom-widgets.js', format: 'es' },
    plugins,
    onwarn,
  },
  {
    input: 'lib/index.js',
    output: {
      file: 'dist/newsroom-widgets.classic.js',
      format: 'iife',
      name: 'NewsroomWidgets',
      intro: 'var __nwScriptBase = (document.currentScript && document.currentScript.src) || document.baseURI;',
    },
    plugins: [chartAsSeparateFile(), nodeResolve(), terser({ ecma: 2022, format: { comments: false }, compress: { passes: 2 } })],
    onwarn,
  },
  {
    input: 'lib/chart/renderer.js',
    output: { file: `dist/${CHART_FILE}`, format: 'es' },
    plugins: [nodeResolve(), minify()],
    onwarn,
  },
];
