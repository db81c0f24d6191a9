// cards: figure cards, a figure grid and quotes drawn by the widgets, against
// the same content as hand-written static HTML (the floor).
import { compareLoads } from '../lib/loads.mjs';
import { loadNotes, timingCells } from '../lib/report.mjs';

const FLOOR = 'static HTML (floor)';

/** Fills `results.cards` and adds its table. */
export async function run({ runs, log, results, tables, bench, origin }) {
  log(`cards and quotes: widgets vs static HTML, ${runs} runs`);
  const result = await compareLoads(
    bench,
    origin,
    [
      { name: FLOOR, url: '/bench/cards-static.html' },
      { name: 'widgets (module script)', url: '/bench/cards.html' },
      { name: 'widgets (classic script)', url: '/bench/cards.html?build=classic' },
    ],
    runs,
    log,
  );
  results.cards = result;
  const floor = result[FLOOR].median;
  tables.push({
    title: `Cards and quotes: navigation to the first frame with every widget drawn (median of ${runs} cold loads)`,
    headers: ['page', 'median', 'min–max', 'vs static HTML', 'notes'],
    rows: Object.entries(result).map(([name, r]) => [...timingCells(name, r, floor), loadNotes(r)]),
    note: 'One figure grid (3 figures), 2 figure cards, 2 quotes from the demo payload; the static page is the same content as hand-written HTML.',
  });
}
