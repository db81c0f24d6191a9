// forms: the chart forms beyond one bar or line chart, nw-chart against the
// same chart written by hand with Chart.js, drawn in the same run: stacked bars
// with a reference line on y and a shaded range on x, and stacked areas on a
// date axis of months. Also the sizes of the forms chunk in dist/chunks, if the
// build has one. The data is illustrative (invented), and the pages say so.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUDGETS } from '../budgets.mjs';
import { compareLoads } from '../lib/loads.mjs';
import { divide, kb, loadNotes, ms, ratio, steps } from '../lib/report.mjs';
import { bundleVirtual, compressedSizes } from '../lib/sizes.mjs';

/** The chunks of dist/chunks that hold the new forms' code, by file name. */
const FORMS_CHUNK = /chart-forms|forms-/;

const LABEL = 'Illustrative data: invented numbers, used only to measure drawing cost.';

/** Deterministic illustrative values: a smooth wave per series, rounded. */
const wave = (i, base, swing, phase) => Math.round(base + swing * Math.sin((i + phase) / 2));

const DEPOTS = Array.from({ length: 8 }, (_, i) => `Depot ${i + 1}`);
const MONTHS = Array.from({ length: 24 }, (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

/** The payload both sides draw (payload version 1, DESIGN.md "Charts a news desk makes"). */
export const FORMS_PAYLOAD = {
  version: 1,
  id: 'bench-forms',
  locale: 'en',
  title: 'Bench: stacked bars with annotations, stacked areas (illustrative data)',
  sources: { illustrative: { name: 'Illustrative data' } },
  charts: [
    {
      id: 'stacked-annotated',
      title: 'Parcels delivered by depot and kind (illustrative data)',
      description:
        'Stacked bars of parcels delivered by eight depots, split by kind, with a capacity line and the new depots shaded. Illustrative data.',
      type: 'bar',
      stacking: 'stacked',
      x: { type: 'category', label: 'Depot' },
      annotations: [
        { type: 'line', axis: 'y', value: 800, label: 'Capacity' },
        { type: 'range', axis: 'x', from: 'Depot 6', to: 'Depot 8', label: 'New depots' },
      ],
      series: [
        ['small', 'Small parcels', 320, 80, 0],
        ['medium', 'Medium parcels', 240, 60, 2],
        ['large', 'Large parcels', 150, 50, 4],
      ].map(([id, label, base, swing, phase]) => ({
        id,
        label,
        unit: 'parcels',
        data: DEPOTS.map((x, i) => ({ x, y: wave(i, base, swing, phase) })),
      })),
      source: 'illustrative',
      notes: LABEL,
    },
    {
      id: 'stacked-areas',
      title: 'Visits to three parks each month (illustrative data)',
      description: 'Stacked areas of monthly visits to three parks over two years. Illustrative data.',
      type: 'area',
      stacking: 'stacked',
      x: { type: 'date', precision: 'month' },
      series: [
        ['north-park', 'North Park', 12000, 5000, 0],
        ['lake-park', 'Lake Park', 8000, 4000, 1],
        ['hill-park', 'Hill Park', 5000, 2500, 3],
      ].map(([id, label, base, swing, phase]) => ({
        id,
        label,
        unit: 'visits',
        data: MONTHS.map((x, i) => ({ x, y: wave(i, base, swing, phase) })),
      })),
      source: 'illustrative',
      notes: LABEL,
    },
  ],
};

/**
 * The hand-written page's script: Chart.js with the parts these forms need
 * (bar and line controllers and elements, the filler, category and linear
 * scales), the reference line and the shaded range drawn by a small inline
 * plugin, no formatting, no table, no fallback handling. Bundled at bench time.
 */
const HAND_WRITTEN = `
import { Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Filler } from 'chart.js';
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Filler);
const COLORS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00'];

/** Reference lines and shaded ranges: ranges behind the data, lines and labels over it. */
function annotations(items, labels) {
  const pixel = (scale, value) => (scale.axis === 'x' ? scale.getPixelForValue(labels.indexOf(value)) : scale.getPixelForValue(value));
  const halfStep = (scale) => (labels.length > 1 ? Math.abs(scale.getPixelForValue(1) - scale.getPixelForValue(0)) / 2 : scale.width / 2);
  const label = (ctx, text, x, y) => {
    ctx.fillStyle = '#333';
    ctx.font = '12px system-ui, sans-serif';
    ctx.fillText(text, x, y);
  };
  return {
    id: 'handAnnotations',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea: area, scales } = chart;
      ctx.save();
      for (const item of items) {
        if (item.type !== 'range') continue;
        const scale = scales[item.axis];
        if (item.axis === 'x') {
          const left = Math.max(area.left, pixel(scale, item.from) - halfStep(scale));
          const right = Math.min(area.right, pixel(scale, item.to) + halfStep(scale));
          ctx.fillStyle = 'rgba(0, 0, 0, 0.08)';
          ctx.fillRect(left, area.top, right - left, area.bottom - area.top);
          if (item.label) label(ctx, item.label, left + 4, area.top + 14);
        } else {
          const top = pixel(scale, Math.max(item.from, item.to));
          const bottom = pixel(scale, Math.min(item.from, item.to));
          ctx.fillStyle = 'rgba(0, 0, 0, 0.08)';
          ctx.fillRect(area.left, top, area.right - area.left, bottom - top);
          if (item.label) label(ctx, item.label, area.left + 4, top + 14);
        }
      }
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      const { ctx, chartArea: area, scales } = chart;
      ctx.save();
      ctx.strokeStyle = '#333';
      ctx.lineWidth = 1.5;
      ctx.setLineDash([6, 4]);
      for (const item of items) {
        if (item.type !== 'line') continue;
        const at = pixel(scales[item.axis], item.value);
        ctx.beginPath();
        if (item.axis === 'y') {
          ctx.moveTo(area.left, at);
          ctx.lineTo(area.right, at);
        } else {
          ctx.moveTo(at, area.top);
          ctx.lineTo(at, area.bottom);
        }
        ctx.stroke();
        if (item.label) label(ctx, item.label, item.axis === 'y' ? area.right - 80 : at + 4, item.axis === 'y' ? at - 6 : area.top + 14);
      }
      ctx.restore();
    },
  };
}

const payload = JSON.parse(document.getElementById('story').textContent);
const wanted = new URLSearchParams(location.search).get('chart');
const spec = payload.charts.find((chart) => chart.id === wanted) ?? payload.charts[0];
const labels = spec.series[0].data.map((point) => point.x);
const area = spec.type === 'area';
const stacked = spec.stacking === 'stacked';
const datasets = spec.series.map((series, index) => {
  const byLabel = new Map(series.data.map((point) => [point.x, point.y]));
  const color = series.color ?? COLORS[index % COLORS.length];
  return {
    label: series.label,
    data: labels.map((label) => byLabel.get(label) ?? null),
    backgroundColor: area ? color + '99' : color,
    borderColor: color,
    borderWidth: area ? 2 : 0,
    // The point radius the story chart's floor uses (bench/baselines/chartjs-floor.mjs).
    pointRadius: series.data.length <= 40 ? 3 : 0,
    ...(area ? { fill: index === 0 ? 'origin' : '-1' } : {}),
  };
});
new Chart(document.querySelector('canvas'), {
  type: area ? 'line' : 'bar',
  data: { labels, datasets },
  options: {
    animation: false,
    responsive: true,
    aspectRatio: 16 / 9,
    scales: { x: { type: 'category', stacked }, y: { type: 'linear', stacked, beginAtZero: true } },
  },
  plugins: [annotations(spec.annotations ?? [], labels)],
});
window.__bench?.markReady();
`;

const CSS = `
  :root { color-scheme: light; }
  body { margin: 0; font: 18px/1.5 Georgia, 'Times New Roman', serif; color: #1a1a1a; background: #fff; }
  main { max-width: 42rem; margin: 0 auto; padding: 1rem; }
  .label-illustrative { font: 14px/1.4 system-ui, sans-serif; background: #fff3cd; padding: 0.5rem; }
  .chart-box { position: relative; }
`;

/** A bench page: the payload inline, what `head` loads, `body`; `ready` as the probe reads it. */
function page({ title, head, body, ready }) {
  const json = JSON.stringify(FORMS_PAYLOAD).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en" data-bench-ready="${ready}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} (illustrative data)</title>
<style>${CSS}</style>
${head}
</head>
<body>
<main>
<script type="application/json" id="story">${json}</script>
<p class="label-illustrative">${LABEL}</p>
${body}
</main>
</body>
</html>
`;
}

/** The section's pages, served under /bench/forms/ beside the shared ones. */
function formsPages(handWritten) {
  return (pathname, search) => {
    const chart = FORMS_PAYLOAD.charts.some((c) => c.id === search.get('chart'))
      ? search.get('chart')
      : FORMS_PAYLOAD.charts[0].id;
    switch (pathname) {
      case '/bench/forms/chartjs.js':
        return { type: '.js', body: handWritten };
      case '/bench/forms/chartjs.html':
        return page({
          title: 'Forms: hand-written Chart.js',
          ready: 'manual',
          head: '<script type="module" src="/bench/forms/chartjs.js"></script>',
          body: '<div class="chart-box"><canvas role="img" aria-label="chart"></canvas></div>',
        });
      case '/bench/forms/nw.html':
      case '/bench/forms/nw-preload.html':
        return page({
          title: 'Forms: nw-chart',
          ready: 'canvas',
          head: `${pathname.endsWith('preload.html') ? '<link rel="modulepreload" href="/dist/newsroom-widgets.chart.js">\n' : ''}<script type="module" src="/dist/newsroom-widgets.js"></script>`,
          body: `<nw-chart payload-id="story" chart="${chart}"></nw-chart>`,
        });
      default:
        return undefined;
    }
  };
}

const FLOOR = 'Chart.js by hand (floor)';
const PRELOAD = 'nw-chart, chart file preloaded';
const SCRIPT_TAG = 'nw-chart, script tag alone';
const CASES = [
  { id: 'stacked-annotated', name: 'stacked bars, y line + x range' },
  { id: 'stacked-areas', name: 'stacked areas, months' },
];

/** The forms chunks of dist/chunks with their sizes; an empty list when there is none. */
async function formsChunks(root) {
  const dir = join(root, 'dist/chunks');
  const files = (await readdir(dir).catch(() => [])).filter((file) => FORMS_CHUNK.test(file)).sort();
  return Promise.all(
    files.map(async (file) => ({ file: `chunks/${file}`, ...compressedSizes(await readFile(join(dir, file))) })),
  );
}

/** A timing row: the median and its ratio to the floor, or "failed" with the widget's error. */
function timingRow(chartName, name, r, floor) {
  const failed = r.median === null;
  const errors = [...new Set((r.errors ?? []).map((e) => [e.code, e.message].filter(Boolean).join(': ')))];
  const notes = failed ? (errors[0] ?? 'no frame').slice(0, 120) : loadNotes(r);
  return [
    chartName,
    name,
    failed ? 'failed' : ms(r.median),
    failed ? '' : `${ms(r.min)}–${ms(r.max)}`,
    failed ? 'failed' : name === FLOOR ? '1.00×' : ratio(divide(r.median, floor)),
    notes,
  ];
}

/** Fills `results.forms` and adds its tables. */
export async function run(ctx) {
  const { root, runs, log, results, tables, bench, origin } = ctx;
  log('forms: bundling the hand-written Chart.js page (bar, line, filler, inline annotation plugin)');
  const handWritten = await bundleVirtual(HAND_WRITTEN, { resolveFrom: join(root, '__bench_forms_entry__.js') });
  const shared = ctx.pages;
  const own = formsPages(handWritten);
  ctx.pages = (pathname, search) => own(pathname, search) ?? shared(pathname, search);

  results.forms = { handWrittenGzip: compressedSizes(handWritten).gzip, charts: {} };
  const rows = [];
  const stepRows = [];
  try {
    for (const { id, name } of CASES) {
      log(`forms: ${name}: nw-chart vs hand-written Chart.js, ${runs} runs`);
      const result = await compareLoads(
        bench,
        origin,
        [
          { name: FLOOR, url: `/bench/forms/chartjs.html?chart=${id}` },
          { name: PRELOAD, url: `/bench/forms/nw-preload.html?chart=${id}` },
          { name: SCRIPT_TAG, url: `/bench/forms/nw.html?chart=${id}` },
        ],
        runs,
        log,
      );
      results.forms.charts[id] = result;
      const floor = result[FLOOR].median;
      for (const [variant, r] of Object.entries(result)) {
        rows.push(timingRow(name, variant, r, floor));
        if (r.median !== null) stepRows.push([name, variant, steps(r)]);
      }
    }
  } finally {
    ctx.pages = shared;
  }
  tables.push({
    title: `Chart forms: navigation to the first frame after the chart is drawn (median of ${runs} cold loads)`,
    headers: ['chart', 'page', 'median', 'min–max', 'vs Chart.js by hand', 'notes'],
    rows,
    note: `Illustrative data. The hand-written page registers BarController, BarElement, LineController, LineElement, PointElement, Filler, CategoryScale and LinearScale (${kb(results.forms.handWrittenGzip)} gzip) and draws the reference line and the shaded range with an inline plugin. For reference, the story chart's budget: ≤ ${BUDGETS.chartRatio.toFixed(2)}× with the preload, ≤ ${BUDGETS.chartRatioScriptTag.toFixed(2)}× from the script tag alone. A failed row: nw-chart reported an error (or never drew) on its first load.`,
  });
  if (stepRows.length)
    tables.push({
      title: 'Chart forms: where the time goes (medians, ms after navigation)',
      headers: ['chart', 'page', 'steps'],
      rows: stepRows,
    });

  const chunks = await formsChunks(root);
  results.forms.chunks = chunks;
  const chartFile = await readFile(join(root, 'dist/newsroom-widgets.chart.js')).then(compressedSizes, () => null);
  tables.push({
    title: 'Chart forms: the forms chunk (dist/chunks, file names matching /chart-forms|forms-/)',
    headers: ['file', 'raw', 'gzip', 'brotli'],
    rows: [
      ...(chunks.length ? chunks.map((c) => [c.file, kb(c.raw), kb(c.gzip), kb(c.brotli)]) : [['no forms chunk', '', '', '']]),
      ...(chartFile
        ? [['newsroom-widgets.chart.js (for comparison)', kb(chartFile.raw), kb(chartFile.gzip), kb(chartFile.brotli)]]
        : []),
    ],
    note: `DESIGN.md: the new forms go in the chart file only while it stays ≤ ${kb(BUDGETS.chartAddedGzip)} gzip; otherwise in a chunk that only what uses it loads.`,
  });
}
