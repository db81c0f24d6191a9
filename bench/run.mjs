// `npm run bench`: builds the script bundles, measures them in headless
// Chromium against baselines drawn in the same run, prints the tables, and
// writes bench/results/latest.json and (for a full run) bench/RESULTS.md.
//
//   node bench/run.mjs [--runs=7] [--no-build] [--fresh] [--only=sizes,render,bytes,chart,explore,cards,cls,prerender,scale,leaks,growth,lighthouse]
//
// CHROME_PATH picks the browser (default: the system's Chromium).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGETS } from './budgets.mjs';
import { findChromium, launch, CHROMIUM_ARGS } from './lib/browser.mjs';
import { buildBaselines } from './lib/baselines.mjs';
import { benchPages } from './lib/pages.mjs';
import { divide, kb, mark, mib, ms, ratio, renderSections } from './lib/report.mjs';
import { buildPrerenderPages } from './lib/prerender.mjs';
import { renderBench } from './lib/render.mjs';
import { exploreBench } from './lib/explore.mjs';
import { compareLoads, comparePixels, layoutShift, leaks, median, pageScripts, paintLoads, scale } from './lib/scenarios.mjs';
import { bareImports, bundleBreakdown, bundleVirtual, compressedSizes, reexportEntry } from './lib/sizes.mjs';
import { CHART_FILE, featureOf, pageBudgets, readDistGraph } from './lib/dist-graph.mjs';
import { startServer } from './lib/server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SECTIONS = [
  'sizes',
  'render',
  'bytes',
  'chart',
  'explore',
  'cards',
  'cls',
  'prerender',
  'scale',
  'leaks',
  'growth',
  'lighthouse',
];

const args = process.argv.slice(2);
const option = (name) => args.find((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`))?.split('=')[1];
const runs = Math.max(1, Number(option('runs') ?? process.env.BENCH_RUNS ?? 7));
const only = option('only') ? option('only').split(',') : SECTIONS;
const fullRun = only.length === SECTIONS.length;
const wants = (section) => only.includes(section);
const started = Date.now();
const log = (message) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

const unknown = only.filter((section) => !SECTIONS.includes(section));
if (unknown.length) {
  console.error(`Unknown section(s) ${unknown.join(', ')}: choose from ${SECTIONS.join(', ')}.`);
  process.exit(1);
}
if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
  process.exit(1);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error(
    'No Chromium or Chrome found. Install one (Debian: apt-get install chromium) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}

// 1. Build the script bundles the pages load.
if (!args.includes('--no-build')) {
  log('building: npm run build:lib && rollup -c');
  try {
    // tsc reports on stdout: send it to stderr, where the progress goes.
    execSync('npm run --silent build:lib && npx rollup -c --silent', { cwd: root, stdio: ['ignore', 2, 2] });
  } catch {
    log('the build failed: measuring the lib/ and dist/ files already there, if any');
  }
}
// The page CSS the demo links (dist/newsroom-widgets.css), copied as npm run build:bundles does; rollup alone does not.
if (existsSync(join(root, 'dist')))
  await copyFile(join(root, 'src/newsroom-widgets.css'), join(root, 'dist/newsroom-widgets.css'));
for (const file of [
  'dist/newsroom-widgets.js',
  'dist/newsroom-widgets.classic.js',
  'dist/newsroom-widgets.chart.js',
  'lib/index.js',
  'lib/chart/renderer.js',
]) {
  if (!existsSync(join(root, file))) {
    console.error(`${file} is missing: run npm run build:lib && npx rollup -c (or npm run bench without --no-build)`);
    process.exit(1);
  }
}

const story = JSON.parse(await readFile(join(root, 'demo/data/kazakhstan-unrest-2022.json'), 'utf8'));
const results = {
  machine: {},
  settings: {},
  sizes: {},
  bytes: {},
  chart: {},
  explore: {},
  cards: {},
  cls: [],
  render: {},
  prerender: {},
  scale: {},
  leaks: {},
  growth: {},
  lighthouse: {},
  budgets: [],
};
const sections = [];

// 2. Sizes of the files, what they are made of, and Chart.js alone.
const rollupConfigs = (await import(join(root, 'rollup.config.mjs'))).default;
// What the library imports from Chart.js (DESIGN.md: only src/chart/ may), found in lib/.
const libFiles = (await readdir(join(root, 'lib'), { recursive: true }))
  .filter((f) => f.endsWith('.js'))
  .map((f) => join(root, 'lib', f));
const chartImports = new Map(
  [...(await bareImports(libFiles))].filter(([source]) => source === 'chart.js' || source.startsWith('chart.js/')),
);

log('building the baselines (Chart.js floor, vega-embed peer) with rollup');
const baselines = await buildBaselines(chartImports, { root, fresh: args.includes('--fresh') });
log(`baselines ${baselines.built ? 'built' : 'reused'} in ${baselines.dir} (${(baselines.ms / 1000).toFixed(1)} s)`);

if (wants('sizes')) {
  log('sizes of dist/ and what is in them');
  const dist = join(root, 'dist');
  const graph = readDistGraph(dist);
  const pagesets = pageBudgets(graph);
  // What each output file is made of, from rollup's own module list.
  const breakdownByFile = new Map();
  for (const config of rollupConfigs) {
    const analysis = await bundleBreakdown(config, root, (file) => graph.files.get(relative(dist, join(root, file)))?.gzip);
    for (const chunk of analysis.chunks) breakdownByFile.set(relative(dist, join(root, chunk.file)), chunk.rows);
  }
  const madeOf = (files) => {
    const groups = new Map();
    for (const file of files) {
      const rows = breakdownByFile.get(file);
      if (!rows) groups.set(`(not analysed) ${file}`, (groups.get(`(not analysed) ${file}`) ?? 0) + graph.files.get(file).gzip);
      for (const row of rows ?? []) groups.set(row.group, (groups.get(row.group) ?? 0) + row.share);
    }
    return [...groups].sort((a, b) => b[1] - a[1]).map(([group, gzip]) => ({ group, gzip }));
  };
  const chartFile = graph.files.get(CHART_FILE);
  const alone = compressedSizes(
    await bundleVirtual(reexportEntry(chartImports), {
      resolveFrom: join(root, '__bench_entry__.js'),
      // The module build's own plugins (resolver, minifier), so only the code differs.
      plugins: rollupConfigs[0].plugins,
    }),
  );
  results.sizes = {
    files: Object.fromEntries(
      [...graph.files].map(([file, n]) => [
        file,
        { raw: n.raw, gzip: n.gzip, brotli: n.brotli, static: n.static, dynamic: n.dynamic },
      ]),
    ),
    missingImports: graph.missing,
    pages: pagesets,
    madeOf: { noChart: madeOf(pagesets.noChart.files), chartAdded: madeOf(pagesets.chartAdded.files) },
    chartJs: {
      imports: Object.fromEntries([...chartImports].map(([k, v]) => [k, [...v]])),
      alone,
      chartFile: chartFile ? { raw: chartFile.raw, gzip: chartFile.gzip, brotli: chartFile.brotli } : null,
      ours: chartFile ? chartFile.gzip - alone.gzip : null,
    },
  };
  const where = (file) =>
    [
      pagesets.noChart.files.includes(file) && 'no-chart page',
      pagesets.classicNoChart.files.includes(file) && !pagesets.noChart.files.includes(file) && 'classic page',
      pagesets.chartAdded.files.includes(file) && 'added by a chart',
      ...Object.entries(pagesets.languagesAdded).map(
        ([language, added]) => added.files.includes(file) && `added by a page in "${language}"`,
      ),
    ]
      .filter(Boolean)
      .join(', ') ||
    ({
      'plain-markup': 'only with <div data-nw>',
      prerendered: 'only pre-rendered pages',
      live: 'only with refresh',
      'count-up': 'only with animate',
    }[featureOf(file)] ??
      'only with nw-embed');
  sections.push({
    title: 'Files the script builds load (import graph of dist/; gzip level 9, brotli quality 11; 1 KB = 1,000 bytes)',
    headers: ['file', 'raw', 'gzip', 'brotli', 'loaded by'],
    rows: [...graph.files.values()].map((n) => [`dist/${n.file}`, kb(n.raw), kb(n.gzip), kb(n.brotli), where(n.file)]),
    note: graph.missing.length
      ? `BROKEN IMPORTS: ${graph.missing.map((m) => `dist/${m.from} imports dist/${m.import}, which does not exist`).join('; ')}.`
      : undefined,
  });
  sections.push({
    title: 'Budgets from the files (each file gzipped as served, summed)',
    headers: ['what', 'files', 'gzip', 'brotli', 'budget'],
    rows: [
      [
        'no-chart page, module script',
        pagesets.noChart.files.length,
        kb(pagesets.noChart.gzip),
        kb(pagesets.noChart.brotli),
        `≤ ${kb(BUDGETS.noChartGzip)}: ${mark(pagesets.noChart.gzip <= BUDGETS.noChartGzip)}`,
      ],
      [
        'no-chart page, classic script',
        pagesets.classicNoChart.files.length,
        kb(pagesets.classicNoChart.gzip),
        kb(pagesets.classicNoChart.brotli),
        `≤ ${kb(BUDGETS.noChartGzip)}: ${mark(pagesets.classicNoChart.gzip <= BUDGETS.noChartGzip)}`,
      ],
      [
        'what a chart adds',
        pagesets.chartAdded.files.length,
        kb(pagesets.chartAdded.gzip),
        kb(pagesets.chartAdded.brotli),
        `≤ ${kb(BUDGETS.chartAddedGzip)}: ${mark(pagesets.chartAdded.gzip <= BUDGETS.chartAddedGzip)}`,
      ],
      ...Object.entries(pagesets.languagesAdded).map(([language, added]) => [
        `what a page in "${language}" adds (its strings)`,
        added.files.length,
        kb(added.gzip),
        kb(added.brotli),
        '',
      ]),
    ],
  });
  sections.push({
    title: 'What that JS is made of (gzip; each part minified and compressed alone, then scaled to its file)',
    headers: ['page', 'part', 'gzip'],
    rows: [
      ...results.sizes.madeOf.noChart.map((row) => ['no-chart page', row.group, kb(row.gzip)]),
      ...results.sizes.madeOf.chartAdded.map((row) => ['added by a chart', row.group, kb(row.gzip)]),
    ],
    note: '"ours: x" is lib/x (src/x); "lit" is lit, lit-html, lit-element and @lit/reactive-element.',
  });
  sections.push({
    title: 'The chart file: Chart.js itself versus our code',
    headers: ['what', 'gzip', 'brotli'],
    rows: [
      [
        `Chart.js alone, same imports (${[...(chartImports.get('chart.js') ?? [])].join(', ')})`,
        kb(alone.gzip),
        kb(alone.brotli),
      ],
      [`dist/${CHART_FILE}`, kb(chartFile?.gzip), kb(chartFile?.brotli)],
      ['our code in it (difference)', kb(results.sizes.chartJs.ours), kb(chartFile ? chartFile.brotli - alone.brotli : null)],
    ],
  });
}

// 3. render: the static targets, on Node (whole processes, then render() in one).
if (wants('render')) {
  log(`render: the story in each target, ${runs} runs of each process`);
  try {
    results.render = await renderBench({ root, runs });
    const { processes, inProcess, outputs } = results.render;
    const baseline = processes[0].median;
    sections.push({
      title: 'Time to render the story in each target (whole process, median)',
      headers: ['what', 'median', 'over the baseline', 'vs baseline'],
      rows: [
        ...processes.map((p, i) => [
          p.name,
          ms(p.median),
          i ? ms(p.median - baseline) : '',
          i ? ratio(divide(p.median, baseline)) : '',
        ]),
        ...inProcess.map((p) => [p.name, `${p.median.toFixed(1)} ms`, '', '']),
      ],
      note: `Each row is \`node lib/cli.js …\` on demo/data/kazakhstan-unrest-2022.json, run ${runs} times interleaved with the others; the baseline is \`validate\` on the same file, so "over the baseline" is what rendering adds (loading lib/server, Lit, Chart.js and @napi-rs/canvas, drawing, writing). The warm rows are render() called again in one process: the rendering alone.`,
    });
    sections.push({
      title: 'What each target writes for the story',
      headers: ['target', 'files', 'HTML/JSON', 'gzip', 'main file', 'PNG pictures'],
      rows: outputs.map((o) => [
        o.name,
        o.files,
        kb(o.textRaw),
        kb(o.textGzip),
        o.main ? `${o.main.name}: ${kb(o.main.raw)} (${kb(o.main.gzip)} gzip)` : '',
        kb(o.pictures),
      ]),
      note: 'Static: index.html and a page per widget (each page holds its widget again, so the folder totals count each widget twice); the PNG is the chart at 2×. Apple News: article.json and a components file per widget, and the PNG.',
    });
  } catch (error) {
    results.render.error = String(error.message ?? error).split('\n')[0];
    log(`render: ${results.render.error}`);
  }
}

