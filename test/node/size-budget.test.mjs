// Size budgets of DESIGN.md, checked on the built script files (run
// `npm run build` first). What a page downloads is read from the import graph
// of dist/: the entry, the chunks of the elements on the page, and the chart
// file for a chart. Sizes are gzip level 9 of each file as served, summed;
// 1 KB = 1,000 bytes. `npm run bench` measures the same on real pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { BUDGETS, CI_LIMITS, KB } from '../../bench/budgets.mjs';
import {
  CHART_ELEMENT,
  CHART_FILE,
  CLASSIC_ENTRY,
  MODULE_ENTRY,
  NO_CHART_ELEMENTS,
  isCsvChunk,
  isFormsChunk,
  isLiveChunk,
  isSonifyChunk,
  isTipChunk,
  pageBudgets,
  pageFiles,
  readDistGraph,
} from '../../bench/lib/dist-graph.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

let cached;
/** The import graph of dist/, read once. */
function graph() {
  for (const file of [MODULE_ENTRY, CLASSIC_ENTRY, CHART_FILE]) {
    assert.ok(existsSync(dist + file), `dist/${file} is missing: run \`npm run build\` before the size test`);
  }
  cached ??= readDistGraph(dist);
  return cached;
}

function report(t, what, page) {
  t.diagnostic(`${what}: ${kb(page.gzip)} gzip, ${kb(page.brotli)} brotli, ${kb(page.raw)} raw`);
  for (const file of page.files) {
    const node = graph().files.get(file);
    t.diagnostic(`  dist/${file}: ${kb(node.gzip)} gzip`);
  }
}

test('every file the script builds import exists', () => {
  assert.deepEqual(
    graph().missing.map((m) => `dist/${m.from} imports dist/${m.import}`),
    [],
    'a script imports a file that the build did not write (a page would fail to load it)',
  );
  assert.ok(graph().files.size >= 3);
});

test(`a page with cards and quotes (module script) downloads at most ${kb(CI_LIMITS.noChartGzip)} of JS, gzip (DESIGN budget ${kb(BUDGETS.noChartGzip)})`, (t) => {
  const { noChart } = pageBudgets(graph());
  report(t, 'no-chart page, module script', noChart);
  assert.ok(!noChart.files.includes(CHART_FILE), 'a page without a chart must not download the Chart.js file');
  assert.ok(
    noChart.gzip <= CI_LIMITS.noChartGzip,
    `a no-chart page downloads ${kb(noChart.gzip)} gzip, over the limit of ${kb(CI_LIMITS.noChartGzip)} by ${kb(noChart.gzip - CI_LIMITS.noChartGzip)}; \`npm run bench\` shows what it is made of`,
  );
});

test(`a page with cards and quotes (classic script) downloads at most ${kb(CI_LIMITS.noChartGzip)} of JS, gzip (DESIGN budget ${kb(BUDGETS.noChartGzip)})`, (t) => {
  const { classicNoChart } = pageBudgets(graph());
  report(t, 'no-chart page, classic script', classicNoChart);
  assert.ok(!classicNoChart.files.includes(CHART_FILE), 'a page without a chart must not download the Chart.js file');
  assert.ok(
    classicNoChart.gzip <= CI_LIMITS.noChartGzip,
    `a no-chart page with the classic script downloads ${kb(classicNoChart.gzip)} gzip, over the limit of ${kb(CI_LIMITS.noChartGzip)} by ${kb(classicNoChart.gzip - CI_LIMITS.noChartGzip)}`,
  );
});

