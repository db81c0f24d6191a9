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
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { en as englishCatalogue } from './lib/format/languages/en.js';
import { minifyCss } from './lib/server/css.js';

const CHART_FILE = 'newsroom-widgets.chart.js';
/**
 * The chart file: the chart element (but its definition, in the definitions' chunk, and its explorer, a chunk loaded on first
 * focus or touch), its view modules (but the CSV's) and axis dates, its renderer (but the points the explorer walks, the
 * tooltip's box and the forms), Chart.js.
 */
const CHART_CODE =
  /[\\/](lib[\\/](elements[\\/]chart(?![\\/](explore|definition\.js|prerendered\.js))|views[\\/]chart(?![\\/]csv\.js)|chart(?![\\/](points\.js|plugins[\\/]tip-box\.js|forms[\\/])))[\\/]|lib[\\/]format[\\/](axis-dates|chart-strings|precision)\.js$|lib[\\/]payload[\\/]chart-rules\.js$|node_modules[\\/](chart\.js|@kurkle)[\\/])/;
/** The charts' forms beyond plain bars and lines (stacking, areas, ranges, annotations, highlight): `chunks/chart-forms-[hash].js`, loaded by the charts that use one. */
const FORMS_CODE = /[\\/]lib[\\/](chart[\\/]forms[\\/]|views[\\/]chart[\\/]spec-forms\.js$)/;
/** The tooltip's box: `chunks/chart-tip-[hash].js`, loaded the first time the pointer is over a chart or the keys show a point. */
const TIP_CODE = /[\\/]lib[\\/]chart[\\/]plugins[\\/]tip-box\.js$/;
/**
 * The CSV of "Download CSV": `chunks/chart-csv-[hash].js`, loaded when a reader first reaches for the link (pointer,
 * focus or click). The server writes the file into the link itself (`server.csvHref`, src/server/widgets.ts).
 */
const CSV_CODE = /[\\/]lib[\\/]views[\\/]chart[\\/]csv\.js$/;

const ENTRY = 'lib/autoload.js';
/** The widget definitions: `src/widgets.ts`, each element's `definition.ts` and what they import. */
const WIDGET_DEFINITIONS =
  /[\\/]lib[\\/](widgets|internal[\\/]definition|elements[\\/][\w-]+[\\/]definition|views[\\/]embed-sections)\.js$/;
let entryModules;

/**
 * Where each module goes: the chart element, its views, its renderer and
 * Chart.js make the chart file, loaded when a page first has a chart; the
 * charts' forms, the tooltip's box and the CSV are chunks of their own
 * (`chart-forms`, `chart-tip`, `chart-csv`), loaded by the charts and readers
 * that use them; what the entry imports statically (lit, payload, formats, the
 * figure card, grid and quote) is the entry, and so is what the chart file
 * shares with another chunk (so neither loads the other); everything else
 * (nw-embed, the Russian and Kazakh strings) goes in chunks loaded on first use.
 */