// 4. The browser.
const pages = benchPages(story);
// The prerender section's pages are pre-rendered here, in Node, before any page loads.
let prerendered;
if (wants('prerender')) {
  if (!existsSync(join(root, 'lib/server/index.js'))) {
    results.prerender.error = 'lib/server/index.js is missing (npm run build:lib)';
  } else {
    log('prerender: pre-rendering the pages with lib/server (prerender())');
    try {
      prerendered = await buildPrerenderPages({ root, benchPages: pages });
      log(`prerender: pages pre-rendered in ${(prerendered.ms / 1000).toFixed(1)} s; ${prerendered.notices.join('; ')}`);
    } catch (error) {
      results.prerender.error = `prerender() failed: ${String(error.message ?? error).split('\n')[0]}`;
    }
  }
  if (results.prerender.error) log(`prerender: ${results.prerender.error}`);
}
const server = await startServer({
  mounts: { '/dist/': join(root, 'dist'), '/demo/': join(root, 'demo'), '/__bench/build/': baselines.dir },
  pages: (pathname, search) => pages(pathname, search) ?? prerendered?.handler(pathname, search),
});
const bench = await launch(executablePath);
const origin = server.origin;
const hasDemo = existsSync(join(root, 'demo/index.html'));
results.machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memory: mib(os.totalmem()),
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  chromium: bench.version,
  chromiumPath: executablePath,
  chromiumArgs: CHROMIUM_ARGS,
  node: process.version,
  date: new Date().toISOString(),
};
results.settings = { runs, only, baselines: { registered: baselines.registered } };
log(`Chromium ${bench.version}, ${runs} runs per timing, server ${origin}`);

