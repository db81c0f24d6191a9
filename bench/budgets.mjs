// The budgets of DESIGN.md, in one place for the bench and the size test.
// Sizes are gzip at level 9 (node:zlib), 1 KB = 1,000 bytes.

export const KB = 1000;

export const BUDGETS = {
  /** JS a page downloads when it has no chart (gzip). */
  noChartGzip: 20 * KB,
  /** What the budget aims for. */
  noChartGzipAim: 15 * KB,
  /** The chart code a chart page adds (gzip). */
  chartAddedGzip: 58 * KB,
  /** Cumulative layout shift on the demo article. */
  cls: 0,
  /** nw-chart's time to first drawn frame over hand-written Chart.js, same data: with the snippet's preload. */
  chartRatio: 1.1,
  /** The same from the script tag alone (the chart file is found only when the entry runs). */
  chartRatioScriptTag: 1.25,
  /** Longest main-thread task on the 100-widget page, ms. */
  longTaskMs: 200,
  /** Chart instances left after 200 connect/disconnect cycles. */
  chartInstancesLeft: 0,
  /** The pre-rendered demo article's first contentful paint, and its first paint of the widgets' content, over the same article as static HTML. */
  prerenderPaintRatio: 1.1,
  /** A pre-rendered chart's picture on screen over hand-written Chart.js's first drawn frame, same chart. */
  pictureRatio: 0.5,
  /** Cumulative layout shift of the pre-rendered bench article that reserves no space, script loading and hydrating. */
  prerenderCls: 0,
  /** Lighthouse: accessibility, best practices and SEO on every demo page, mobile and desktop. */
  lighthouseScore: 100,
  /** Lighthouse: the demo article's mobile performance score (median of the mobile runs). */
  lighthouseArticlePerformance: 95,
  /** Lighthouse: the demo article's mobile total blocking time, ms. */
  lighthouseArticleTbtMs: 150,
  /** Lighthouse: cumulative layout shift on every demo page, mobile and desktop. */
  lighthouseCls: 0,
};

/** The script files of `npm run build` (dist/) and what each may weigh (gzip). */
export const FILE_BUDGETS = [
  { file: 'newsroom-widgets.js', what: 'module script: all a no-chart page downloads', maxGzip: BUDGETS.noChartGzip },
  { file: 'newsroom-widgets.classic.js', what: 'classic script: all a no-chart page downloads', maxGzip: BUDGETS.noChartGzip },
  { file: 'newsroom-widgets.chart.js', what: 'chart file: what a chart page adds', maxGzip: BUDGETS.chartAddedGzip },
];

/**
 * What `npm test` holds the builds to: DESIGN.md's budgets themselves, the
 * chart's and a page without a chart's (20 KB; the aim is 15). DESIGN.md: "A
 * test's size limit is the budget itself."
 */
export const CI_LIMITS = {
  noChartGzip: BUDGETS.noChartGzip,
  chartAddedGzip: BUDGETS.chartAddedGzip,
};