test(`a chart adds at most ${kb(CI_LIMITS.chartAddedGzip)} of JS to such a page, gzip (DESIGN budget ${kb(BUDGETS.chartAddedGzip)})`, (t) => {
  const { chartAdded } = pageBudgets(graph());
  report(t, 'what a chart adds', chartAdded);
  const chartFile = graph().files.get(CHART_FILE);
  t.diagnostic(`dist/${CHART_FILE} alone: ${kb(chartFile.gzip)} gzip`);
  assert.ok(
    chartFile.gzip <= CI_LIMITS.chartAddedGzip,
    `dist/${CHART_FILE} alone is ${kb(chartFile.gzip)} gzip, over ${kb(BUDGETS.chartAddedGzip)}`,
  );
  assert.ok(
    chartAdded.gzip <= CI_LIMITS.chartAddedGzip,
    `a chart adds ${kb(chartAdded.gzip)} gzip to a page, over the limit of ${kb(CI_LIMITS.chartAddedGzip)} by ${kb(chartAdded.gzip - CI_LIMITS.chartAddedGzip)}`,
  );
});

test('a page in Russian or Kazakh adds its strings, one small file, and an English page loads neither', (t) => {
  const { noChart, languagesAdded } = pageBudgets(graph());
  for (const language of ['ru', 'kk']) {
    const added = languagesAdded[language];
    report(t, `what a page in "${language}" adds`, added);
    assert.equal(added.files.length, 1, `a page in "${language}" adds one file`);
    assert.match(added.files[0], new RegExp(`(^|/)${language}-[\\w-]+\\.js$`));
    // Its whole catalogue (src/format/languages/: the UI's, the chart's, the tones' and the live widgets' words),
    // and for Kazakh also its hand formatting and its case endings after numbers (2.9 KB). The limit is DESIGN's
    // budget for one language, 3 KB.
    assert.ok(added.gzip > 0 && added.gzip <= 3_000, `the "${language}" strings are ${kb(added.gzip)} gzip`);
    assert.ok(!noChart.files.includes(added.files[0]), 'not loaded by an English page');
  }
});

// English is built in, but the script bundles put each section of its catalogue (src/format/languages/en.ts) with
// the code that uses it (englishBySection in rollup.config.mjs): a page without a chart carries no chart words.
test("English's words go with the code that says them: the entry has the UI's, not the chart's, the tones' or the live line's", () => {
  const text = (file) => readFileSync(join(dist, file), 'utf8');
  const files = [...graph().files.keys()];
  const entry = text(MODULE_ENTRY);
  for (const words of ['Data unavailable', 'as reported by {source}'])
    assert.ok(entry.includes(words), `"${words}" in the entry`);
  for (const [words, where] of [
    ['Download CSV', (file) => file === CHART_FILE],
    ['Stopped.', isSonifyChunk],
    ['the latest refresh failed', isLiveChunk],
  ]) {
    const holders = files.filter((file) => text(file).includes(words));
    assert.equal(holders.length, 1, `"${words}" is in one file, not in ${holders.join(', ')}`);
    assert.ok(where(holders[0]), `"${words}" is in dist/${holders[0]}, not with the code that says it`);
  }
});

test('pre-rendered widgets add the code that takes them over, one file that no other page loads', (t) => {
  const { noChart, chartAdded, hydrationAdded } = pageBudgets(graph());
  report(t, 'what pre-rendered widgets add', hydrationAdded);
  assert.equal(hydrationAdded.files.length, 1, 'one file');
  assert.match(hydrationAdded.files[0], /(^|\/)hydrate-[\w-]+\.js$/);
  assert.ok(hydrationAdded.gzip > 0 && hydrationAdded.gzip <= 3_000, `the hydration code is ${kb(hydrationAdded.gzip)} gzip`);
  assert.ok(!noChart.files.includes(hydrationAdded.files[0]), 'not loaded by a page that was not pre-rendered');
  assert.ok(!chartAdded.files.includes(hydrationAdded.files[0]), 'not counted as chart code');
});

/** The widget definitions' chunk, which plain markup, live refreshes and nw-embed share. */
const DEFINITIONS_FILE = /(^|\/)widgets-[\w-]+\.js$/;
/** What a feature adds besides the shared widget definitions: its files and their gzip size. */
function ownFiles(added) {
  added.files = added.files.filter((file) => !DEFINITIONS_FILE.test(file));
  added.gzip = added.files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);
  return added.files;
}

