// What a page downloads, read from the built script files: the import graph of
// dist/ (static imports, dynamic import() of element chunks and of the chart
// file), and from it the set of files a page with cards and quotes loads and
// what a chart adds. Works for one-file builds and for the autoloader with one
// chunk per element alike. Used by `npm run bench` and test/node/size-budget.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, basename } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';

export const MODULE_ENTRY = 'newsroom-widgets.js';
export const CLASSIC_ENTRY = 'newsroom-widgets.classic.js';
export const CHART_FILE = 'newsroom-widgets.chart.js';
/** Elements a page without a chart may have (nw-embed can draw charts, so it is left out). */
export const NO_CHART_ELEMENTS = ['figure-card', 'figure-grid', 'quote'];
export const CHART_ELEMENT = 'chart';
const ELEMENTS = ['figure-card', 'figure-grid', 'quote', 'chart', 'embed'];
/** Languages whose strings are chunks loaded on first use (English is built in). */
export const LANGUAGES = ['ru', 'kk'];

/** The chunk that takes pre-rendered widgets over: loaded only by pages that have them. */
export const isHydrationChunk = (file) => /(^|\/)hydrate-[\w-]+\.js$/.test(file);
/** The chunk that upgrades `<div data-nw>`: only pages with such divs load it. */
export const isPlainMarkupChunk = (file) => /(^|\/)plain-markup-[\w-]+\.js$/.test(file);
/** The chunk of live refreshes: only pages with a `refresh` attribute load it. */
export const isLiveChunk = (file) => /(^|\/)live-[\w-]+\.js$/.test(file);
/** The chunk of the figures' count-up: only pages with `animate` load it. */
export const isCountUpChunk = (file) => /(^|\/)count-up-motion-[\w-]+\.js$/.test(file);
/** The chunk that warns about `<nw-quote role="…">`: only pages with such a quote load it. */
export const isRoleWarningChunk = (file) => /(^|\/)role-warning-[\w-]+\.js$/.test(file);
/** The chunk that explores a chart by keyboard and touch: loaded on a chart's first focus or touch. */
export const isExplorerChunk = (file) => /(^|\/)explorer-[\w-]+\.js$/.test(file);
/** The chunk that plays a chart's series as tones: loaded on the first S on an explored chart. */
export const isSonifyChunk = (file) => /(^|\/)sonify-[\w-]+\.js$/.test(file);
/** The chunk of the charts' forms beyond bars and lines (stacking, areas, ranges, annotations, highlight): only charts with one load it. */
export const isFormsChunk = (file) => /(^|\/)chart-forms-[\w-]+\.js$/.test(file);
/** The chunk of a chart's tooltip box: loaded the first time the pointer is over a chart or the keys show a point. */
export const isTipChunk = (file) => /(^|\/)chart-tip-[\w-]+\.js$/.test(file);
/** The chunk of a chart's CSV file: loaded the first time a reader reaches for "Download CSV" (pointer, focus or click). */
export const isCsvChunk = (file) => /(^|\/)chart-csv-[\w-]+\.js$/.test(file);

/** The code that fetches payloads by URL: loaded the first time a widget has `src`. */
export const isLoadChunk = (file) => /(^|\/)load-[\w-]+\.js$/.test(file);
/** The problem panel of `debug`: loaded the first time a widget with `debug` has a problem to show. */
export const isProblemPanelChunk = (file) => /(^|\/)problem-panel-[\w-]+\.js$/.test(file);
/** The reader of a quote written as the element's own text: loaded the first time a quote needs it. */
export const isOwnTextChunk = (file) => /(^|\/)own-text-[\w-]+\.js$/.test(file);

/** What only a pre-rendered chart runs before it takes the server's DOM over: loaded only by pre-rendered pages with a chart. */
export const isPrerenderedChartChunk = (file) => /(^|\/)chart-prerendered-[\w-]+\.js$/.test(file);

/** A language's chart words (`chunks/ru-chart-abc123.js`): loaded by the first chart in that language. */
export const isChartWordsChunk = (file) => /(^|\/)[a-z]{2,3}-chart-[\w-]+\.js$/.test(file);

