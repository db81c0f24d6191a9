// sizes: the files of dist/, which pages load them, what they are made of,
// and Chart.js alone with the same imports. Reads files; no browser.
import { join, relative } from 'node:path';
import { BUDGETS } from '../budgets.mjs';
import { CHART_FILE, featureOf, pageBudgets, readDistGraph } from '../lib/dist-graph.mjs';
import { kb, mark } from '../lib/report.mjs';
import { bundleBreakdown, bundleVirtual, compressedSizes, reexportEntry } from '../lib/sizes.mjs';

/** Fills `results.sizes` and adds the four size tables. */
export async function run({ root, log, results, tables, rollupConfigs, chartImports }) {
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
      'role-warning': 'only with <nw-quote role>',
      explore: 'only when a chart is explored',
      sonify: 'only when a chart plays as tones',
      forms: 'only charts with a new form (stacking, areas, ranges, annotations, highlight)',
      hover: 'on the first hover or keyboard point',
      csv: 'on the first use of "Download CSV"',
      'chart-words': 'added by a chart in that language',
      'prerendered-chart': 'only a pre-rendered chart',
      src: 'only with src',
      debug: 'only with debug and a problem',
      'own-text': 'only a quote from its own text',
    }[featureOf(file)] ??
      (/(^|\/)widgets-[\w-]+\.js$/.test(file) ? 'with plain markup, refresh or nw-embed' : 'only with nw-embed'));
  tables.push({
    title: 'Files the script builds load (import graph of dist/; gzip level 9, brotli quality 11; 1 KB = 1,000 bytes)',
    headers: ['file', 'raw', 'gzip', 'brotli', 'loaded by'],
    rows: [...graph.files.values()].map((n) => [`dist/${n.file}`, kb(n.raw), kb(n.gzip), kb(n.brotli), where(n.file)]),
    note: graph.missing.length
      ? `BROKEN IMPORTS: ${graph.missing.map((m) => `dist/${m.from} imports dist/${m.import}, which does not exist`).join('; ')}.`
      : undefined,
  });
  tables.push({
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
  tables.push({
    title: 'What that JS is made of (gzip; each part minified and compressed alone, then scaled to its file)',
    headers: ['page', 'part', 'gzip'],
    rows: [
      ...results.sizes.madeOf.noChart.map((row) => ['no-chart page', row.group, kb(row.gzip)]),
      ...results.sizes.madeOf.chartAdded.map((row) => ['added by a chart', row.group, kb(row.gzip)]),
    ],
    note: '"ours: x" is lib/x (src/x); "lit" is lit, lit-html, lit-element and @lit/reactive-element.',
  });
  tables.push({
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
