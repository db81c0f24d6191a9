// prerender: widgets pre-rendered with the library's prerender() (lib/server/).
// The pages are built in Node before the server starts (prepare); then, in the
// browser: first paint of the demo article against the same as static HTML,
// the chart's picture against hand-written Chart.js, layout shift of an article
// that reserves no space, and the HTML each widget adds.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS } from '../budgets.mjs';
import { layoutShiftCases, layoutShiftRow } from '../lib/layout-shift.mjs';
import { compareLoads } from '../lib/loads.mjs';
import { comparePixels, paintLoads } from '../lib/paint.mjs';
import { buildPrerenderPages } from '../lib/prerender.mjs';
import { divide, firstLine, kb, loadNotes, mark, ms, ratio, steps, timingCells } from '../lib/report.mjs';

/**
 * Pre-renders the section's pages in Node, before any page loads: gives what
 * the bench server serves them from, or undefined (with `results.prerender.error`).
 */
export async function prepare({ root, log, results, pages }) {
  let prerendered;
  if (!existsSync(join(root, 'lib/server/index.js'))) {
    results.prerender.error = 'lib/server/index.js is missing (npm run build:lib)';
  } else {
    log('prerender: pre-rendering the pages with lib/server (prerender())');
    try {
      prerendered = await buildPrerenderPages({ root, benchPages: pages });
      log(`prerender: pages pre-rendered in ${(prerendered.ms / 1000).toFixed(1)} s; ${prerendered.notices.join('; ')}`);
    } catch (error) {
      results.prerender.error = `prerender() failed: ${firstLine(error)}`;
    }
  }
  if (results.prerender.error) log(`prerender: ${results.prerender.error}`);
  return prerendered;
}

/** Fills `results.prerender` and adds its four tables, or a table of the error that stopped it. */
export async function run(ctx) {
  const { results, tables, prerendered } = ctx;
  if (!prerendered) {
    tables.push({
      title: 'Pre-rendered widgets',
      headers: ['what', 'value'],
      rows: [['error', results.prerender.error ?? 'not run']],
    });
    return;
  }
  const p = results.prerender;
  p.pages = { ms: prerendered.ms, notices: prerendered.notices };
  await paintTable(ctx, p);
  await pictureTable(ctx, p);
  await layoutShiftTable(ctx, p);
  htmlTable(ctx, p);
}

/** The failures of a paint load (paintLoads): failed loads, errors, console messages, widget errors. */
const notes = (r) =>
  [
    r.failed ? `${r.failed} of ${r.samples.length} loads failed` : '',
    ...(r.errors ?? []),
    ...(r.console ?? []),
    ...new Set((r.widgetErrors ?? []).map((e) => e.code ?? e.message)),
  ]
    .filter(Boolean)
    .join('; ');