/** Chunks that only pages using a feature load, by the feature's name. */
export const FEATURE_CHUNKS = {
  'chart-words': isChartWordsChunk,
  'prerendered-chart': isPrerenderedChartChunk,
  prerendered: isHydrationChunk,
  'plain-markup': isPlainMarkupChunk,
  live: isLiveChunk,
  'count-up': isCountUpChunk,
  'role-warning': isRoleWarningChunk,
  explore: isExplorerChunk,
  sonify: isSonifyChunk,
  forms: isFormsChunk,
  hover: isTipChunk,
  csv: isCsvChunk,
  src: isLoadChunk,
  debug: isProblemPanelChunk,
  'own-text': isOwnTextChunk,
};
/** The feature a chunk serves, if it is one of FEATURE_CHUNKS. */
export const featureOf = (file) => Object.keys(FEATURE_CHUNKS).find((name) => FEATURE_CHUNKS[name](file));

/** The language a chunk holds, by its file name (`chunks/ru-abc123.js`). */
export function languageOf(file) {
  const name = basename(file, '.js');
  if (isChartWordsChunk(file)) return undefined;
  return LANGUAGES.find((language) => name === language || name.startsWith(`${language}-`));
}

function sizes(buffer) {
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length, brotli: brotliCompressSync(buffer).length };
}

/** Relative import specifiers of an ES module: static (import/export from) and dynamic (import("…") with a string). */
function importsOf(code) {
  const found = { static: [], dynamic: [] };
  let ast;
  try {
    ast = parseAst(code);
  } catch {
    return found; // not an ES module (the classic loader): no imports
  }
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (
      (node.type === 'ImportDeclaration' || node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') &&
      node.source
    ) {
      found.static.push(node.source.value);
    } else if (node.type === 'ImportExpression' && node.source?.type === 'Literal' && typeof node.source.value === 'string') {
      found.dynamic.push(node.source.value);
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && typeof value.type === 'string') visit(value);
    }
  };
  visit(ast);
  return found;
}

/** The element a chunk holds, by its file name (`chunks/quote-abc123.js` holds nw-quote). */
export function elementOf(file) {
  const name = basename(file, '.js');
  return ELEMENTS.find((element) => name === element || name.startsWith(`${element}-`));
}

/**
 * Reads the graph from `dist` (a folder), starting at the script entries.
 * Files are named relative to `dist`. `missing` lists imports that name no file.
 */
export function readDistGraph(dist) {
  const files = new Map();
  const missing = [];
  const queue = [MODULE_ENTRY, CLASSIC_ENTRY, CHART_FILE].filter((file) => existsSync(join(dist, file)));
  while (queue.length) {
    const file = queue.shift();
    if (files.has(file)) continue;
    const buffer = readFileSync(join(dist, file));
    const code = buffer.toString('utf8');
    const specs = importsOf(code);
    const resolveSpec = (spec) => normalize(join(dirname(file), spec));
    const node = {
      file,
      ...sizes(buffer),
      static: specs.static.filter((s) => s.startsWith('.')).map(resolveSpec),
      dynamic: specs.dynamic.filter((s) => s.startsWith('.')).map(resolveSpec),
      // A classic script that loads the module build by URL.
      loadsModuleBuild: file === CLASSIC_ENTRY && code.includes(MODULE_ENTRY) && !code.includes('customElements'),
    };
    files.set(file, node);
    for (const target of [...node.static, ...node.dynamic]) {
      if (target.startsWith('..') || !existsSync(join(dist, target))) missing.push({ from: file, import: target });
      else queue.push(target);
    }
  }
  return { dist, files, missing };
}

/** Every file loaded by static imports from `starts`. */
function staticClosure(graph, starts) {
  const seen = new Set();
  const stack = [...starts];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file) || !graph.files.has(file)) continue;
    seen.add(file);
    stack.push(...graph.files.get(file).static);
  }
  return seen;
}

/**
 * What a page holding `elements` loads: the entry, and the chunks its elements
 * pull in (and the chart file, for a chart). An English page: the strings of
 * other `languages` load only when asked for; the chunk of a feature of
 * FEATURE_CHUNKS (pre-rendered widgets, `<div data-nw>`, `refresh`, `animate`, a quote's `role`, exploring a chart, its tones,
 * a chart's forms, its tooltip, its CSV)
 * only when the page uses it (`features`).
 */
export function pageFiles(graph, entry, elements, languages = [], features = []) {
  let set = staticClosure(graph, [entry]);
  for (let changed = true; changed;) {
    changed = false;
    for (const file of [...set]) {
      for (const target of graph.files.get(file)?.dynamic ?? []) {
        if (set.has(target) || !graph.files.has(target)) continue;
        const language = languageOf(target);
        if (language && !languages.includes(language)) continue;
        const element = elementOf(target);
        // Strings load for a page in their language; element chunks when the page has the element;
        // other dynamic imports (the chart file) with the element that asks.
        const feature = featureOf(target);
        const wanted = feature
          ? features.includes(feature)
          : language
            ? true
            : element
              ? elements.includes(element)
              : elementOf(file)
                ? elements.includes(elementOf(file))
                : elements.includes(CHART_ELEMENT);
        if (!wanted) continue;
        set = new Set([...set, ...staticClosure(graph, [target])]);
        changed = true;
      }
    }
  }
  return set;
}