function chunkOf(id, { getModuleInfo }) {
  if (FORMS_CODE.test(id)) return 'chart-forms';
  if (/[\\/]lib[\\/]elements[\\/]chart[\\/]prerendered\.js$/.test(id)) return 'chart-prerendered';
  // A language's chart words: a chunk of their own, loaded by the first chart in that language.
  const chartWords = /[\\/]lib[\\/]format[\\/]languages[\\/](\w+)-chart\.js$/.exec(id);
  if (chartWords) return `${chartWords[1]}-chart`;
  if (TIP_CODE.test(id)) return 'chart-tip';
  if (CSV_CODE.test(id)) return 'chart-csv';
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

/** The forms' module that re-exports Chart.js's Filler (src/chart/forms/filler.ts). */
const FILLER = /[\\/]lib[\\/]chart[\\/]forms[\\/]filler\.js$/;

/**
 * Chart.js's `Filler` plugin, in the forms' chunk. Chart.js is one module (chart.js/dist/chart.js), and a module
 * goes whole into one chunk: the chart file. So in the script bundles lib/chart/forms/filler.js (a re-export of
 * `Filler` from chart.js) is replaced by the plugin's own declarations, taken from Chart.js's source: the
 * plugin's and those it uses, in their order, with Chart.js's helper imports. What Chart.js exports (its
 * `LineElement`, which the plugin tests lines against) is imported from Chart.js, so there is one of each.
 * Rollup leaves out what the plugin does not use. A Chart.js without such a plugin fails the build.
 */
function fillerOfChartJs() {
  return {
    name: 'filler-of-chart-js',
    async load(id) {
      if (!FILLER.test(id)) return null;
      const file = (await this.resolve('chart.js', id))?.id;
      if (!file) this.error('chart.js not found');
      const code = readFileSync(file, 'utf8');
      const declared = new Map();
      const exported = new Map();
      const imports = [];
      for (const node of this.parse(code).body) {
        if (node.type === 'ImportDeclaration' && node.specifiers.length) {
          const from = node.source.value.startsWith('.') ? resolve(dirname(file), node.source.value) : node.source.value;
          imports.push(`${code.slice(node.start, node.source.start)}${JSON.stringify(from)};`);
        } else if (node.type === 'FunctionDeclaration' || node.type === 'ClassDeclaration') declared.set(node.id.name, node);
        else if (node.type === 'VariableDeclaration') for (const { id: name } of node.declarations) declared.set(name.name, node);
        else if (node.type === 'ExportNamedDeclaration' && !node.source)
          for (const { local, exported: name } of node.specifiers) exported.set(local.name, name.name);
      }
      const plugin = [...exported].find(([, name]) => name === 'Filler')?.[0];
      if (!plugin || !declared.has(plugin))
        this.error("chart.js has no Filler declared in its module: see rollup.config.mjs's fillerOfChartJs");
      // Every declaration the plugin reaches (any identifier of the same name counts: what is not used is left out).
      const seen = new Set();
      const copied = new Set();
      const shared = new Set();
      const reach = (name) => {
        if (seen.has(name) || !declared.has(name)) return;
        seen.add(name);
        if (exported.has(name) && name !== plugin) return void shared.add(name);
        copied.add(declared.get(name));
        const visit = (node) => {
          if (node?.type === 'Identifier') reach(node.name);
          for (const value of Object.values(node ?? {})) {
            if (Array.isArray(value)) value.forEach(visit);
            else if (typeof value?.type === 'string') visit(value);
          }
        };
        visit(declared.get(name));
      };
      reach(plugin);
      const body = [...copied].sort((a, b) => a.start - b.start).map((node) => code.slice(node.start, node.end));
      const names = [...shared].map((name) => `${exported.get(name)} as ${name}`);
      return [...imports, `import { ${names.join(', ')} } from 'chart.js';`, ...body, `export { ${plugin} as Filler };`].join(
        '\n',
      );
    },
  };
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

/**
 * Chart.js's colour library, `@kurkle/color` (4.6 KB gzip, more than half of it
 * named colours and HSL, HWB and HSV parsing), replaced in the script bundles by
 * lib/chart/color.js: the colour arithmetic Chart.js uses (its default hover
 * colour and the animation of a colour), on the hex and `rgb()` colours a chart
 * is given. Chart.js's own source is checked for the uses that module answers:
 * the build fails when a Chart.js release uses its colour library otherwise.
 * test/chart/color.test.ts compares the two modules' results.
 */
function chartColor() {
  const USES = [
    'new Color(value).saturate(0.5).darken(0.1).hexString()',
    'c1.mix(c0, factor).hexString()',
    'c0.valid && color(to || transparent)',
    'c1 && c1.valid',
  ];
  const HELPERS = /[\\/]chart\.js[\\/]dist[\\/](chart|chunks[\\/]helpers\.segment|chunks[\\/]index)\.js$/;
  return {
    name: 'chart-color',
    resolveId(source) {
      return source === '@kurkle/color' ? resolve('lib/chart/color.js') : null;
    },
    buildEnd() {
      const seen = [...this.getModuleIds()]
        .filter((id) => HELPERS.test(id))
        .map((id) => this.getModuleInfo(id)?.code ?? '')
        .join('\n');
      if (!seen) return;
      const missing = USES.filter((use) => !seen.includes(use));
      const colorCalls = (seen.match(/new Color\(/g) ?? []).length;
      if (missing.length || colorCalls !== 2)
        this.error(
          `Chart.js uses its colour library otherwise than lib/chart/color.js answers (${missing.join('; ') || `${colorCalls} "new Color("`}): check src/chart/color.ts`,
        );
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
const plugins = [englishBySection(), minifyCssTemplates(), fillerOfChartJs(), chartColor(), nodeResolve(), minify()];
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
