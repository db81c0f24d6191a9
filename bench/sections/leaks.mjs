// leaks: 200 connect/disconnect cycles of nw-chart, three times: the Chart.js
// instances, elements and canvases left, and the heap's growth.
import { BUDGETS } from '../budgets.mjs';
import { leaks } from '../lib/leaks.mjs';
import { firstLine, mib } from '../lib/report.mjs';

/** Fills `results.leaks` (or its error) and adds its table. */
export async function run({ log, results, tables, bench, origin }) {
  log('200 connect/disconnect cycles of nw-chart');
  try {
    results.leaks = await leaks(bench, origin, 200);
  } catch (error) {
    results.leaks = { error: firstLine(error) };
  }
  const l = results.leaks;
  const count = (value) => (value === null || value === undefined ? 'n/a (the chart file exports no Chart)' : String(value));
  tables.push({
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
