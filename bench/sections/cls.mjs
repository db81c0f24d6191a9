// cls: layout shift of the demo article (which reserves each widget's space)
// and of the bench article (which reserves none), at load and after scrolling.
import { layoutShiftCases, layoutShiftRow } from '../lib/layout-shift.mjs';

/** Adds its cases to `results.cls` and adds its table. */
export async function run(ctx) {
  const { runs, log, results, tables, hasDemo } = ctx;
  const clsRuns = Math.min(runs, 3);
  log(`layout shift, ${clsRuns} runs per case`);
  const cases = [];
  if (hasDemo) {
    cases.push({ page: 'demo/index.html', path: '/demo/index.html', jsonDelay: 0 });
    cases.push({ page: 'demo/index.html, JSON +500 ms', path: '/demo/index.html', jsonDelay: 500 });
  }
  // The same widgets on a page that reserves no space for them (no CSS, no fallback): what a page gets by doing nothing.
  cases.push({
    page: 'bench article, no space reserved, payload inline',
    path: '/bench/article.html?data=inline',
    jsonDelay: 0,
  });
  cases.push({
    page: 'bench article, no space reserved, payload over src +500 ms',
    path: '/bench/article.html?data=src',
    jsonDelay: 500,
  });
  results.cls.push(...(await layoutShiftCases(ctx, cases, clsRuns)));
  tables.push({
    title: `Layout shift (CLS, worst of ${clsRuns} loads; "scrolled" = after scrolling to the end)`,
    headers: ['page', 'viewport', 'CLS at load', 'CLS scrolled', 'widgets drawn', 'largest shifts'],
    rows: results.cls.map(layoutShiftRow),
    note: hasDemo
      ? `Budget: 0.000 on the demo article, which reserves each widget's space as the README shows. The bench article reserves none, to show what that saves. Default motion settings (animations on), light scheme.`
      : 'demo/index.html does not exist yet: the bench article stands in for it. Budget: 0.000.',
  });
}