try {
  if (wants('bytes')) {
    log('bytes per page');
    const pages = {
      'cards + quotes (module script)': ['/bench/cards.html'],
      'cards + quotes (classic script)': ['/bench/cards.html?build=classic'],
      'cards + quotes + chart (module script)': ['/bench/cards-chart.html', 'nw-chart'],
      'cards + quotes + chart (classic script)': ['/bench/cards-chart.html?build=classic', 'nw-chart'],
    };
    for (const [name, [path, scrollTo]] of Object.entries(pages))
      results.bytes[name] = await pageScripts(bench, origin, path, { scrollTo });
    const added = (withChart, without) => {
      const a = results.bytes[withChart]?.total;
      const b = results.bytes[without]?.total;
      return a && b ? { raw: a.raw - b.raw, gzip: a.gzip - b.gzip, brotli: a.brotli - b.brotli } : null;
    };
    results.bytes.chartAdded = {
      module: added('cards + quotes + chart (module script)', 'cards + quotes (module script)'),
      classic: added('cards + quotes + chart (classic script)', 'cards + quotes (classic script)'),
    };
    const rows = Object.entries(results.bytes)
      .filter(([name]) => name !== 'chartAdded')
      .map(([name, r]) => [
        name,
        `${r.files.length} file${r.files.length === 1 ? '' : 's'}` + (r.drawn ? '' : ' (NOT ALL DRAWN)'),
        kb(r.total.gzip),
        kb(r.total.brotli),
        name.includes('chart')
          ? ''
          : `≤ ${kb(BUDGETS.noChartGzip)} (aim ${kb(BUDGETS.noChartGzipAim)}): ${mark(r.total.gzip <= BUDGETS.noChartGzip)}`,
      ]);
    for (const [build, value] of Object.entries(results.bytes.chartAdded)) {
      rows.push([
        `chart code a chart page adds (${build})`,
        '',
        kb(value?.gzip),
        kb(value?.brotli),
        `≤ ${kb(BUDGETS.chartAddedGzip)}: ${mark(value ? value.gzip <= BUDGETS.chartAddedGzip : null)}`,
      ]);
    }
    sections.push({
      title: 'JS a page downloads (every script response)',
      headers: ['page', 'files', 'gzip', 'brotli', 'budget'],
      rows,
    });
  }

  if (wants('chart')) {
    log(`chart: nw-chart vs hand-written Chart.js vs vega-embed, ${runs} runs`);
    const result = await compareLoads(
      bench,
      origin,
      [
        { name: 'Chart.js by hand (floor)', url: '/bench/chart-chartjs.html' },
        { name: 'nw-chart, as the embed snippet (chart file preloaded)', url: '/bench/chart-nw-preload.html' },
        { name: 'nw-chart, script tag alone', url: '/bench/chart-nw.html' },
        { name: 'vega-embed (peer)', url: '/bench/chart-vega.html' },
      ],
      runs,
      log,
    );
    results.chart = result;
    const floor = result['Chart.js by hand (floor)'].median;
    sections.push({
      title: `Chart: navigation to the first frame after the story chart is drawn (median of ${runs} cold loads)`,
      headers: ['page', 'median', 'min–max', 'vs Chart.js by hand', 'notes'],
      rows: Object.entries(result).map(([name, r]) => [
        name,
        ms(r.median),
        `${ms(r.min)}–${ms(r.max)}`,
        ratio(divide(r.median, floor)),
        [
          r.failed ? `${r.failed} of ${r.samples.length} loads failed` : '',
          ...new Set((r.errors ?? []).map((e) => e.code ?? e.message)),
        ]
          .filter(Boolean)
          .join('; '),
      ]),
      note: `Budget: nw-chart ≤ ${BUDGETS.chartRatio.toFixed(2)}× the hand-written Chart.js page with the snippet's preload, ≤ ${BUDGETS.chartRatioScriptTag.toFixed(2)}× from the script tag alone. Pages load with prefers-reduced-motion: reduce, so nothing animates (the baselines do not animate either).`,
    });
    sections.push({
      title: 'Chart: where the time goes (medians, ms after navigation)',
      headers: ['page', 'steps'],
      rows: Object.entries(result).map(([name, r]) => [
        name,
        Object.entries(r.phases ?? {})
          .sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0))
          .map(([phase, value]) => `${phase} ${Math.round(value ?? NaN)}`)
          .join(' → '),
      ]),
    });
    // On a real network every request costs a round trip: the same pages with 100 ms of latency.
    const LATENCY_MS = 100;
    log(`chart: the same with ${LATENCY_MS} ms of network latency, ${runs} runs`);
    const slow = await compareLoads(
      bench,
      origin,
      [
        { name: 'Chart.js by hand (floor)', url: '/bench/chart-chartjs.html' },
        { name: 'nw-chart, as the embed snippet (chart file preloaded)', url: '/bench/chart-nw-preload.html' },
        { name: 'nw-chart, script tag alone', url: '/bench/chart-nw.html' },
      ],
      runs,
      log,
      { latencyMs: LATENCY_MS },
    );
    results.chartLatency = { latencyMs: LATENCY_MS, ...slow };
    const slowFloor = slow['Chart.js by hand (floor)'].median;
    sections.push({
      title: `Chart with ${LATENCY_MS} ms of network latency per request (median of ${runs} cold loads)`,
      headers: ['page', 'median', 'vs Chart.js by hand', 'steps'],
      rows: Object.entries(slow).map(([name, r]) => [
        name,
        ms(r.median),
        ratio(divide(r.median, slowFloor)),
        Object.entries(r.phases ?? {})
          .sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0))
          .map(([phase, value]) => `${phase} ${Math.round(value ?? NaN)}`)
          .join(' → '),
      ]),
      note: 'Emulated with the DevTools protocol (Network.emulateNetworkConditions); bandwidth is not limited.',
    });
  }

  if (wants('explore')) {
    const exploreRuns = Math.min(runs, 5);
    log(`explore: keys and mouse on nw-chart, ${exploreRuns} runs`);
    const along = ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'End', 'ArrowLeft', 'Home', 'ArrowRight'];
    results.explore = await exploreBench(
      bench,
      origin,
      [
        {
          name: 'the story chart (2 panels)',
          url: '/bench/chart-nw.html',
          keys: ['ArrowRight', 'ArrowDown', 'ArrowUp', 'ArrowDown', 'ArrowUp', 'ArrowDown'],
        },
        { name: 'line of 100 generated points', url: '/bench/growth-nw.html?n=100', keys: along },
        { name: 'line of 10,000 generated points', url: '/bench/growth-nw.html?n=10000', keys: along },
      ],
      exploreRuns,
      log,
    );
    sections.push({
      title: `Exploring a chart: input to the first frame after the tooltip (or, for a key, the focus mark) changed (median of ${exploreRuns} cold loads)`,
      headers: [
        'chart',
        'first focus (explorer loads)',
        'first key',
        'each next key (max)',
        'mouse onto a point (Chart.js hover)',
        'key vs mouse',
      ],
      rows: Object.entries(results.explore).map(([name, r]) => [
        name,
        ms(r.focus),
        ms(r.firstKey),
        `${ms(r.keys)} (${ms(r.keyMax)})`,
        ms(r.mouse),
        ratio(divide(r.keys, r.mouse)),
      ]),
      note: 'The mouse is the baseline, measured in the same page: Chart.js handles its move in the next animation frame, the keys at once. Generated lines are GENERATED data (a fixed-seed random walk). Loaded with prefers-reduced-motion: reduce.',
    });
  }

  if (wants('cards')) {
    log(`cards and quotes: widgets vs static HTML, ${runs} runs`);
    const result = await compareLoads(
      bench,
      origin,
      [
        { name: 'static HTML (floor)', url: '/bench/cards-static.html' },
        { name: 'widgets (module script)', url: '/bench/cards.html' },
        { name: 'widgets (classic script)', url: '/bench/cards.html?build=classic' },
      ],
      runs,
      log,
    );
    results.cards = result;
    const floor = result['static HTML (floor)'].median;
    sections.push({
      title: `Cards and quotes: navigation to the first frame with every widget drawn (median of ${runs} cold loads)`,
      headers: ['page', 'median', 'min–max', 'vs static HTML', 'notes'],
      rows: Object.entries(result).map(([name, r]) => [
        name,
        ms(r.median),
        `${ms(r.min)}–${ms(r.max)}`,
        ratio(divide(r.median, floor)),
        [
          r.failed ? `${r.failed} of ${r.samples.length} loads failed` : '',
          ...new Set((r.errors ?? []).map((e) => e.code ?? e.message)),
        ]
          .filter(Boolean)
          .join('; '),
      ]),
      note: 'One figure grid (3 figures), 2 figure cards, 2 quotes from the demo payload; the static page is the same content as hand-written HTML.',
    });
  }

  if (wants('cls')) {
    const clsRuns = Math.min(runs, 3);
    log(`layout shift, ${clsRuns} runs per case`);
    const cases = [];
    if (hasDemo) {
      cases.push({ page: 'demo/index.html', path: '/demo/index.html', jsonDelay: 0 });
      cases.push({ page: 'demo/index.html, JSON +500 ms', path: '/demo/index.html', jsonDelay: 500 });
    }
    // The same widgets on a page that reserves no space for them (no CSS, no fallback): what a page gets by doing nothing.
    cases.push({
      page: 'bench article, no space reserved, payload inline',
      path: '/bench/article.html?data=inline',
      jsonDelay: 0,
    });
    cases.push({
      page: 'bench article, no space reserved, payload over src +500 ms',
      path: '/bench/article.html?data=src',
      jsonDelay: 500,
    });
    results.cls.push(...(await layoutShiftCases(cases, clsRuns)));
    sections.push({
      title: `Layout shift (CLS, worst of ${clsRuns} loads; "scrolled" = after scrolling to the end)`,
      headers: ['page', 'viewport', 'CLS at load', 'CLS scrolled', 'widgets drawn', 'largest shifts'],
      rows: results.cls.map(layoutShiftRow),
      note: hasDemo
        ? `Budget: 0.000 on the demo article, which reserves each widget's space as the README shows. The bench article reserves none, to show what that saves. Default motion settings (animations on), light scheme.`
        : 'demo/index.html does not exist yet: the bench article stands in for it. Budget: 0.000.',
    });
  }

  if (wants('prerender') && prerendered) {
    const p = results.prerender;
    p.pages = { ms: prerendered.ms, notices: prerendered.notices };
    const notes = (r) =>
      [
        r.failed ? `${r.failed} of ${r.samples.length} loads failed` : '',
        ...(r.errors ?? []),
        ...(r.console ?? []),
        ...new Set((r.widgetErrors ?? []).map((e) => e.code ?? e.message)),
      ]
        .filter(Boolean)
        .join('; ');

    // 1. First paint: the pre-rendered demo article, the same article as static HTML, and the script-tag article.
    log(`prerender: first paint of the demo article, pre-rendered vs static HTML vs script tag, ${runs} runs`);
    const STATIC = 'static HTML, same content (floor)';
    const PRE = 'pre-rendered (script loads and hydrates)';
    const SCRIPT = 'script tag, not pre-rendered (demo/index.html)';
    p.paint = await paintLoads(
      bench,
      origin,
      [
        { name: STATIC, url: '/demo/bench-static.html', widgets: prerendered.demo.widgets },
        { name: PRE, url: '/demo/bench-prerendered.html', widgets: prerendered.demo.widgets },
        { name: SCRIPT, url: '/demo/index.html', widgets: prerendered.demo.widgets },
      ],
      runs,
      log,
    );
    // The floor's honesty: it must look like the pre-rendered page before its script runs.
    p.fidelity = [];
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 360, height: 740 },
    ]) {
      try {
        const r = await comparePixels(bench, origin, '/demo/bench-prerendered.html', '/demo/bench-static.html', {
          viewport,
          block: '**/*.js',
        });
        p.fidelity.push({ viewport: `${viewport.width}×${viewport.height}`, ...r });
      } catch (error) {
        p.fidelity.push({
          viewport: `${viewport.width}×${viewport.height}`,
          error: String(error.message ?? error).split('\n')[0],
        });
      }
    }
    const floor = p.paint[STATIC];
    const pre = p.paint[PRE];
    const script = p.paint[SCRIPT];
    const row = (what, key, { floorToo = true } = {}) => [
      what,
      floorToo ? ms(floor[key].median) : '',
      ms(pre[key].median),
      floorToo ? ratio(divide(pre[key].median, floor[key].median)) : '',
      ms(script[key].median),
      floorToo ? ratio(divide(script[key].median, floor[key].median)) : '',
    ];
    const lcpWhat = (r) => (r.lcpWhat.length ? ` (${r.lcpWhat.join(', ')})` : '');
    sections.push({
      title: `Pre-rendered demo article: navigation to first paint (median of ${runs} cold loads, 1280×800, ms after navigation)`,
      headers: [
        'what',
        'static HTML, same content (floor)',
        'pre-rendered',
        'vs static',
        'script tag (demo/index.html)',
        'vs static',
      ],
      rows: [
        row('first paint, presented', 'fp'),
        row('first contentful paint, presented', 'fcp'),
        row('first contentful paint, rendering update', 'fcpRendered'),
        row("widgets' content on screen: the first frame after it was drawn", 'contentNext'),
        row(
          `widgets' content painted, presented (Element Timing; ${[floor, pre, script].map((r) => `${r.content.runs}`).join('/')} of ${runs} loads reported it)`,
          'content',
        ),
        row("widgets' content painted, rendering update (same)", 'contentRendered'),
        row('widgets in view all live (nw-render)', 'live', { floorToo: false }),
        [
          'largest contentful paint, presented',
          `${ms(floor.lcp.median)}${lcpWhat(floor)}`,
          `${ms(pre.lcp.median)}${lcpWhat(pre)}`,
          ratio(divide(pre.lcp.median, floor.lcp.median)),
          `${ms(script.lcp.median)}${lcpWhat(script)}`,
          ratio(divide(script.lcp.median, floor.lcp.median)),
        ],
        [
          'notes',
          notes(floor),
          [pre.kept !== null ? `hydration kept ${pre.kept} of ${pre.widgets} widgets' pre-rendered DOM` : '', notes(pre)]
            .filter(Boolean)
            .join('; '),
          '',
          notes(script),
          '',
        ],
      ],
      note: [
        `Budget: the pre-rendered article ≤ ${BUDGETS.prerenderPaintRatio.toFixed(2)}× the static page, in first contentful paint (presented) and in the widgets' content on screen.`,
        'The pre-rendered page is demo/index.html through prerender() (its src payloads read from demo/data/, pictures drawn), as scripts/prerender-demo.mjs makes demo/prerendered.html; the script-tag page is demo/index.html itself.',
        "The static page is the pre-rendered page's DOM flattened: every widget's shadow root written into a div in its place (Lit's markers, the fallback it hides, scripts, JSON payloads and noscript removed), each distinct widget stylesheet once, scoped to those divs with @scope in a cascade layer (as a shadow root's styles are), and demo.css rewritten so that no page rule reaches inside them. Same text, same pictures, same CSS, no custom element, no script.",
        `It looks the same: against the pre-rendered page with every script blocked, ${p.fidelity
          .map((f) =>
            f.error
              ? `${f.viewport}: ${f.error}`
              : `${f.differ.toLocaleString('en')} of ${f.total.toLocaleString('en')} pixels differ at ${f.viewport}`,
          )
          .join(', ')} (text anti-aliasing where the markers split text).`,
        'First paint and first contentful paint are the Paint Timing entries: "presented" is their startTime (the frame on screen, the standard figure, which the budget judges), "rendering update" their paintTime (the end of the main-thread update that painted it).',
        `The widgets' content is drawn in the first frame in which all ${prerendered.demo.widgets} widgets of the article are in the page and hold their content (a frame with text, in the shadow root or the div; checked in each frame's requestAnimationFrame). "On screen" is the next frame's requestAnimationFrame, which starts after that paint, as the bench's other timings mark "the first frame after drawing". "Painted" is that frame's paint timing: Element Timing does not see into shadow roots, so a 2×2 light-DOM image marker with elementtiming is added in the frame that paints the content; Chromium does not report it on every load (missing on loads where it comes late), hence the count. On the script-tag page the widgets' fallback paints first; these rows wait for what the script draws.`,
        '"Widgets in view all live": each has fired nw-render (pre-rendered: hydrated; a chart once Chart.js has drawn). Reduced motion, as for the other timings.',
      ].join(' '),
    });

    // 2. The chart's picture on screen vs hand-written Chart.js's first drawn frame (the chart section's floor).
    log(`prerender: chart picture vs hand-written Chart.js, ${runs} runs`);
    const FLOOR = 'Chart.js by hand (floor)';
    const PICTURE = 'pre-rendered nw-chart: picture on screen';
    p.picture = await compareLoads(
      bench,
      origin,
      [
        { name: FLOOR, url: '/bench/chart-chartjs.html' },
        { name: PICTURE, url: '/bench/chart-prerendered.html', lcp: true },
        // What the picture costs by itself: the same page with the library's script files aborted.
        {
          name: 'pre-rendered nw-chart, no script (dist/ blocked): picture on screen',
          url: '/bench/chart-prerendered.html',
          lcp: true,
          block: '**/dist/**',
        },
        { name: 'pre-rendered nw-chart: live chart drawn', url: '/bench/chart-prerendered.html?ready=canvas' },
        { name: 'nw-chart, script tag alone (not pre-rendered)', url: '/bench/chart-nw.html' },
      ],
      runs,
      log,
    );
    const chartFloor = p.picture[FLOOR].median;
    const demoPictures = p.fidelity
      .filter((f) => !f.error)
      .flatMap((f) =>
        (f.pictures['/demo/bench-prerendered.html'] ?? []).map(
          (pic) =>
            `at ${f.viewport} the picture drawn at ${pic.drawn.join('×')} is shown at ${pic.shown.map(Math.round).join('×')}`,
        ),
      );
    sections.push({
      title: `Pre-rendered chart: navigation to the picture on screen vs hand-written Chart.js's first drawn frame (median of ${runs} cold loads)`,
      headers: ['page', 'median', 'min–max', 'vs Chart.js by hand', 'steps', 'notes'],
      rows: Object.entries(p.picture).map(([name, r]) => [
        name,
        ms(r.median),
        `${ms(r.min)}–${ms(r.max)}`,
        ratio(divide(r.median, chartFloor)),
        Object.entries(r.phases ?? {})
          .sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0))
          .map(([phase, value]) => `${phase} ${Math.round(value ?? NaN)}`)
          .join(' → '),
        [
          r.failed ? `${r.failed} of ${r.samples.length} loads failed` : '',
          ...new Set((r.errors ?? []).map((e) => e.code ?? e.message)),
        ]
          .filter(Boolean)
          .join('; '),
      ]),
      note: [
        `Budget: the picture on screen ≤ ${BUDGETS.pictureRatio.toFixed(2)}× hand-written Chart.js's first drawn frame.`,
        "The pre-rendered page is the chart section's nw-chart page (/bench/chart-nw.html, the story chart, payload inline) through prerender(); the floor is the chart section's own.",
        '"Picture on screen": once the page is parsed, the picture the chart shows (the one of its layout) has decoded (img.decode() resolved), and the mark is the next animation frame, the one that paints it; the floor\'s mark is the frame after new Chart() has drawn, so both are the first frame with the chart\'s pixels, on the same clock.',
        '"Picture painted (LCP)" is the paint timing of the picture where it is the largest contentful paint (presentation time, later than the frame mark).',
        '"No script": the same page with every request under /dist/ aborted, so nothing runs before the first paint; the difference from the row above is what loading the library costs the picture.',
        '"Live chart drawn": Chart.js has drawn on the pre-rendered chart\'s canvas, which then replaces the picture.',
        demoPictures.length ? `On the demo article (a wide chart), ${demoPictures.join('; ')}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    });

    // 3. Layout shift of the article that reserves no space, pre-rendered, with the script loading and hydrating.
    const clsRuns = Math.min(runs, 3);
    log(`prerender: layout shift of the pre-rendered article, ${clsRuns} runs per case`);
    p.cls = await layoutShiftCases(
      [
        {
          page: 'bench article, no space reserved, pre-rendered (payload inline)',
          path: '/bench/article-prerendered.html?data=inline',
          jsonDelay: 0,
        },
        {
          page: 'bench article, no space reserved, pre-rendered (payload was over src; JSON +500 ms)',
          path: '/bench/article-prerendered.html?data=src',
          jsonDelay: 500,
        },
      ],
      clsRuns,
    );
    sections.push({
      title: `Pre-rendered article that reserves no space: layout shift (CLS, worst of ${clsRuns} loads; "scrolled" = after scrolling to the end)`,
      headers: ['page', 'viewport', 'CLS at load', 'CLS scrolled', 'widgets drawn', 'largest shifts', 'budget'],
      rows: p.cls.map((c) => [
        ...layoutShiftRow(c),
        `${BUDGETS.prerenderCls.toFixed(3)}: ${mark(typeof c.worstTotal === 'number' ? c.worstTotal <= BUDGETS.prerenderCls + 0.0005 : null)}`,
      ]),
      note: `The layout-shift section's bench article (/bench/article.html, no CSS, no fallback: 0.2–0.5 as a script-tag page) through prerender(); the src variant's payload is read at build time and carried in the page, so the +500 ms on JSON answers should change nothing. Default motion settings, light scheme; the script loads, the widgets hydrate, the chart's live canvas replaces its picture.`,
    });

    // 4. What pre-rendering adds to the demo article's HTML.
    p.bytes = prerendered.bytes;
    const b = p.bytes;
    const chartRow = b.rows.find((r) => r.pictures);
    const added = { raw: b.after.raw - b.before.raw, gzip: b.after.gzip - b.before.gzip };
    sections.push({
      title: 'Pre-rendered demo article: the HTML each widget adds (gzip level 9; 1 KB = 1,000 bytes)',
      headers: ['what', 'raw', 'gzip', 'gzip added to the page'],
      rows: [
        ...b.rows.flatMap((r) => [
          [
            r.kind === 'payload'
              ? r.what
              : `${r.what}: declarative shadow root${r.kind === 'nw-chart' ? ' (pictures included)' : ''}`,
            kb(r.raw),
            kb(r.gzip),
            kb(r.gzipInPage),
          ],
          ...(r.pictures
            ? [
                [
                  `  of which its ${r.pictures.count} pictures (${r.pictures.format}, ${r.pictures.sizes.join(' and ')} CSS px at 2×; ${kb(r.pictures.decoded)} of WebP as base64 data URLs)`,
                  kb(r.pictures.raw),
                  kb(r.pictures.gzip),
                  kb(r.pictures.gzipInPage),
                ],
              ]
            : []),
        ]),
        ['all that pre-rendering added', kb(added.raw), '', kb(added.gzip)],
        ['the page before (demo/index.html)', kb(b.before.raw), kb(b.before.gzip), ''],
        ['the page after (pre-rendered)', kb(b.after.raw), kb(b.after.gzip), ''],
        [
          'the page after, without the pictures',
          kb(b.after.raw - (chartRow?.pictures?.raw ?? 0)),
          kb(b.after.gzip - (chartRow?.pictures?.gzipInPage ?? 0)),
          '',
        ],
      ],
      note: `"Gzip" compresses the piece (or the page) by itself; "gzip added to the page" is how much smaller the gzipped page is with only that piece taken out (so a second quote, whose styles repeat the first's, adds little). A widget's row is its <template shadowrootmode> (its styles, its DOM with Lit's hydration markers) and the payload-id attribute prerender() gives a widget that read its data over src; the payload script is written once, before the first widget, for all of them.${
        b.unaccounted ? ` ${b.unaccounted} bytes added are in no row.` : ''
      }`,
    });
  } else if (wants('prerender')) {
    sections.push({
      title: 'Pre-rendered widgets',
      headers: ['what', 'value'],
      rows: [['error', results.prerender.error ?? 'not run']],
    });
  }

  if (wants('scale')) {
    const scaleRuns = Math.min(runs, 5);
    log(`100 widgets, ${scaleRuns} runs`);
    const samples = [];
    for (let run = 0; run < scaleRuns; run++) {
      try {
        samples.push(await scale(bench, origin));
      } catch (error) {
        samples.push({ error: String(error.message ?? error).split('\n')[0] });
      }
    }
    const ok = samples.filter((s) => !s.error);
    const pick = (f) => ok.map(f);
    results.scale = {
      samples,
      inViewMedian: median(pick((s) => s.before.inView)),
      // The budget is judged on the median run, like every timing here; the worst run is shown beside it.
      longestTask: median(pick((s) => s.after.longestTask)),
      longestTaskWorst: ok.length ? Math.max(...pick((s) => s.after.longestTask)) : null,
      longestTasks: pick((s) => s.after.longestTask),
      heapBeforeMedian: median(pick((s) => s.heapBefore)),
      heapAfterMedian: median(pick((s) => s.heapAfter)),
    };
    const first = ok[0];
    // The longest frame of every run, and the scripts that ran in it.
    const worstFrame = ok
      .map((s) => s.after.longestFrame)
      .filter(Boolean)
      .reduce((a, f) => (!a || f.duration > a.duration ? f : a), null);
    results.scale.longestFrame = worstFrame;
    sections.push({
      title: `100 widgets on one page (40 cards, 30 quotes, 30 charts; generated layout, demo data; ${scaleRuns} cold loads, 1280×800)`,
      headers: ['what', 'value'],
      rows: [
        ['time until every in-view widget is drawn (median)', ms(results.scale.inViewMedian)],
        ['widgets in view at load', first ? String(first.before.inViewCount) : 'n/a'],
        ['charts drawn before scrolling', first ? `${first.before.charts} of ${first.after.chartsOnPage}` : 'n/a'],
        ['charts drawn after scrolling to the end', first ? `${first.after.charts} of ${first.after.chartsOnPage}` : 'n/a'],
        ['widgets drawn after scrolling', first ? `${first.after.rendered} of ${first.after.widgets}` : 'n/a'],
        [
          'longest task: median run (worst run; every run)',
          `${ms(results.scale.longestTask)} (${ms(results.scale.longestTaskWorst)}; ${results.scale.longestTasks.map((t) => Math.round(t)).join(', ')} ms)`,
        ],
        ['long tasks (> 50 ms), first run', first ? String(first.after.longTasks) : 'n/a'],
        [
          'longest frame (worst run): what ran in it',
          worstFrame
            ? `${ms(worstFrame.duration)}: ${worstFrame.scripts.map((x) => `${x.invoker} ${ms(x.duration)}`).join(', ') || 'no script (style, layout, paint)'}`
            : 'n/a',
        ],
        [
          'JS heap after load / after scrolling (median, after GC)',
          `${mib(results.scale.heapBeforeMedian)} / ${mib(results.scale.heapAfterMedian)}`,
        ],
        ['errors', first ? String(first.after.errorCount) : samples.map((s) => s.error).join('; ')],
      ],
      note: `Budget: all rendered, no long task > ${BUDGETS.longTaskMs} ms. Loaded with prefers-reduced-motion: reduce (drawing, not animating); charts are drawn as they come near the viewport.`,
    });
  }

  if (wants('leaks')) {
    log('200 connect/disconnect cycles of nw-chart');
    try {
      results.leaks = await leaks(bench, origin, 200);
    } catch (error) {
      results.leaks = { error: String(error.message ?? error).split('\n')[0] };
    }
    const l = results.leaks;
    const count = (value) => (value === null || value === undefined ? 'n/a (the chart file exports no Chart)' : String(value));
    sections.push({
      title: 'Leaks: 200 connect/disconnect cycles of nw-chart',
      headers: ['what', 'value'],
      rows: l.error
        ? [['error', l.error]]
        : [
            ['cycles that drew before removal', `${l.drawn} of ${l.cycles}, then ${l.drawnAgain} of ${l.cycles}`],
            ['Chart.instances after 200 cycles (each drawn)', count(l.instancesAfterDrawn)],
            ['Chart.instances after 200 more, removed after one frame', count(l.instancesAfterRapid)],
            ['Chart.instances after 200 more, each drawn', count(l.instancesAfterDrawnAgain)],
            [
              `nw-chart elements / canvases still in memory after GC (of ${l.cycles * 3 + 1} created, none connected)`,
              `${l.elementsAlive ?? 'n/a'} / ${l.canvasesAlive ?? 'n/a'}`,
            ],
            [
              'JS heap after GC: start / +200 drawn / +200 rapid / +200 drawn',
              [l.heapStart, l.heapAfterDrawn, l.heapAfterRapid, l.heapAfterDrawnAgain].map(mib).join(' / '),
            ],
            [
              'heap growth per cycle: first drawn batch / rapid batch / second drawn batch',
              [
                [l.heapStart, l.heapAfterDrawn],
                [l.heapAfterDrawn, l.heapAfterRapid],
                [l.heapAfterRapid, l.heapAfterDrawnAgain],
              ]
                .map(([a, b]) => `${((b - a) / l.cycles / 1024).toFixed(1)} KiB`)
                .join(' / '),
            ],
          ],
      note: `Budget: ${BUDGETS.chartInstancesLeft} Chart instances left.`,
    });
  }

  if (wants('growth')) {
    const growthRuns = Math.min(runs, 3);
    log(`cost growth: 10 to 10,000 generated points, ${growthRuns} runs`);
    for (const points of [10, 100, 1_000, 10_000]) {
      results.growth[points] = await compareLoads(
        bench,
        origin,
        [
          { name: 'Chart.js by hand', url: `/bench/growth-chartjs.html?n=${points}` },
          { name: 'nw-chart', url: `/bench/growth-nw.html?n=${points}` },
        ],
        growthRuns,
      );
    }
    sections.push({
      title: `Cost growth: line chart of GENERATED data (a fixed-seed random walk), navigation to first drawn frame (median of ${growthRuns})`,
      headers: ['points', 'Chart.js by hand', 'nw-chart', 'ratio', 'nw-chart asks for Chart.js at', 'notes'],
      rows: Object.entries(results.growth).map(([points, r]) => [
        Number(points).toLocaleString('en'),
        ms(r['Chart.js by hand'].median),
        ms(r['nw-chart'].median),
        ratio(divide(r['nw-chart'].median, r['Chart.js by hand'].median)),
        ms(r['nw-chart'].phases?.[`${CHART_FILE} requested`]),
        [r['nw-chart'].errors, r['Chart.js by hand'].errors]
          .flat()
          .filter(Boolean)
          .map((e) => e.code ?? e.message)
          .join('; '),
      ]),
    });
  }
} finally {
  await bench.close();
  await server.close();
}

