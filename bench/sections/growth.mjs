// growth: a line chart of 10 to 10,000 generated points, nw-chart against
// hand-written Chart.js with the same points.
import { compareLoads } from '../lib/loads.mjs';
import { CHART_FILE } from '../lib/dist-graph.mjs';
import { divide, ms, ratio } from '../lib/report.mjs';

/** Fills `results.growth` (one comparison per number of points) and adds its table. */
export async function run({ runs, log, results, tables, bench, origin }) {
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
  tables.push({
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
