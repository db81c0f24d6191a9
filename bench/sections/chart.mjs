// chart: the story chart's first drawn frame, nw-chart against hand-written
// Chart.js (the floor) and vega-embed (a peer); then the same pages with
// network latency on every request.
import { BUDGETS } from '../budgets.mjs';
import { compareLoads } from '../lib/loads.mjs';
import { divide, loadNotes, ms, ratio, steps, timingCells } from '../lib/report.mjs';

const FLOOR = 'Chart.js by hand (floor)';
const PAGES = [
  { name: FLOOR, url: '/bench/chart-chartjs.html' },
  { name: 'nw-chart, as the embed snippet (chart file preloaded)', url: '/bench/chart-nw-preload.html' },
  { name: 'nw-chart, script tag alone', url: '/bench/chart-nw.html' },
  { name: 'vega-embed (peer)', url: '/bench/chart-vega.html' },
];
// On a real network every request costs a round trip: the same pages (not the peer) with 100 ms of latency.
const LATENCY_MS = 100;

/** Fills `results.chart` and `results.chartLatency` and adds their three tables. */
export async function run({ runs, log, results, tables, bench, origin }) {
  log(`chart: nw-chart vs hand-written Chart.js vs vega-embed, ${runs} runs`);
  const result = await compareLoads(bench, origin, PAGES, runs, log);
  results.chart = result;
  const floor = result[FLOOR].median;
  tables.push({
    title: `Chart: navigation to the first frame after the story chart is drawn (median of ${runs} cold loads)`,
    headers: ['page', 'median', 'min–max', 'vs Chart.js by hand', 'notes'],
    rows: Object.entries(result).map(([name, r]) => [...timingCells(name, r, floor), loadNotes(r)]),
    note: `Budget: nw-chart ≤ ${BUDGETS.chartRatio.toFixed(2)}× the hand-written Chart.js page with the snippet's preload, ≤ ${BUDGETS.chartRatioScriptTag.toFixed(2)}× from the script tag alone. Pages load with prefers-reduced-motion: reduce, so nothing animates (the baselines do not animate either).`,
  });
  tables.push({
    title: 'Chart: where the time goes (medians, ms after navigation)',
    headers: ['page', 'steps'],
    rows: Object.entries(result).map(([name, r]) => [name, steps(r)]),
  });

  log(`chart: the same with ${LATENCY_MS} ms of network latency, ${runs} runs`);
  const slow = await compareLoads(bench, origin, PAGES.slice(0, 3), runs, log, { latencyMs: LATENCY_MS });
  results.chartLatency = { latencyMs: LATENCY_MS, ...slow };
  const slowFloor = slow[FLOOR].median;
  tables.push({
    title: `Chart with ${LATENCY_MS} ms of network latency per request (median of ${runs} cold loads)`,
    headers: ['page', 'median', 'vs Chart.js by hand', 'steps'],
    rows: Object.entries(slow).map(([name, r]) => [name, ms(r.median), ratio(divide(r.median, slowFloor)), steps(r)]),
    note: 'Emulated with the DevTools protocol (Network.emulateNetworkConditions); bandwidth is not limited.',
  });
}