// 4b. Lighthouse on the demo pages, as `npm start` serves them (compressed, with its cache headers).
if (wants('lighthouse')) await lighthouseSection();

// 5. Budgets.
const budget = (what, limit, value, ok) => results.budgets.push({ what, limit, value, met: ok });
// Sizes as measured on the pages when they drew; else as read from dist/'s import graph.
const measured = (name) => (results.bytes[name]?.drawn ? results.bytes[name].total.gzip : undefined);
const sizeBudget = (what, page, graphValue, limit, aim) => {
  const value = page ?? graphValue;
  if (value === undefined) return;
  const how = page !== undefined ? 'on the page' : 'from dist/';
  budget(`${what} (gzip, ${how})`, `≤ ${kb(limit)}${aim ? ` (aim ${kb(aim)})` : ''}`, kb(value), value <= limit);
};
sizeBudget(
  'JS of a no-chart page, module script',
  measured('cards + quotes (module script)'),
  results.sizes.pages?.noChart.gzip,
  BUDGETS.noChartGzip,
  BUDGETS.noChartGzipAim,
);
sizeBudget(
  'JS of a no-chart page, classic script',
  measured('cards + quotes (classic script)'),
  results.sizes.pages?.classicNoChart.gzip,
  BUDGETS.noChartGzip,
);
sizeBudget(
  'JS a chart adds to a page',
  measured('cards + quotes + chart (module script)') !== undefined ? results.bytes.chartAdded?.module?.gzip : undefined,
  results.sizes.pages?.chartAdded.gzip,
  BUDGETS.chartAddedGzip,
);
const demoCls = results.cls.filter((c) => (hasDemo ? c.path.startsWith('/demo/') : true));
if (demoCls.length) {
  const worst = Math.max(...demoCls.map((c) => c.worstTotal ?? Infinity));
  budget(
    `CLS, ${hasDemo ? 'demo article' : 'bench article (no demo yet)'}, every case`,
    '0.000',
    Number.isFinite(worst) ? worst.toFixed(3) : 'n/a',
    worst <= BUDGETS.cls + 0.0005,
  );
}
for (const [name, what, limit] of [
  ['nw-chart, as the embed snippet (chart file preloaded)', 'nw-chart as the embed snippet prints it', BUDGETS.chartRatio],
  ['nw-chart, script tag alone', 'nw-chart with the script tag alone', BUDGETS.chartRatioScriptTag],
]) {
  if (!results.chart[name]) continue;
  const r = divide(results.chart[name].median, results.chart['Chart.js by hand (floor)'].median);
  budget(
    `${what} vs hand-written Chart.js, first drawn frame`,
    `≤ ${limit.toFixed(2)}×`,
    r === null ? 'did not draw' : ratio(r),
    r !== null && r <= limit,
  );
}
if (results.prerender.paint) {
  const paint = results.prerender.paint;
  const floor = paint['static HTML, same content (floor)'];
  const pre = paint['pre-rendered (script loads and hydrates)'];
  for (const [what, key] of [
    ['first contentful paint', 'fcp'],
    ["the widgets' content on screen (first frame after it was drawn)", 'contentNext'],
  ]) {
    const r = divide(pre[key].median, floor[key].median);
    budget(
      `pre-rendered demo article vs the same as static HTML: ${what}`,
      `≤ ${BUDGETS.prerenderPaintRatio.toFixed(2)}×`,
      r === null ? 'not measured' : ratio(r),
      r !== null && r <= BUDGETS.prerenderPaintRatio,
    );
  }
}
if (results.prerender.picture) {
  const picture = results.prerender.picture;
  const r = divide(picture['pre-rendered nw-chart: picture on screen'].median, picture['Chart.js by hand (floor)'].median);
  budget(
    "pre-rendered chart's picture on screen vs hand-written Chart.js's first drawn frame",
    `≤ ${BUDGETS.pictureRatio.toFixed(2)}×`,
    r === null ? 'not on screen' : ratio(r),
    r !== null && r <= BUDGETS.pictureRatio,
  );
}
if (results.prerender.cls?.length) {
  const worst = Math.max(...results.prerender.cls.map((c) => c.worstTotal ?? Infinity));
  budget(
    'CLS, pre-rendered article that reserves no space, every case',
    BUDGETS.prerenderCls.toFixed(3),
    Number.isFinite(worst) ? worst.toFixed(3) : 'n/a',
    worst <= BUDGETS.prerenderCls + 0.0005,
  );
}
if (results.prerender.error) budget('pre-rendered widgets', 'measured', results.prerender.error, false);
if (results.lighthouse.error) budget('Lighthouse on the demo pages', 'measured', results.lighthouse.error, false);
if (results.lighthouse.pages) {
  const runsOf = Object.values(results.lighthouse.pages)
    .flatMap((page) => [page.mobile, page.desktop])
    .filter(Boolean);
  const below = runsOf.flatMap((run) =>
    ['accessibility', 'best-practices', 'seo']
      .filter((id) => run.scores[id] < BUDGETS.lighthouseScore)
      .map((id) => `${run.page} ${run.formFactor} ${id} ${run.scores[id]}`),
  );
  budget(
    'Lighthouse accessibility, best practices, SEO: every demo page, mobile and desktop',
    String(BUDGETS.lighthouseScore),
    below.length ? below.join('; ') : `${BUDGETS.lighthouseScore} on ${runsOf.length} of ${runsOf.length}`,
    runsOf.length > 0 && below.length === 0,
  );
  const shifted = runsOf.filter((run) => run.cls > BUDGETS.lighthouseCls + 0.0005);
  budget(
    'Lighthouse CLS: every demo page, mobile and desktop',
    BUDGETS.lighthouseCls.toFixed(3),
    shifted.length
      ? shifted.map((run) => `${run.page} ${run.formFactor} ${run.cls.toFixed(3)}`).join('; ')
      : `worst ${Math.max(...runsOf.map((run) => run.cls)).toFixed(3)}`,
    runsOf.length > 0 && shifted.length === 0,
  );
  const article = results.lighthouse.pages['index.html']?.mobile;
  if (article) {
    budget(
      'Lighthouse, demo article on mobile: performance, total blocking time',
      `≥ ${BUDGETS.lighthouseArticlePerformance}, ≤ ${BUDGETS.lighthouseArticleTbtMs} ms`,
      `${article.scores.performance}, ${ms(article.tbt)} (median of ${results.lighthouse.mobileRuns})`,
      article.scores.performance >= BUDGETS.lighthouseArticlePerformance && article.tbt <= BUDGETS.lighthouseArticleTbtMs,
    );
  }
}
if (results.scale.samples?.length) {
  const ok = results.scale.samples.filter((s) => !s.error);
  const all = ok.length > 0 && ok.every((s) => s.after.rendered === s.after.widgets && s.after.errorCount === 0);
  budget(
    '100 widgets: all drawn, longest task',
    `all, ≤ ${BUDGETS.longTaskMs} ms`,
    `${all ? 'all drawn' : 'NOT all drawn'}, ${ms(results.scale.longestTask)} (median run)`,
    all && results.scale.longestTask !== null && results.scale.longestTask <= BUDGETS.longTaskMs,
  );
}
if (results.leaks.error)
  budget(
    'Chart instances after 200 connect/disconnect cycles',
    String(BUDGETS.chartInstancesLeft),
    `failed: ${results.leaks.error}`,
    false,
  );