/** First paint: the pre-rendered demo article, the same article as static HTML, and the script-tag article. */
async function paintTable({ runs, log, tables, bench, origin, prerendered }, p) {
  log(`prerender: first paint of the demo article, pre-rendered vs static HTML vs script tag, ${runs} runs`);
  const STATIC = 'static HTML, same content (floor)';
  const PRE = 'pre-rendered (script loads and hydrates)';
  const SCRIPT = 'script tag, not pre-rendered (demo/index.html)';
  p.paint = await paintLoads(
    bench,
    origin,
    [
      { name: STATIC, url: '/demo/bench-static.html', widgets: prerendered.demo.widgets },
      { name: PRE, url: '/demo/bench-prerendered.html', widgets: prerendered.demo.widgets },
      { name: SCRIPT, url: '/demo/index.html', widgets: prerendered.demo.widgets },
    ],
    runs,
    log,
  );
  // The floor's honesty: it must look like the pre-rendered page before its script runs.
  p.fidelity = [];
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 360, height: 740 },
  ]) {
    try {
      const r = await comparePixels(bench, origin, '/demo/bench-prerendered.html', '/demo/bench-static.html', {
        viewport,
        block: '**/*.js',
      });
      p.fidelity.push({ viewport: `${viewport.width}×${viewport.height}`, ...r });
    } catch (error) {
      p.fidelity.push({
        viewport: `${viewport.width}×${viewport.height}`,
        error: firstLine(error),
      });
    }
  }
  const floor = p.paint[STATIC];
  const pre = p.paint[PRE];
  const script = p.paint[SCRIPT];
  const row = (what, key, { floorToo = true } = {}) => [
    what,
    floorToo ? ms(floor[key].median) : '',
    ms(pre[key].median),
    floorToo ? ratio(divide(pre[key].median, floor[key].median)) : '',
    ms(script[key].median),
    floorToo ? ratio(divide(script[key].median, floor[key].median)) : '',
  ];
  const lcpWhat = (r) => (r.lcpWhat.length ? ` (${r.lcpWhat.join(', ')})` : '');
  tables.push({
    title: `Pre-rendered demo article: navigation to first paint (median of ${runs} cold loads, 1280×800, ms after navigation)`,
    headers: [
      'what',
      'static HTML, same content (floor)',
      'pre-rendered',
      'vs static',
      'script tag (demo/index.html)',
      'vs static',
    ],
    rows: [
      row('first paint, presented', 'fp'),
      row('first contentful paint, presented', 'fcp'),
      row('first contentful paint, rendering update', 'fcpRendered'),
      row("widgets' content on screen: the first frame after it was drawn", 'contentNext'),
      row(
        `widgets' content painted, presented (Element Timing; ${[floor, pre, script].map((r) => `${r.content.runs}`).join('/')} of ${runs} loads reported it)`,
        'content',
      ),
      row("widgets' content painted, rendering update (same)", 'contentRendered'),
      row('widgets in view all live (nw-render)', 'live', { floorToo: false }),
      [
        'largest contentful paint, presented',
        `${ms(floor.lcp.median)}${lcpWhat(floor)}`,
        `${ms(pre.lcp.median)}${lcpWhat(pre)}`,
        ratio(divide(pre.lcp.median, floor.lcp.median)),
        `${ms(script.lcp.median)}${lcpWhat(script)}`,
        ratio(divide(script.lcp.median, floor.lcp.median)),
      ],
      [
        'notes',
        notes(floor),
        [pre.kept !== null ? `hydration kept ${pre.kept} of ${pre.widgets} widgets' pre-rendered DOM` : '', notes(pre)]
          .filter(Boolean)
          .join('; '),
        '',
        notes(script),
        '',
      ],
    ],
    note: [
      `Budget: the pre-rendered article ≤ ${BUDGETS.prerenderPaintRatio.toFixed(2)}× the static page, in first contentful paint (presented) and in the widgets' content on screen.`,
      'The pre-rendered page is demo/index.html through prerender() (its src payloads read from demo/data/, pictures drawn), as scripts/prerender-demo.mjs makes demo/prerendered.html; the script-tag page is demo/index.html itself.',
      "The static page is the pre-rendered page's DOM flattened: every widget's shadow root written into a div in its place (Lit's markers, the fallback it hides, scripts, JSON payloads and noscript removed), each distinct widget stylesheet once, scoped to those divs with @scope in a cascade layer (as a shadow root's styles are), and demo.css rewritten so that no page rule reaches inside them. Same text, same pictures, same CSS, no custom element, no script.",
      `It looks the same: against the pre-rendered page with every script blocked, ${p.fidelity
        .map((f) =>
          f.error
            ? `${f.viewport}: ${f.error}`
            : `${f.differ.toLocaleString('en')} of ${f.total.toLocaleString('en')} pixels differ at ${f.viewport}`,
        )
        .join(', ')} (text anti-aliasing where the markers split text).`,
      'First paint and first contentful paint are the Paint Timing entries: "presented" is their startTime (the frame on screen, the standard figure, which the budget judges), "rendering update" their paintTime (the end of the main-thread update that painted it).',
      `The widgets' content is drawn in the first frame in which all ${prerendered.demo.widgets} widgets of the article are in the page and hold their content (a frame with text, in the shadow root or the div; checked in each frame's requestAnimationFrame). "On screen" is the next frame's requestAnimationFrame, which starts after that paint, as the bench's other timings mark "the first frame after drawing". "Painted" is that frame's paint timing: Element Timing does not see into shadow roots, so a 2×2 light-DOM image marker with elementtiming is added in the frame that paints the content; Chromium does not report it on every load (missing on loads where it comes late), hence the count. On the script-tag page the widgets' fallback paints first; these rows wait for what the script draws.`,
      '"Widgets in view all live": each has fired nw-render (pre-rendered: hydrated; a chart once Chart.js has drawn). Reduced motion, as for the other timings.',
    ].join(' '),
  });
}