test('the widget definitions are one small file that a page without plain markup, refresh or nw-embed never loads', () => {
  const { noChart, chartAdded, plainMarkupAdded, liveAdded } = pageBudgets(graph());
  const definitions = plainMarkupAdded.files.find((file) => DEFINITIONS_FILE.test(file));
  assert.ok(definitions, 'plain markup loads the widget definitions');
  assert.ok(liveAdded.files.includes(definitions), 'live refreshes load the same file');
  assert.ok(!noChart.files.includes(definitions) && !chartAdded.files.includes(definitions));
  const size = gzipSync(readFileSync(join(dist, definitions)), { level: 9 }).length;
  assert.ok(size <= 1_000, `the widget definitions are ${size} B gzip`);
});

test('plain markup (<div data-nw>) adds the code that upgrades it, one file that no other page loads (and the definitions)', (t) => {
  const { noChart, chartAdded, plainMarkupAdded } = pageBudgets(graph());
  report(t, 'what plain markup adds', plainMarkupAdded);
  assert.equal(ownFiles(plainMarkupAdded).length, 1, 'one file');
  assert.match(plainMarkupAdded.files[0], /(^|\/)plain-markup-[\w-]+\.js$/);
  assert.ok(
    plainMarkupAdded.gzip > 0 && plainMarkupAdded.gzip <= 1_500,
    `the plain-markup code is ${kb(plainMarkupAdded.gzip)} gzip`,
  );
  assert.ok(!noChart.files.includes(plainMarkupAdded.files[0]), 'not loaded by a page without such divs');
  assert.ok(!chartAdded.files.includes(plainMarkupAdded.files[0]), 'not counted as chart code');
});

for (const [feature, name, pattern, limit] of [
  ['liveAdded', 'live refreshes (refresh)', /(^|\/)live-[\w-]+\.js$/, 3_500],
  ['countUpAdded', 'the count-up (animate)', /(^|\/)count-up-motion-[\w-]+\.js$/, 800],
  ['roleWarningAdded', "the warning about a quote's role attribute", /(^|\/)role-warning-[\w-]+\.js$/, 800],
  // With the share of each value on a percent chart (2.65 KB).
  ['exploreAdded', 'exploring a chart by keyboard and touch', /(^|\/)explorer-[\w-]+\.js$/, 2_800],
  ['sonifyAdded', 'hearing a series as tones', /(^|\/)sonify-[\w-]+\.js$/, 1_700],
  ['srcAdded', 'fetching payloads by URL (src)', /(^|\/)load-[\w-]+\.js$/, 1_500],
  ['problemPanelAdded', 'the problem panel of debug', /(^|\/)problem-panel-[\w-]+\.js$/, 500],
  ['ownTextAdded', "reading a quote from the element's own text", /(^|\/)own-text-[\w-]+\.js$/, 600],
]) {
  test(`${name} add one file that no other page loads`, (t) => {
    const budgets = pageBudgets(graph());
    const added = budgets[feature];
    report(t, `what ${name} adds`, added);
    ownFiles(added);
    assert.equal(added.files.length, 1, 'one file');
    assert.match(added.files[0], pattern);
    assert.ok(added.gzip > 0 && added.gzip <= limit, `${name}: ${kb(added.gzip)} gzip, limit ${kb(limit)}`);
    assert.ok(!budgets.noChart.files.includes(added.files[0]), 'not loaded by a page without the feature');
    assert.ok(!budgets.chartAdded.files.includes(added.files[0]), 'not counted as chart code');
  });
}

/** The files a chart page adds when it uses `features` (`forms`, `hover`, `csv`), beyond a page with a plain bar chart. */
function chartFeatureAdded(features) {
  const page = [...NO_CHART_ELEMENTS, CHART_ELEMENT];
  const plain = pageFiles(graph(), MODULE_ENTRY, page);
  const files = [...pageFiles(graph(), MODULE_ENTRY, page, [], features)].filter((file) => !plain.has(file)).sort();
  const sum = (size) => files.reduce((total, file) => total + graph().files.get(file)[size], 0);
  return { files, gzip: sum('gzip'), brotli: sum('brotli'), raw: sum('raw') };
}

