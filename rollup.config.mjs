// Script-tag builds. `tsc` first compiles src/ to lib/ (the npm build); rollup
// bundles lib/ with lit and the validator for pages that load a <script>.
// dist/newsroom-widgets.js is an autoloader: each element's code is a chunk
// loaded when the page first has that element. Chart.js lives in its own file,
// dist/newsroom-widgets.chart.js, loaded only when a chart is drawn.
// dist/newsroom-widgets.classic.js is a classic script that loads the module
// build from beside itself, for templates that cannot use type="module".
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { fileURLToPath } from 'node:url';

const CHART_FILE = 'newsroom-widgets.chart.js';
const chartRenderer = fileURLToPath(new URL('./lib/chart/renderer.js', import.meta.url));

/** Keeps the chart renderer (Chart.js) out of the element chunks, as a file of its own. */
function chartAsSeparateFile() {
  return {
    name: 'chart-as-separate-file',
    async resolveId(source, importer) {
      if (!importer || !source.includes('chart/renderer')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id === chartRenderer ? { id: `./${CHART_FILE}`, external: true } : null;
    },
    renderChunk(code, chunk) {
      // The chart file sits in dist/: a chunk in dist/chunks/ must import it as ../newsroom-widgets.chart.js.
      const depth = chunk.fileName.split('/').length - 1;
      const specifier = new RegExp(`(['"])\\./${CHART_FILE.replace(/\./g, '\\.')}\\1`, 'g');
      if (!depth || !specifier.test(code)) return null;
      return { code: code.replace(specifier, `$1${'../'.repeat(depth)}${CHART_FILE}$1`), map: null };
    },
  };
}

/** Collapses comments and white space inside Lit's css`…` templates (terser leaves template text alone). */
function minifyCssTemplates() {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!id.includes('/lib/') || !/\bcss ?`/.test(code)) return null;
      const out = code.replace(
        /\bcss ?`([^`]*)`/g,
        (_, body) =>
          'css`' +
          body
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}')
            .trim() +
          '`',
      );
      return { code: out, map: null };
    },
  };
}

const minify = () =>
  terser({ ecma: 2022, module: true, toplevel: true, format: { comments: false }, compress: { passes: 3, pure_getters: true } });
const plugins = [chartAsSeparateFile(), minifyCssTemplates(), nodeResolve(), minify()];
const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  {
    // The module entry: an autoloader plus one chunk per element, shared code in its own chunks.
    input: { 'newsroom-widgets': 'lib/autoload.js' },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins,
    onwarn,
  },
  {
    // The classic script: a few lines that load the module build from beside itself.
    input: 'scripts/classic-loader.js',
    output: { file: 'dist/newsroom-widgets.classic.js', format: 'iife' },
    plugins: [terser({ ecma: 2020, format: { comments: false } })],
    onwarn,
  },
  {
    input: 'lib/chart/renderer.js',
    output: { file: `dist/${CHART_FILE}`, format: 'es' },
    plugins: [nodeResolve(), minify()],
    onwarn,
  },
];