if (results.leaks.cycles) {
  const left = [results.leaks.instancesAfterDrawn, results.leaks.instancesAfterRapid, results.leaks.instancesAfterDrawnAgain];
  budget(
    'Chart instances after 200 connect/disconnect cycles',
    String(BUDGETS.chartInstancesLeft),
    left.map(String).join(' / '),
    left.every((n) => n === null) ? null : left.every((n) => n === BUDGETS.chartInstancesLeft),
  );
}
sections.unshift({
  title: 'Budgets (DESIGN.md)',
  headers: ['budget', 'limit', 'measured', 'result'],
  rows: results.budgets.map((b) => [b.what, b.limit, b.value, mark(b.met)]),
});

// 6. Output.
const m = results.machine;
const machineLine = `${m.cpu}, ${m.cores} cores, ${m.memory}; ${m.os}; Chromium ${m.chromium}; Node ${m.node}; ${m.date}`;
const took = ((Date.now() - started) / 1000).toFixed(0);
results.settings.seconds = Number(took);
console.log(`\nnewsroom-widgets bench: ${machineLine}\n${runs} runs per timing (cold page each), ${took} s in all\n`);
console.log(renderSections(sections, 'text'));
await mkdir(join(root, 'bench/results'), { recursive: true });
await writeFile(join(root, 'bench/results/latest.json'), JSON.stringify(results, null, 2) + '\n');
log('wrote bench/results/latest.json');
if (fullRun) {
  const markdown = `# Benchmark results

The latest full run of \`npm run bench\` (\`bench/run.mjs\`). Timings are medians of cold page
loads and are meaningful only as ratios against the baseline measured in the same run; sizes
are exact. Generated data appears only in the stress pages (cost growth, 100 widgets), and
is labelled there.

- Machine: ${m.cpu}, ${m.cores} cores, ${m.memory}, ${m.os}
- Chromium ${m.chromium} (headless, \`${m.chromiumArgs.join(' ')}\`)
- Node ${m.node}
- Date: ${m.date}
- Runs: ${runs} per timing (cold page each); layout shift (both sections), 100 widgets and cost growth ${Math.min(runs, 3)}; the whole run took ${took} s

${renderSections(sections, 'markdown')}
`;
  await writeFile(join(root, 'bench/RESULTS.md'), markdown);
  log('wrote bench/RESULTS.md');
}