const total = (graph, set) =>
  [...set].reduce(
    (sum, file) => {
      const node = graph.files.get(file);
      return { raw: sum.raw + node.raw, gzip: sum.gzip + node.gzip, brotli: sum.brotli + node.brotli };
    },
    { raw: 0, gzip: 0, brotli: 0 },
  );

/**
 * The three figures the budgets are about: JS of a page with cards and quotes
 * (module and classic script), and the JS a chart adds to such a page.
 */
export function pageBudgets(graph) {
  const noChart = pageFiles(graph, MODULE_ENTRY, NO_CHART_ELEMENTS);
  const withChart = pageFiles(graph, MODULE_ENTRY, [...NO_CHART_ELEMENTS, CHART_ELEMENT]);
  // A chart always needs the Chart.js file, even where no import names it right (see `missing`).
  if (graph.files.has(CHART_FILE)) withChart.add(CHART_FILE);
  const added = new Set([...withChart].filter((file) => !noChart.has(file)));
  const classicNode = graph.files.get(CLASSIC_ENTRY);
  const classic = classicNode ? new Set([CLASSIC_ENTRY, ...(classicNode.loadsModuleBuild ? noChart : [])]) : new Set();
  if (classicNode && !classicNode.loadsModuleBuild) {
    for (const file of pageFiles(graph, CLASSIC_ENTRY, NO_CHART_ELEMENTS)) classic.add(file);
  }
  const describe = (set) => ({ files: [...set].sort(), ...total(graph, set) });
  // What a Russian or Kazakh page adds to the same page: its strings.
  const languagesAdded = Object.fromEntries(
    LANGUAGES.map((language) => {
      const files = pageFiles(graph, MODULE_ENTRY, NO_CHART_ELEMENTS, [language]);
      return [language, describe(new Set([...files].filter((file) => !noChart.has(file))))];
    }),
  );
  // What pre-rendered widgets add to the same page: the code that takes them over.
  const featureAdded = (feature) =>
    describe(new Set([...pageFiles(graph, MODULE_ENTRY, NO_CHART_ELEMENTS, [], [feature])].filter((file) => !noChart.has(file))));
  const hydrationAdded = featureAdded('prerendered');
  // What plain markup adds: the code that upgrades the divs.
  const plainMarkupAdded = featureAdded('plain-markup');
  // What `refresh` adds: the polls; what `animate` adds: the count-up.
  // Pages with `src` fetch with the load chunk; `refresh` (which needs `src`) adds the live chunk to that.
  const srcAdded = featureAdded('src');
  const withSrc = pageFiles(graph, MODULE_ENTRY, NO_CHART_ELEMENTS, [], ['src']);
  const liveAdded = describe(
    new Set([...pageFiles(graph, MODULE_ENTRY, NO_CHART_ELEMENTS, [], ['src', 'live'])].filter((file) => !withSrc.has(file))),
  );
  const countUpAdded = featureAdded('count-up');
  const roleWarningAdded = featureAdded('role-warning');
  // What `debug` adds once a widget has a problem; what a quote written as its own text adds.
  const problemPanelAdded = featureAdded('debug');
  const ownTextAdded = featureAdded('own-text');
  // What exploring a chart adds to a chart page.
  const chartPage = [...NO_CHART_ELEMENTS, CHART_ELEMENT];
  const explored = pageFiles(graph, MODULE_ENTRY, chartPage, [], ['explore']);
  const exploreAdded = describe(new Set([...explored].filter((file) => !withChart.has(file))));
  // What hearing a series as tones adds to an explored chart.
  const sonifyAdded = describe(
    new Set([...pageFiles(graph, MODULE_ENTRY, chartPage, [], ['explore', 'sonify'])].filter((file) => !explored.has(file))),
  );
  return {
    noChart: describe(noChart),
    classicNoChart: describe(classic),
    chartAdded: describe(added),
    languagesAdded,
    hydrationAdded,
    plainMarkupAdded,
    srcAdded,
    liveAdded,
    countUpAdded,
    roleWarningAdded,
    problemPanelAdded,
    ownTextAdded,
    exploreAdded,
    sonifyAdded,
  };
}

/** `dist` relative to `root`, for messages. */
export const shortName = (root, dist, file) => relative(root, join(dist, file));
