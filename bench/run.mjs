// `npm run bench`: builds the script bundles, measures them in headless
// Chromium against baselines drawn in the same run, prints the tables, and
// writes bench/results/latest.json and (for a full run) bench/RESULTS.md.
//
//   node bench/run.mjs [--runs=7] [--no-build] [--fresh] [--only=sizes,render,bytes,chart,forms,explore,cards,cls,prerender,scale,leaks,growth,lighthouse]
//
// CHROME_PATH picks the browser (default: the system's Chromium).
//
// Each section is a module of bench/sections/ whose `run(ctx)` measures, fills
// its part of `ctx.results` and adds its tables to `ctx.tables`; this file
// builds, starts the shared server and browser, runs the sections wanted, in
// order, judges the budgets and writes the output.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBaselines } from './lib/baselines.mjs';
import { findChromium, launch, CHROMIUM_ARGS } from './lib/browser.mjs';
import { checkBudgets } from './lib/budget-checks.mjs';
import { benchPages } from './lib/pages.mjs';
import { mark, mib, renderSections } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';
import { bareImports } from './lib/sizes.mjs';
import * as sizes from './sections/sizes.mjs';
import * as render from './sections/render.mjs';
import * as bytes from './sections/bytes.mjs';
import * as chart from './sections/chart.mjs';
import * as forms from './sections/forms.mjs';
import * as explore from './sections/explore.mjs';
import * as cards from './sections/cards.mjs';
import * as cls from './sections/cls.mjs';
import * as prerender from './sections/prerender.mjs';
import * as scale from './sections/scale.mjs';
import * as leaks from './sections/leaks.mjs';
import * as growth from './sections/growth.mjs';
import * as lighthouse from './sections/lighthouse.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// The sections in the order they run: on Node; then in the shared browser; then Lighthouse, which launches its own.
const ON_NODE = { sizes, render };
const IN_BROWSER = { bytes, chart, forms, explore, cards, cls, prerender, scale, leaks, growth };
const AFTER_BROWSER = { lighthouse };
const SECTIONS = Object.keys({ ...ON_NODE, ...IN_BROWSER, ...AFTER_BROWSER });

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

// 2. What every section shares: the story, the results, the tables, and what the library imports from Chart.js.
const story = JSON.parse(await readFile(join(root, 'demo/data/kazakhstan-unrest-2022.json'), 'utf8'));
const results = {
  machine: {},
  settings: {},
  sizes: {},
  bytes: {},
  chart: {},
  forms: {},
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
const tables = [];
const ctx = { root, runs, log, results, tables, executablePath };
ctx.rollupConfigs = (await import(join(root, 'rollup.config.mjs'))).default;
// What the library imports from Chart.js (DESIGN.md: only src/chart/ may), found in lib/.
const libFiles = (await readdir(join(root, 'lib'), { recursive: true }))
  .filter((f) => f.endsWith('.js'))
  .map((f) => join(root, 'lib', f));
ctx.chartImports = new Map(
  [...(await bareImports(libFiles))].filter(([source]) => source === 'chart.js' || source.startsWith('chart.js/')),
);

log('building the baselines (Chart.js floor, vega-embed peer) with rollup');
const baselines = await buildBaselines(ctx.chartImports, { root, fresh: args.includes('--fresh') });
log(`baselines ${baselines.built ? 'built' : 'reused'} in ${baselines.dir} (${(baselines.ms / 1000).toFixed(1)} s)`);

// 3. The sections that run on Node.
for (const [name, section] of Object.entries(ON_NODE)) if (wants(name)) await section.run(ctx);

// 4. The shared server and browser, and the sections that run in it.
ctx.pages = benchPages(story);
// The prerender section's pages are pre-rendered here, in Node, before any page loads.
if (wants('prerender')) ctx.prerendered = await prerender.prepare(ctx);
ctx.server = await startServer({
  mounts: { '/dist/': join(root, 'dist'), '/demo/': join(root, 'demo'), '/__bench/build/': baselines.dir },
  pages: (pathname, search) => ctx.pages(pathname, search) ?? ctx.prerendered?.handler(pathname, search),
});
ctx.bench = await launch(executablePath);
ctx.origin = ctx.server.origin;
ctx.hasDemo = existsSync(join(root, 'demo/index.html'));
results.machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memory: mib(os.totalmem()),
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  chromium: ctx.bench.version,
  chromiumPath: executablePath,
  chromiumArgs: CHROMIUM_ARGS,
  node: process.version,
  date: new Date().toISOString(),
};
results.settings = { runs, only, baselines: { registered: baselines.registered } };
log(`Chromium ${ctx.bench.version}, ${runs} runs per timing, server ${ctx.origin}`);
try {
  for (const [name, section] of Object.entries(IN_BROWSER)) if (wants(name)) await section.run(ctx);
} finally {
  await ctx.bench.close();
  await ctx.server.close();
}

// 5. Lighthouse on the demo pages, as `npm start` serves them (compressed, with its cache headers).
for (const [name, section] of Object.entries(AFTER_BROWSER)) if (wants(name)) await section.run(ctx);

// 6. Budgets, first of the tables.
results.budgets.push(...checkBudgets(results, { hasDemo: ctx.hasDemo }));
tables.unshift({
  title: 'Budgets (DESIGN.md)',
  headers: ['budget', 'limit', 'measured', 'result'],
  rows: results.budgets.map((b) => [b.what, b.limit, b.value, mark(b.met)]),
});

// 7. Output.
const m = results.machine;
const machineLine = `${m.cpu}, ${m.cores} cores, ${m.memory}; ${m.os}; Chromium ${m.chromium}; Node ${m.node}; ${m.date}`;
const took = ((Date.now() - started) / 1000).toFixed(0);
results.settings.seconds = Number(took);
console.log(`\nnewsroom-widgets bench: ${machineLine}\n${runs} runs per timing (cold page each), ${took} s in all\n`);
console.log(renderSections(tables, 'text'));
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

${renderSections(tables, 'markdown')}
`;
  await writeFile(join(root, 'bench/RESULTS.md'), markdown);
  log('wrote bench/RESULTS.md');
}