/** The layout shift of each of `items` ({ page, path, jsonDelay }) at 1280 and 360 px: `clsRuns` loads each, the worst kept. */
async function layoutShiftCases(items, clsRuns) {
  const rows = [];
  for (const item of items) {
    for (const { name, viewport } of [
      { name: '1280×800', viewport: { width: 1280, height: 800 } },
      { name: '360×740', viewport: { width: 360, height: 740 } },
    ]) {
      const samples = [];
      for (let run = 0; run < clsRuns; run++) {
        try {
          samples.push(await layoutShift(bench, server, origin, item.path, { viewport, jsonDelay: item.jsonDelay }));
        } catch (error) {
          samples.push({ error: String(error.message ?? error).split('\n')[0] });
        }
      }
      const ok = samples.filter((s) => !s.error);
      const worst = ok.reduce((a, b) => (b.total > (a?.total ?? -1) ? b : a), undefined);
      rows.push({
        ...item,
        viewport: name,
        samples,
        worstAtLoad: ok.length ? Math.max(...ok.map((s) => s.atLoad ?? 0)) : null,
        worstTotal: worst?.total ?? null,
      });
    }
  }
  return rows;
}

/** A row of a layout-shift table: page, viewport, worst CLS at load and after scrolling, widgets drawn, the largest shifts. */
function layoutShiftRow(c) {
  const worst = c.samples.find((s) => s.total === c.worstTotal) ?? c.samples[0];
  return [
    c.page,
    c.viewport,
    typeof c.worstAtLoad === 'number' && Number.isFinite(c.worstAtLoad) ? c.worstAtLoad.toFixed(3) : 'n/a',
    typeof c.worstTotal === 'number' ? c.worstTotal.toFixed(3) : 'n/a',
    worst?.error ? worst.error : `${worst?.rendered}/${worst?.widgets}`,
    (worst?.shifts ?? [])
      .slice(0, 3)
      .map((s) => `${s.value}@${s.t}ms ${s.sources.join(',')}`)
      .join('; '),
  ];
}

