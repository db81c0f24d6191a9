// explore: keys and mouse on nw-chart, from the input to the first frame
// after the tooltip (or the focus mark) changed; the mouse is the baseline.
import { exploreBench } from '../lib/explore.mjs';
import { divide, ms, ratio } from '../lib/report.mjs';

/** Fills `results.explore` and adds its table. */
export async function run({ runs, log, results, tables, bench, origin }) {
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
  tables.push({
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
