// The budgets of DESIGN.md judged on one run's results: each row says what was
// measured against which limit and whether it was met (null: not measured).
// Only what this run measured is judged; the rows keep the order of the table.
import { BUDGETS } from '../budgets.mjs';
import { worstCls } from './layout-shift.mjs';
import { divide, kb, ms, ratio } from './report.mjs';

/** The budget rows ({ what, limit, value, met }) for `results`; `hasDemo`: demo/index.html exists. */
export function checkBudgets(results, { hasDemo }) {
  const rows = [];
  const budget = (what, limit, value, met) => rows.push({ what, limit, value, met });
  /** `value` over `floor` against a ratio `limit`; `missing` is shown when either was not measured. */
  const ratioBudget = (what, value, floor, limit, missing) => {
    const r = divide(value, floor);
    budget(what, `≤ ${limit.toFixed(2)}×`, r === null ? missing : ratio(r), r !== null && r <= limit);
  };
  /** The worst layout shift of `cases` against `limit`. */
  const clsBudget = (what, cases, limit) => {
    const worst = worstCls(cases);
    budget(what, limit.toFixed(3), Number.isFinite(worst) ? worst.toFixed(3) : 'n/a', worst <= limit + 0.0005);
  };

  // Sizes as measured on the pages when they drew; else as read from dist/'s import graph.
  const measured = (name) => (results.bytes[name]?.drawn ? results.bytes[name].total.gzip : undefined);
  const sizeBudget = (what, page, graphValue, limit, aim) => {
    const value = page ?? graphValue;
    if (value === undefined) return;
    const how = page !== undefined ? 'on the page' : 'from dist/';
    const room = `${Math.abs(limit - value).toLocaleString('en')} B ${value <= limit ? 'of room' : 'over'}`;
    budget(`${what} (gzip, ${how})`, `≤ ${kb(limit)}${aim ? ` (aim ${kb(aim)})` : ''}`, `${kb(value)} (${room})`, value <= limit);
  };
  sizeBudget(
    'JS of a no-chart page, module script',
    measured('cards + quotes (module script)'),
    results.sizes.pages?.noChart.gzip,
    BUDGETS.noChartGzip,
    BUDGETS.noChartGzipAim,
  );
  sizeBudget(
    'JS of a no-chart page, classic script',
    measured('cards + quotes (classic script)'),
    results.sizes.pages?.classicNoChart.gzip,
    BUDGETS.noChartGzip,
  );
  sizeBudget(
    'JS a chart adds to a page',
    measured('cards + quotes + chart (module script)') !== undefined ? results.bytes.chartAdded?.module?.gzip : undefined,
    results.sizes.pages?.chartAdded.gzip,
    BUDGETS.chartAddedGzip,
  );

  const demoCls = results.cls.filter((c) => (hasDemo ? c.path.startsWith('/demo/') : true));
  if (demoCls.length)
    clsBudget(`CLS, ${hasDemo ? 'demo article' : 'bench article (no demo yet)'}, every case`, demoCls, BUDGETS.cls);

  for (const [name, what, limit] of [
    ['nw-chart, as the embed snippet (chart file preloaded)', 'nw-chart as the embed snippet prints it', BUDGETS.chartRatio],
    ['nw-chart, script tag alone', 'nw-chart with the script tag alone', BUDGETS.chartRatioScriptTag],
  ]) {
    if (!results.chart[name]) continue;
    ratioBudget(
      `${what} vs hand-written Chart.js, first drawn frame`,
      results.chart[name].median,
      results.chart['Chart.js by hand (floor)'].median,
      limit,
      'did not draw',
    );
  }

  const { paint, picture, cls: prerenderCls, error: prerenderError } = results.prerender;
  if (paint) {
    const floor = paint['static HTML, same content (floor)'];
    const pre = paint['pre-rendered (script loads and hydrates)'];
    for (const [what, key] of [
      ['first contentful paint', 'fcp'],
      ["the widgets' content on screen (first frame after it was drawn)", 'contentNext'],
    ]) {
      ratioBudget(
        `pre-rendered demo article vs the same as static HTML: ${what}`,
        pre[key].median,
        floor[key].median,
        BUDGETS.prerenderPaintRatio,
        'not measured',
      );
    }
  }
  if (picture) {
    ratioBudget(
      "pre-rendered chart's picture on screen vs hand-written Chart.js's first drawn frame",
      picture['pre-rendered nw-chart: picture on screen'].median,
      picture['Chart.js by hand (floor)'].median,
      BUDGETS.pictureRatio,
      'not on screen',
    );
  }
  if (prerenderCls?.length)
    clsBudget('CLS, pre-rendered article that reserves no space, every case', prerenderCls, BUDGETS.prerenderCls);
  if (prerenderError) budget('pre-rendered widgets', 'measured', prerenderError, false);

  lighthouseBudgets(results.lighthouse, budget);

  if (results.scale.samples?.length) {
    const ok = results.scale.samples.filter((s) => !s.error);
    const all = ok.length > 0 && ok.every((s) => s.after.rendered === s.after.widgets && s.after.errorCount === 0);
    budget(
      '100 widgets: all drawn, longest task',
      `all, ≤ ${BUDGETS.longTaskMs} ms`,
      `${all ? 'all drawn' : 'NOT all drawn'}, ${ms(results.scale.longestTask)} (median run)`,
      all && results.scale.longestTask !== null && results.scale.longestTask <= BUDGETS.longTaskMs,
    );
  }

  const leaks = results.leaks;
  const leaksWhat = 'Chart instances after 200 connect/disconnect cycles';
  if (leaks.error) budget(leaksWhat, String(BUDGETS.chartInstancesLeft), `failed: ${leaks.error}`, false);
  if (leaks.cycles) {
    const left = [leaks.instancesAfterDrawn, leaks.instancesAfterRapid, leaks.instancesAfterDrawnAgain];
    budget(
      leaksWhat,
      String(BUDGETS.chartInstancesLeft),
      left.map(String).join(' / '),
      left.every((n) => n === null) ? null : left.every((n) => n === BUDGETS.chartInstancesLeft),
    );
  }
  return rows;
}