/**
 * Lighthouse (mobile: the median of 3 runs by performance score; desktop: one
 * run) on every page of demo/, served by scripts/serve.mjs on a free port.
 */
async function lighthouseSection() {
  const mobileRuns = 3;
  results.lighthouse.mobileRuns = mobileRuns;
  let lighthouse;
  try {
    lighthouse = await import('./lib/lighthouse.mjs');
  } catch (error) {
    results.lighthouse.error = `Lighthouse could not load (npm ci installs it): ${String(error.message ?? error).split('\n')[0]}`;
    log(results.lighthouse.error);
    return;
  }
  const { createDemoServer } = await import('../scripts/serve.mjs');
  const demoServer = createDemoServer();
  await new Promise((resolve) => demoServer.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${demoServer.address().port}/demo/`;
  const files = (await readdir(join(root, 'demo')))
    .filter((file) => file.endsWith('.html'))
    .sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : a.localeCompare(b)));
  results.lighthouse.pages = {};
  try {
    for (const file of files) {
      log(`lighthouse: ${file}, ${mobileRuns} mobile runs and 1 desktop`);
      const page = { runs: [] };
      try {
        for (let run = 0; run < mobileRuns; run++)
          page.runs.push(await lighthouse.lighthouseRun(executablePath, base + file, 'mobile'));
        page.mobile = lighthouse.medianRun(page.runs);
        page.desktop = await lighthouse.lighthouseRun(executablePath, base + file, 'desktop');
        for (const run of [...page.runs, page.desktop]) run.page = file;
      } catch (error) {
        page.error = String(error.message ?? error).split('\n')[0];
        log(`lighthouse: ${file}: ${page.error}`);
      }
      results.lighthouse.pages[file] = page;
    }
  } finally {
    demoServer.closeAllConnections();
    demoServer.close();
  }
  const scores = (run) => (run ? lighthouse.CATEGORIES.map((id) => run.scores[id]).join(' / ') : 'n/a');
  const failing = (page) =>
    page.error ??
    [
      ...new Set([
        ...(page.mobile?.failing ?? []).map((audit) => `mobile: ${audit}`),
        ...(page.desktop?.failing ?? []).map((audit) => `desktop: ${audit}`),
      ]),
    ].join('; ');
  sections.push({
    title: `Lighthouse ${lighthouse.VERSION} on the demo pages (performance / accessibility / best practices / SEO; mobile: median of ${mobileRuns})`,
    headers: ['page', 'mobile', 'mobile TBT', 'mobile longest task', 'mobile CLS', 'desktop', 'desktop CLS', 'failing audits'],
    rows: Object.entries(results.lighthouse.pages).map(([file, page]) => [
      file,
      scores(page.mobile),
      `${ms(page.mobile?.tbt)} (${page.runs.map((run) => ms(run.tbt)).join(', ')})`,
      ms(page.mobile?.longestTask),
      page.mobile?.cls?.toFixed(3) ?? 'n/a',
      scores(page.desktop),
      page.desktop?.cls?.toFixed(3) ?? 'n/a',
      failing(page) || 'none',
    ]),
    note: "Served by scripts/serve.mjs (as `npm start`: Brotli, hashed chunks cached for a year, the rest revalidated). Mobile is Lighthouse's default (simulated slow 4G, 4× CPU slowdown, 412×823); desktop its desktop preset. A score's audits that did not pass are listed, performance metrics among them.",
  });
}