// The forms beyond bars and lines are a chunk (src/chart/forms/), with Chart.js's Filler in it (rollup.config.mjs,
// fillerOfChartJs): the chart file stays within its budget, and a page with a plain bar or line chart loads none of it.
test("a chart's forms (stacking, areas, ranges, annotations, highlight) add one file, with Chart.js's Filler, that a bar chart page does not load", (t) => {
  const { chartAdded } = pageBudgets(graph());
  const added = chartFeatureAdded(['forms']);
  report(t, "what a chart's forms add", added);
  assert.equal(added.files.length, 1, 'one file');
  assert.ok(isFormsChunk(added.files[0]), `dist/${added.files[0]} is the forms' chunk`);
  assert.ok(!chartAdded.files.includes(added.files[0]), 'not loaded by a plain chart');
  const text = (file) => readFileSync(join(dist, file), 'utf8');
  const filler = /\bid:\s*["']filler["']/;
  assert.match(text(added.files[0]), filler, "Chart.js's Filler is in the forms' chunk");
  assert.doesNotMatch(text(CHART_FILE), filler, "Chart.js's Filler is not in the chart file");
});

test("a chart's tooltip box is one file, loaded the first time the pointer (or the keys) show a point, not with the chart", (t) => {
  const { chartAdded } = pageBudgets(graph());
  const added = chartFeatureAdded(['hover']);
  report(t, 'what pointing at a chart adds', added);
  assert.equal(added.files.length, 1, 'one file');
  assert.ok(isTipChunk(added.files[0]), `dist/${added.files[0]} is the tooltip's chunk`);
  assert.ok(added.gzip > 0 && added.gzip <= 1_200, `the tooltip's box is ${kb(added.gzip)} gzip`);
  assert.ok(!chartAdded.files.includes(added.files[0]), 'not loaded before the pointer comes');
});

// The CSV of "Download CSV" (src/views/chart/csv.ts) is a chunk loaded when a reader first reaches for the link
// (src/elements/chart/csv-file.ts): most readers never download it, so the chart file does not carry it.
test('a chart\'s CSV is one small file, loaded the first time a reader reaches for "Download CSV", not with the chart', (t) => {
  const { chartAdded } = pageBudgets(graph());
  const added = chartFeatureAdded(['csv']);
  report(t, 'what downloading the CSV adds', added);
  assert.equal(added.files.length, 1, 'one file');
  assert.ok(isCsvChunk(added.files[0]), `dist/${added.files[0]} is the CSV's chunk`);
  assert.ok(added.gzip > 0 && added.gzip <= 700, `the CSV's code is ${kb(added.gzip)} gzip`);
  assert.ok(!chartAdded.files.includes(added.files[0]), 'not loaded by a plain chart page');
  const text = (file) => readFileSync(join(dist, file), 'utf8');
  assert.match(text(added.files[0]), /text\/csv/, "the file's making is in the CSV's chunk");
  assert.doesNotMatch(text(CHART_FILE), /text\/csv/, 'nor in the chart file (its server-only import left out)');
});

test("a language's chart words are a file of their own that only a chart in that language loads", (t) => {
  const { noChart, languagesAdded } = pageBudgets(graph());
  const chartFile = readFileSync(join(dist, CHART_FILE), 'utf8');
  for (const language of ['ru', 'kk']) {
    const file = [...graph().files.keys()].find((name) => new RegExp(`(^|/)${language}-chart-[\\w-]+\\.js$`).test(name));
    assert.ok(file, `dist/chunks/${language}-chart-….js`);
    const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
    t.diagnostic(`dist/${file}: ${kb(size)} gzip`);
    assert.ok(size <= 1_000, `the "${language}" chart words are ${kb(size)} gzip`);
    assert.ok(chartFile.includes(file.replace(/^chunks\//, '')), 'the chart file loads it');
    assert.ok(!noChart.files.includes(file) && !languagesAdded[language].files.includes(file), 'a page without a chart does not');
  }
});