/** The chart's picture on screen vs hand-written Chart.js's first drawn frame (the chart section's floor). */
async function pictureTable({ runs, log, tables, bench, origin }, p) {
  log(`prerender: chart picture vs hand-written Chart.js, ${runs} runs`);
  const FLOOR = 'Chart.js by hand (floor)';
  const PICTURE = 'pre-rendered nw-chart: picture on screen';
  p.picture = await compareLoads(
    bench,
    origin,
    [
      { name: FLOOR, url: '/bench/chart-chartjs.html' },
      { name: PICTURE, url: '/bench/chart-prerendered.html', lcp: true },
      // What the picture costs by itself: the same page with the library's script files aborted.
      {
        name: 'pre-rendered nw-chart, no script (dist/ blocked): picture on screen',
        url: '/bench/chart-prerendered.html',
        lcp: true,
        block: '**/dist/**',
      },
      { name: 'pre-rendered nw-chart: live chart drawn', url: '/bench/chart-prerendered.html?ready=canvas' },
      { name: 'nw-chart, script tag alone (not pre-rendered)', url: '/bench/chart-nw.html' },
    ],
    runs,
    log,
  );
  const chartFloor = p.picture[FLOOR].median;
  const demoPictures = p.fidelity
    .filter((f) => !f.error)
    .flatMap((f) =>
      (f.pictures['/demo/bench-prerendered.html'] ?? []).map(
        (pic) =>
          `at ${f.viewport} the picture drawn at ${pic.drawn.join('×')} is shown at ${pic.shown.map(Math.round).join('×')}`,
      ),
    );
  tables.push({
    title: `Pre-rendered chart: navigation to the picture on screen vs hand-written Chart.js's first drawn frame (median of ${runs} cold loads)`,
    headers: ['page', 'median', 'min–max', 'vs Chart.js by hand', 'steps', 'notes'],
    rows: Object.entries(p.picture).map(([name, r]) => [...timingCells(name, r, chartFloor), steps(r), loadNotes(r)]),
    note: [
      `Budget: the picture on screen ≤ ${BUDGETS.pictureRatio.toFixed(2)}× hand-written Chart.js's first drawn frame.`,
      "The pre-rendered page is the chart section's nw-chart page (/bench/chart-nw.html, the story chart, payload inline) through prerender(); the floor is the chart section's own.",
      '"Picture on screen": once the page is parsed, the picture the chart shows (the one of its layout) has decoded (img.decode() resolved), and the mark is the next animation frame, the one that paints it; the floor\'s mark is the frame after new Chart() has drawn, so both are the first frame with the chart\'s pixels, on the same clock.',
      '"Picture painted (LCP)" is the paint timing of the picture where it is the largest contentful paint (presentation time, later than the frame mark).',
      '"No script": the same page with every request under /dist/ aborted, so nothing runs before the first paint; the difference from the row above is what loading the library costs the picture.',
      '"Live chart drawn": Chart.js has drawn on the pre-rendered chart\'s canvas, which then replaces the picture.',
      demoPictures.length ? `On the demo article (a wide chart), ${demoPictures.join('; ')}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  });
}

/** Layout shift of the article that reserves no space, pre-rendered, with the script loading and hydrating. */
async function layoutShiftTable(ctx, p) {
  const { runs, log, tables } = ctx;
  const clsRuns = Math.min(runs, 3);
  log(`prerender: layout shift of the pre-rendered article, ${clsRuns} runs per case`);
  p.cls = await layoutShiftCases(
    ctx,
    [
      {
        page: 'bench article, no space reserved, pre-rendered (payload inline)',
        path: '/bench/article-prerendered.html?data=inline',
        jsonDelay: 0,
      },
      {
        page: 'bench article, no space reserved, pre-rendered (payload was over src; JSON +500 ms)',
        path: '/bench/article-prerendered.html?data=src',
        jsonDelay: 500,
      },
    ],
    clsRuns,
  );
  tables.push({
    title: `Pre-rendered article that reserves no space: layout shift (CLS, worst of ${clsRuns} loads; "scrolled" = after scrolling to the end)`,
    headers: ['page', 'viewport', 'CLS at load', 'CLS scrolled', 'widgets drawn', 'largest shifts', 'budget'],
    rows: p.cls.map((c) => [
      ...layoutShiftRow(c),
      `${BUDGETS.prerenderCls.toFixed(3)}: ${mark(typeof c.worstTotal === 'number' ? c.worstTotal <= BUDGETS.prerenderCls + 0.0005 : null)}`,
    ]),
    note: `The layout-shift section's bench article (/bench/article.html, no CSS, no fallback: 0.2–0.5 as a script-tag page) through prerender(); the src variant's payload is read at build time and carried in the page, so the +500 ms on JSON answers should change nothing. Default motion settings, light scheme; the script loads, the widgets hydrate, the chart's live canvas replaces its picture.`,
  });
}

/** What pre-rendering adds to the demo article's HTML. */
function htmlTable({ tables, prerendered }, p) {
  p.bytes = prerendered.bytes;
  const b = p.bytes;
  const chartRow = b.rows.find((r) => r.pictures);
  const added = { raw: b.after.raw - b.before.raw, gzip: b.after.gzip - b.before.gzip };
  tables.push({
    title: 'Pre-rendered demo article: the HTML each widget adds (gzip level 9; 1 KB = 1,000 bytes)',
    headers: ['what', 'raw', 'gzip', 'gzip added to the page'],
    rows: [
      ...b.rows.flatMap((r) => [
        [
          r.kind === 'payload'
            ? r.what
            : `${r.what}: declarative shadow root${r.kind === 'nw-chart' ? ' (pictures included)' : ''}`,
          kb(r.raw),
          kb(r.gzip),
          kb(r.gzipInPage),
        ],
        ...(r.pictures
          ? [
              [
                `  of which its ${r.pictures.count} pictures (${r.pictures.format}, ${r.pictures.sizes.join(' and ')} CSS px at 2×; ${kb(r.pictures.decoded)} of WebP as base64 data URLs)`,
                kb(r.pictures.raw),
                kb(r.pictures.gzip),
                kb(r.pictures.gzipInPage),
              ],
            ]
          : []),
      ]),
      ['all that pre-rendering added', kb(added.raw), '', kb(added.gzip)],
      ['the page before (demo/index.html)', kb(b.before.raw), kb(b.before.gzip), ''],
      ['the page after (pre-rendered)', kb(b.after.raw), kb(b.after.gzip), ''],
      [
        'the page after, without the pictures',
        kb(b.after.raw - (chartRow?.pictures?.raw ?? 0)),
        kb(b.after.gzip - (chartRow?.pictures?.gzipInPage ?? 0)),
        '',
      ],
    ],
    note: `"Gzip" compresses the piece (or the page) by itself; "gzip added to the page" is how much smaller the gzipped page is with only that piece taken out (so a second quote, whose styles repeat the first's, adds little). A widget's row is its <template shadowrootmode> (its styles, its DOM with Lit's hydration markers) and the payload-id attribute prerender() gives a widget that read its data over src; the payload script is written once, before the first widget, for all of them.${
      b.unaccounted ? ` ${b.unaccounted} bytes added are in no row.` : ''
    }`,
  });
}