/** Lighthouse's budgets: scores and CLS on every demo page, and the demo article's performance on mobile. */
function lighthouseBudgets(lighthouse, budget) {
  if (lighthouse.error) budget('Lighthouse on the demo pages', 'measured', lighthouse.error, false);
  if (!lighthouse.pages) return;
  const runsOf = Object.values(lighthouse.pages)
    .flatMap((page) => [page.mobile, page.desktop])
    .filter(Boolean);
  const below = runsOf.flatMap((run) =>
    ['accessibility', 'best-practices', 'seo']
      .filter((id) => run.scores[id] < BUDGETS.lighthouseScore)
      .map((id) => `${run.page} ${run.formFactor} ${id} ${run.scores[id]}`),
  );
  budget(
    'Lighthouse accessibility, best practices, SEO: every demo page, mobile and desktop',
    String(BUDGETS.lighthouseScore),
    below.length ? below.join('; ') : `${BUDGETS.lighthouseScore} on ${runsOf.length} of ${runsOf.length}`,
    runsOf.length > 0 && below.length === 0,
  );
  const shifted = runsOf.filter((run) => run.cls > BUDGETS.lighthouseCls + 0.0005);
  budget(
    'Lighthouse CLS: every demo page, mobile and desktop',
    BUDGETS.lighthouseCls.toFixed(3),
    shifted.length
      ? shifted.map((run) => `${run.page} ${run.formFactor} ${run.cls.toFixed(3)}`).join('; ')
      : `worst ${Math.max(...runsOf.map((run) => run.cls)).toFixed(3)}`,
    runsOf.length > 0 && shifted.length === 0,
  );
  const article = lighthouse.pages['index.html']?.mobile;
  if (article) {
    budget(
      'Lighthouse, demo article on mobile: performance, total blocking time',
      `≥ ${BUDGETS.lighthouseArticlePerformance}, ≤ ${BUDGETS.lighthouseArticleTbtMs} ms`,
      `${article.scores.performance}, ${ms(article.tbt)} (median of ${lighthouse.mobileRuns})`,
      article.scores.performance >= BUDGETS.lighthouseArticlePerformance && article.tbt <= BUDGETS.lighthouseArticleTbtMs,
    );
  }
}
