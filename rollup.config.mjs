// Script-tag builds. `tsc` first compiles src/ to lib/ (the npm build); rollup
// bundles lib/ with lit for pages that load a <script>.
// dist/newsroom-widgets.js holds lit, the payload code, the figure card, grid
// and quote, in one file. The chart element, its renderer and Chart.js are one
// more file, dist/newsroom-widgets.chart.js, loaded when the page first has a
// chart; nw-embed and the Russian and Kazakh catalogues are chunks loaded on first use.
// English's words go, section by section, with the code that uses them (englishBySection).
// dist/newsroom-widgets.classic.js is a classic script that loads the module
// build from beside itself, for templates that cannot use type="module".
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { resolve } from 'node:path';
import { en as englishCatalogue } from './lib/format/languages/en.js';
import { minifyCss } from './lib/server/css.js';

const CHART_FILE = 'newsroom-widgets.chart.js';
/** The chart file: the chart element (but its definition, in the definitions' chunk, and its explorer, a chunk loaded on first focus or touch), its view modules and axis dates, its renderer, Chart.js. */
const CHART_CODE =
  /[\\/](lib[\\/](elements[\\/]chart(?![\\/](explore|definition\.js))|views[\\/]chart|chart(?![\\/]points\.js))[\\/]|lib[\\/]format[\\/](axis-dates|chart-strings)\.js$|node_modules[\\/](chart\.js|@kurkle)[\\/])/;

const ENTRY = 'lib/autoload.js';
/** The widget definitions: `src/widgets.ts`, each element's `definition.ts` and what they import. */
const WIDGET_DEFINITIONS =
  /[\\/]lib[\\/](widgets|internal[\\/]definition|elements[\\/][\w-]+[\\/]definition|views[\\/]embed-sections)\.js$/;
let entryModules;

/**
 * Where each module goes: the chart element, its views, its renderer and
 * Chart.js make the chart file, loaded when a page first has a chart; what the
 * entry imports statically (lit, payload, formats, the figure card, grid and
 * quote) is the entry, and so is what the chart file shares with another chunk
 * (so neither loads the other); everything else (nw-embed, the Russian and
 * Kazakh strings) goes in chunks loaded on first use.
 */
function chunkOf(id, { getModuleInfo }) {
  if (CHART_CODE.test(id)) return 'newsroom-widgets.chart';
  if (!entryModules) {
    // Every module the entry reaches through static imports.
    entryModules = new Set();
    const visit = (module) => {
      if (!module || entryModules.has(module)) return;
      entryModules.add(module);
      for (const next of getModuleInfo(module)?.importedIds ?? []) visit(next);
    };
    visit(resolve(ENTRY));
  }
  if (entryModules.has(id)) return 'newsroom-widgets';
  // The widget definitions (tags, attributes, what each shows), shared by the plain-markup, live and embed chunks.
  if (WIDGET_DEFINITIONS.test(id)) return 'widgets';
  const info = getModuleInfo(id);
  const importers = [...(info?.importers ?? []), ...(info?.dynamicImporters ?? [])];
  const fromChart = importers.filter((importer) => CHART_CODE.test(importer)).length;
  return fromChart > 0 && fromChart < importers.length ? 'newsroom-widgets' : undefined;
}

/** The English catalogue, as compiled to lib/, and the prefix of the virtual module of each of its sections. */
const ENGLISH = /[\\/]lib[\\/]format[\\/]languages[\\/]en\.js$/;
const SECTION = 'catalogue:en:';

/**
 * English, section by section. src/format/languages/en.ts holds every English
 * word, and the code that reads a section imports it by name (`import { chart }
 * from '…/format/languages/en.js'`). In the script bundles, each such import
 * becomes an import of a virtual module holding that section alone
 * (`\0catalogue:en:chart`), generated from the compiled catalogue, which is
 * plain data (`export const chart = {…}`). So each section goes into the chunk
 * of the code that uses it: `ui` into the entry, `chart` into the chart file,
 * `tones` into the sonify chunk, `live` into the live chunk, and a page without
 * a chart carries no chart words. Only the bundles are split: the sources, the
 * tests and Node import the real module. Any other use of it in bundled code
 * (`en` whole, `import *`, a re-export, `import()`) fails the build.
 * test/node/size-budget.test.mjs checks where the words land.
 */
