// bytes: every script a page downloads, with and without a chart, module and
// classic builds, as the browser received them.
import { BUDGETS } from '../budgets.mjs';
import { pageScripts } from '../lib/loads.mjs';
import { kb, mark } from '../lib/report.mjs';

/** Fills `results.bytes` (each page, and what a chart adds) and adds its table. */
export async function run({ log, results, tables, bench, origin }) {
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
  tables.push({
    title: 'JS a page downloads (every script response)',
    headers: ['page', 'files', 'gzip', 'brotli', 'budget'],
    rows,
  });
}