function englishBySection() {
  return {
    name: 'english-by-section',
    async transform(code, id) {
      if (!id.includes('/lib/') || !code.includes('languages/en.js')) return null;
      const edits = [];
      for (const node of this.parse(code).body) {
        if (!node.source || !ENGLISH.test((await this.resolve(node.source.value, id))?.id ?? '')) continue;
        const named = node.type === 'ImportDeclaration' && node.specifiers.length > 0;
        const bad = named
          ? node.specifiers.find((s) => s.type !== 'ImportSpecifier' || !Object.hasOwn(englishCatalogue, s.imported.name))
          : node;
        if (bad) this.error(`import English's sections by name from languages/en.js, not ${code.slice(bad.start, bad.end)}`);
        const imports = node.specifiers.map(({ imported, local }) => {
          const as = local.name === imported.name ? '' : ` as ${local.name}`;
          return `import { ${imported.name}${as} } from '${SECTION}${imported.name}';`;
        });
        edits.push({ start: node.start, end: node.end, text: imports.join(' ') });
      }
      if (!edits.length) return null;
      let out = code;
      for (const { start, end, text } of edits.reverse()) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
    resolveId(source) {
      return source.startsWith(SECTION) ? `\0${source}` : null;
    },
    load(id) {
      if (ENGLISH.test(id)) this.error('the English catalogue reached a bundle whole: import its sections by name');
      if (!id.startsWith(`\0${SECTION}`)) return null;
      const section = id.slice(SECTION.length + 1);
      return `export const ${section} = ${JSON.stringify(englishCatalogue[section])};`;
    },
  };
}

/**
 * Lit's css`…` templates, minified: comments and white space go (terser leaves
 * template text alone). A template with no `${…}` (all of ours) becomes
 * `unsafeCSS("…")`: the same CSSResult without the tag's checks of interpolated
 * values, so the bundles do without the tag.
 */
function minifyCssTemplates() {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!id.includes('/lib/') || !/\bcss ?`/.test(code)) return null;
      let plain = 0;
      let out = code.replace(/\bcss ?`([^`]*)`/g, (_, body) => {
        if (body.includes('${') || body.includes('\\')) return 'css`' + minifyCss(body) + '`';
        plain++;
        return `unsafeCSS(${JSON.stringify(minifyCss(body))})`;
      });
      if (!plain) return { code: out, map: null };
      const tagLeft = /\bcss ?`/.test(out);
      const litImport = /import \{([^}]*)\} from 'lit';/;
      if (!litImport.test(out)) this.error(`${id}: css\`…\` without an import from 'lit'`);
      out = out.replace(litImport, (_, names) => {
        const list = names.split(',').map((name) => name.trim());
        return `import { ${[...list.filter((name) => name && (tagLeft || name !== 'css')), 'unsafeCSS'].join(', ')} } from 'lit';`;
      });
      return { code: out, map: null };
    },
  };
}

// Two passes, inlining only simple functions: what compresses best with gzip here (more passes and
// inlining make the code a little shorter but less repetitive).
const minify = () =>
  terser({
    ecma: 2022,
    module: true,
    toplevel: true,
    format: { comments: false },
    compress: { passes: 2, inline: 1, pure_getters: true },
  });
const plugins = [englishBySection(), minifyCssTemplates(), nodeResolve(), minify()];
const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  {
    // The module entry, the chart file, and a chunk for nw-embed.
    // The renderer is an entry too, so the chart file keeps its exports (`Chart`, for tools and the bench).
    input: { 'newsroom-widgets': ENTRY, 'newsroom-widgets.chart': 'lib/chart/renderer.js' },
    // The entry may export more than its own API: the chart file and nw-embed import lit and the shared code from it.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => (chunk.name === 'newsroom-widgets.chart' ? CHART_FILE : 'chunks/[name]-[hash].js'),
      manualChunks: chunkOf,
      generatedCode: { arrowFunctions: true, constBindings: true },
    },
    plugins,
    onwarn,
  },
  {
    // The classic script: a few lines that load the module build from beside itself.
    input: 'scripts/classic-loader.js',
    output: { file: 'dist/newsroom-widgets.classic.js', format: 'iife', strict: false },
    plugins: [terser({ ecma: 2020, format: { comments: false } })],
    onwarn,
  },
];
