// What the bench measures in the browser. Every load is a cold page (a new
// browser context); variants of one comparison are interleaved run by run so
// that drift in machine load hits them alike.
import { readFile } from 'node:fs/promises';
import { compressedSizes } from './sizes.mjs';
import { heapAfterGc, liveObjects } from './browser.mjs';

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summary(samples) {
  const values = samples.filter((v) => typeof v === 'number');
  return {
    median: median(values),
    min: values.length ? Math.min(...values) : null,
    max: values.length ? Math.max(...values) : null,
    runs: values.length,
    failed: samples.length - values.length,
  };
}

/**
 * Loads `url` and waits for the probe's `frame` mark: the first frame after the content was drawn
 * (and, with `lcp`, for the page's largest-contentful-paint entry); requests matching `block` are aborted.
 */
async function loadUntilDrawn(page, url, { timeout = 30_000, latencyMs = 0, lcp = false, block } = {}) {
  if (block) await page.route(block, (route) => route.abort());
  if (latencyMs) {
    // Every request waits a round trip, as on a real network (Chrome DevTools Protocol).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: latencyMs, downloadThroughput: -1, uploadThroughput: -1 });
  }
  await page.goto(url, { waitUntil: 'commit', timeout });
  // Drawn, or a widget reported an error (then there is nothing to wait for).
  await page.waitForFunction(() => window.__bench && (window.__bench.frame !== null || window.__bench.errors.length > 0), null, {
    timeout,
    polling: 50,
  });
  if (lcp) await page.waitForFunction(() => window.__bench.lcp !== null, null, { timeout: 2_000, polling: 50 }).catch(() => {});
  return page.evaluate(() => ({
    ready: window.__bench.ready,
    frame: window.__bench.frame,
    errors: window.__bench.errors,
    lcp: window.__bench.lcp,
    // When each script was asked for and when it had arrived (Resource Timing).
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => ({ file: new URL(entry.name).pathname.split('/').pop(), start: entry.startTime, end: entry.responseEnd })),
  }));
}

/**
 * Time from navigation to the first frame after drawing, for several variants,
 * `runs` cold loads each, interleaved. Returns per-variant samples and summary.
 * A variant with `lcp: true` also records its largest contentful paint when
 * that is an image; one with `block` (a URL pattern) has those requests aborted.
 * The pages load with prefers-reduced-motion: reduce, so no widget animates
 * (the hand-written baselines do not animate either).
 */
export async function compareLoads(bench, origin, variants, runs, log, { latencyMs = 0 } = {}) {
  const samples = Object.fromEntries(variants.map((v) => [v.name, []]));
  const phases = Object.fromEntries(variants.map((v) => [v.name, {}]));
  const errors = {};
  const addPhase = (name, phase, value) => {
    if (typeof value === 'number') (phases[name][phase] ??= []).push(value);
  };
  for (let run = 0; run < runs; run++) {
    for (const variant of variants) {
      if (run > 0 && samples[variant.name].every((sample) => sample === null)) continue; // failed on its first run: skip
      try {
        const result = await bench.withPage((page) => loadUntilDrawn(page, origin + variant.url, { latencyMs, lcp: variant.lcp, block: variant.block }), {
          reducedMotion: 'reduce',
        });
        samples[variant.name].push(result.frame ?? null);
        // Aborted requests (a variant's `block`) still leave Resource Timing entries: not steps.
        for (const script of variant.block ? [] : result.scripts) {
          addPhase(variant.name, `${script.file} requested`, script.start);
          addPhase(variant.name, `${script.file} arrived`, script.end);
        }
        addPhase(variant.name, 'drawn', result.ready);
        // With `lcp: true`: the largest contentful paint, when it is an image (a pre-rendered chart's picture).
        if (variant.lcp && result.lcp?.url.startsWith('data:image/')) addPhase(variant.name, 'picture painted (LCP)', result.lcp.t);
        if (result.errors.length) errors[variant.name] = result.errors;
      } catch (error) {
        samples[variant.name].push(null);
        errors[variant.name] = [{ message: String(error.message ?? error).split('\n')[0] }];
      }
    }
    log?.(`  run ${run + 1}/${runs}`);
  }
  const medians = (name) => Object.fromEntries(Object.entries(phases[name]).map(([phase, values]) => [phase, median(values)]));
  return Object.fromEntries(
    variants.map((v) => [
      v.name,
      { url: v.url, samples: samples[v.name], ...summary(samples[v.name]), phases: medians(v.name), errors: errors[v.name] },
    ]),
  );
}

/** Every script a page downloads (playwright response events), with gzip and brotli sizes. */
export async function pageScripts(bench, origin, path, { scrollTo } = {}) {
  return bench.withPage(async (page) => {
    const bodies = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      bodies.push(
        response.body().then(
          (body) => ({ url: new URL(response.url()).pathname, ...compressedSizes(body) }),
          () => ({ url: new URL(response.url()).pathname, raw: 0, gzip: 0, brotli: 0 }),
        ),
      );
    });
    await page.goto(origin + path, { waitUntil: 'load' });
    if (scrollTo) await page.evaluate((selector) => document.querySelector(selector)?.scrollIntoView(), scrollTo);
    await page
      .waitForFunction(() => window.__bench.frame !== null || window.__bench.settled(), null, { timeout: 20_000 })
      .catch(() => {});
    const drawn = await page.evaluate(() => window.__bench.frame !== null);
    await page.waitForLoadState('networkidle').catch(() => {});
    const files = await Promise.all(bodies);
    const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
    const errors = await page.evaluate(() => window.__bench.errors);
    return { path, files, total, drawn, errors };
  });
}

async function settle(page, { timeout = 8_000, quiet = 400 } = {}) {
  // Waits until no widget has drawn for `quiet` ms (or `timeout`).
  const end = Date.now() + timeout;
  let last = -1;
  let since = Date.now();
  while (Date.now() < end) {
    const count = await page.evaluate(() => window.__bench.renders.length);
    if (count !== last) {
      last = count;
      since = Date.now();
    } else if (Date.now() - since >= quiet) return;
    await sleep(100);
  }
}

async function scrollThrough(page, { stepPause = 120 } = {}) {
  const height = await page.evaluate(() => innerHeight);
  for (let guard = 0; guard < 400; guard++) {
    const atEnd = await page.evaluate((step) => {
      const before = scrollY;
      scrollBy(0, step);
      return scrollY === before || scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
    }, Math.round(height * 0.8));
    await sleep(stepPause);
    if (atEnd) break;
  }
}

/**
 * Cumulative layout shift while a page loads, and after scrolling through it
 * (charts below the fold may load late). `jsonDelay` holds back JSON answers.
 */
export async function layoutShift(bench, server, origin, path, { viewport, jsonDelay = 0 }) {
  server.setJsonDelay(jsonDelay);
  try {
    return await bench.withPage(
      async (page) => {
        await page.goto(origin + path, { waitUntil: 'load' });
        await page.waitForFunction(() => window.__bench.inView !== null, null, { timeout: 10_000 }).catch(() => {});
        await settle(page);
        const atLoad = await page.evaluate(() => window.__bench.cls);
        await scrollThrough(page);
        await settle(page);
        return page.evaluate(
          ({ atLoad }) => {
            const b = window.__bench;
            return {
              atLoad,
              total: b.cls,
              widgets: b.widgets().length,
              rendered: b.rendered.size,
              errors: b.errors,
              shifts: b.shifts.slice(0, 10).map((s) => ({ value: Number(s.value.toFixed(4)), t: Math.round(s.t), sources: s.sources })),
            };
          },
          { atLoad },
        );
      },
      { viewport },
    );
  } finally {
    server.setJsonDelay(0);
  }
}

/** The 100-widget page: in-view render time, long tasks, heap, lazy charts (reduced motion: drawing, not animating). */
export async function scale(bench, origin) {
  return bench.withPage(async (page) => {
    await page.goto(origin + '/bench/stress.html', { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench.inView !== null, null, { timeout: 30_000 }).catch(() => {});
    await settle(page, { timeout: 10_000, quiet: 1_000 });
    const before = await page.evaluate(() => ({
      inView: window.__bench.inView,
      inViewCount: window.__bench.widgets().filter((w) => window.__bench.isInView(w)).length,
      charts: window.__bench.renderedCount('nw-chart'),
      rendered: window.__bench.rendered.size,
    }));
    const heapBefore = await heapAfterGc(page);
    await scrollThrough(page);
    await page
      .waitForFunction(() => window.__bench.settled(), null, { timeout: 20_000 })
      .catch(() => {});
    await settle(page, { timeout: 10_000, quiet: 1_000 });
    const heapAfter = await heapAfterGc(page);
    const after = await page.evaluate(() => {
      const b = window.__bench;
      const tasks = b.longTasks ?? [];
      return {
        widgets: b.widgets().length,
        rendered: b.rendered.size,
        charts: b.renderedCount('nw-chart'),
        chartsOnPage: b.widgets().filter((w) => w.localName === 'nw-chart').length,
        longestTask: tasks.length ? Math.max(...tasks.map((t) => t.duration)) : 0,
        // The longest frame and what ran in it, to see where a long task comes from.
        longestFrame: (b.longFrames ?? []).reduce((a, f) => (!a || f.duration > a.duration ? f : a), null),
        longTasks: tasks.length,
        errors: b.errors.slice(0, 5),
        errorCount: b.errors.length,
      };
    });
    return { before, after, heapBefore, heapAfter };
  }, { reducedMotion: 'reduce' });
}

/**
 * Connects and disconnects nw-chart `cycles` times, waiting for each draw,
 * then as fast as frames allow; counts Chart.js instances left and the heap.
 * Reduced motion, so a cycle waits for drawing, not for an animation.
 */
export async function leaks(bench, origin, cycles) {
  return bench.withPage(async (page) => {
    await page.goto(origin + '/bench/leaks.html', { waitUntil: 'load' });
    await page.evaluate(() => {
      window.__bench.track = false;
    });
    // Nothing of the bench may keep a removed element alive: listeners go with
    // the element, and the timeout is cleared once the element has answered.
    const runCycles = (count, waitForDraw) =>
      page.evaluate(
        async ({ count, waitForDraw }) => {
          const stage = document.getElementById('stage');
          const drawOnce = (element) =>
            new Promise((resolve) => {
              const finish = (event) => {
                clearTimeout(timer);
                element.removeEventListener('nw-render', finish);
                element.removeEventListener('nw-error', finish);
                resolve(event?.type === 'nw-render');
              };
              const timer = setTimeout(finish, 5_000);
              element.addEventListener('nw-render', finish);
              element.addEventListener('nw-error', finish);
            });
          let drawn = 0;
          for (let i = 0; i < count; i++) {
            const element = document.createElement('nw-chart');
            element.setAttribute('payload-id', 'story');
            if (waitForDraw) {
              const answered = drawOnce(element);
              stage.append(element);
              if (await answered) drawn++;
            } else {
              stage.append(element);
              await new Promise((resolve) => requestAnimationFrame(() => resolve()));
            }
            element.remove();
          }
          return drawn;
        },
        { count, waitForDraw },
      );
    const instances = () =>
      page.evaluate(async () => {
        try {
          const chartModule = await import('/dist/newsroom-widgets.chart.js');
          const Chart = Object.values(chartModule).find((value) => typeof value === 'function' && value.instances && typeof value.register === 'function');
          return Chart ? Object.keys(Chart.instances).length : null;
        } catch {
          return null;
        }
      });
    // The first chart loads the element's code (an autoloader may wait for the tag) and the chart code.
    const first = await page.evaluate(async () => {
      const element = document.createElement('nw-chart');
      element.setAttribute('payload-id', 'story');
      let timer;
      const outcome = new Promise((resolve) => {
        element.addEventListener('nw-render', () => resolve('drawn'), { once: true });
        element.addEventListener('nw-error', (event) => resolve(`error: ${event.detail?.code} ${event.detail?.message}`), { once: true });
        timer = setTimeout(() => resolve('timeout'), 15_000);
      });
      document.getElementById('stage').append(element);
      const result = await outcome;
      clearTimeout(timer);
      element.remove();
      return result;
    });
    if (first !== 'drawn') throw new Error(`the first nw-chart did not draw (${first})`);
    await sleep(300);
    const heapStart = await heapAfterGc(page);
    const drawn = await runCycles(cycles, true);
    await sleep(500);
    const heapAfterDrawn = await heapAfterGc(page);
    const instancesAfterDrawn = await instances();
    await runCycles(cycles, false);
    await sleep(1_000);
    const heapAfterRapid = await heapAfterGc(page);
    const instancesAfterRapid = await instances();
    // A second batch like the first: steady growth here is a leak, not warm-up.
    const drawnAgain = await runCycles(cycles, true);
    await sleep(500);
    const heapAfterDrawnAgain = await heapAfterGc(page);
    const instancesAfterDrawnAgain = await instances();
    // Removed elements still reachable from somewhere (none is connected now).
    const elementsAlive = await liveObjects(page, "customElements.get('nw-chart')?.prototype");
    const canvasesAlive = await liveObjects(page, 'HTMLCanvasElement.prototype');
    return {
      cycles,
      drawn,
      drawnAgain,
      heapStart,
      heapAfterDrawn,
      heapAfterRapid,
      heapAfterDrawnAgain,
      instancesAfterDrawn,
      instancesAfterRapid,
      instancesAfterDrawnAgain,
      elementsAlive,
      canvasesAlive,
    };
  }, { reducedMotion: 'reduce' });
}

const paintProbe = readFile(new URL('./paint-probe.js', import.meta.url), 'utf8');

/**
 * First paint, first contentful paint and the first paint of the widgets'
 * content (paint-probe.js) of several pages, `runs` cold loads each,
 * interleaved; then, where the page has widgets, the moment those in view are
 * all live (their nw-render), whether hydration kept the pre-rendered DOM, and what
 * the console said. Reduced motion, as for the other timings. A variant's
 * `widgets` is how many top-level widgets its page has.
 */
export async function paintLoads(bench, origin, variants, runs, log) {
  const probe = await paintProbe;
  const samples = Object.fromEntries(variants.map((v) => [v.name, []]));
  for (let run = 0; run < runs; run++) {
    for (const variant of variants) {
      try {
        samples[variant.name].push(
          await bench.withPage(
            async (page, context) => {
              const messages = [];
              page.on('console', (message) => {
                if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.type()}: ${message.text()}`);
              });
              page.on('pageerror', (error) => messages.push(`page error: ${String(error.message ?? error).split('\n')[0]}`));
              page.on('requestfailed', (request) => messages.push(`failed: ${new URL(request.url()).pathname}`));
              page.on('response', (response) => {
                if (response.status() >= 400) messages.push(`HTTP ${response.status()}: ${new URL(response.url()).pathname}`);
              });
              await context.addInitScript({ content: `window.__paintWidgets = ${Number(variant.widgets) || 0};\n${probe}` });
              await page.goto(origin + variant.url, { waitUntil: 'load' });
              await page.waitForFunction(() => window.__paint.contentNext !== null, null, { timeout: 15_000, polling: 50 });
              // The marker's Element Timing entry, when Chromium reports it.
              await page.waitForFunction(() => window.__paint.content !== null, null, { timeout: 1_000, polling: 50 }).catch(() => {});
              const widgets = await page.evaluate(() => window.__bench.widgets().length);
              if (widgets) await page.waitForFunction(() => window.__bench.inView !== null, null, { timeout: 15_000, polling: 50 }).catch(() => {});
              await sleep(200);
              return page.evaluate(
                ({ messages }) => {
                  const paint = Object.fromEntries(performance.getEntriesByType('paint').map((entry) => [entry.name, entry]));
                  const b = window.__bench;
                  return {
                    // Presented (startTime), and the end of the rendering update that painted (paintTime).
                    fp: paint['first-paint']?.startTime ?? null,
                    fcp: paint['first-contentful-paint']?.startTime ?? null,
                    fpRendered: paint['first-paint']?.paintTime ?? null,
                    fcpRendered: paint['first-contentful-paint']?.paintTime ?? null,
                    content: window.__paint.content?.presented ?? null,
                    contentRendered: window.__paint.content?.rendered ?? null,
                    contentFrame: window.__paint.contentFrame,
                    contentNext: window.__paint.contentNext,
                    lcp: window.__paint.lcp,
                    widgets: b.widgets().length,
                    // The widgets in view at load all live (each has fired nw-render; a chart once Chart.js has drawn).
                    live: b.inView,
                    kept: window.__paint.keptFrames(),
                    errors: b.errors,
                    console: messages,
                  };
                },
                { messages },
              );
            },
            { reducedMotion: 'reduce' },
          ),
        );
      } catch (error) {
        samples[variant.name].push({ error: String(error.message ?? error).split('\n')[0] });
      }
    }
    log?.(`  run ${run + 1}/${runs}`);
  }
  return Object.fromEntries(
    variants.map((v) => {
      const ok = samples[v.name].filter((s) => !s.error);
      const of = (key) => summary(ok.map((s) => s[key]));
      return [
        v.name,
        {
          url: v.url,
          samples: samples[v.name],
          fp: of('fp'),
          fcp: of('fcp'),
          content: of('content'),
          fpRendered: of('fpRendered'),
          fcpRendered: of('fcpRendered'),
          contentRendered: of('contentRendered'),
          contentNext: of('contentNext'),
          live: of('live'),
          lcp: summary(ok.map((s) => s.lcp?.t)),
          lcpWhat: [...new Set(ok.map((s) => s.lcp?.what).filter(Boolean))],
          failed: samples[v.name].length - ok.length,
          errors: [...new Set(samples[v.name].map((s) => s.error).filter(Boolean))],
          console: [...new Set(ok.flatMap((s) => s.console))],
          kept: ok.length ? Math.min(...ok.map((s) => s.kept ?? 0)) : null,
          widgets: ok[0]?.widgets ?? null,
        },
      ];
    }),
  );
}

/**
 * Whether two pages look the same: full-page screenshots at `viewport`, with
 * requests matching `block` (e.g. every script) aborted, compared pixel by
 * pixel in the browser. Also reports each chart picture shown: the size it was
 * drawn at and the size of the box it is shown in.
 */
export async function comparePixels(bench, origin, pathA, pathB, { viewport, block }) {
  const shoot = (path) =>
    bench.withPage(
      async (page) => {
        if (block) await page.route(block, (route) => route.abort());
        await page.goto(origin + path, { waitUntil: 'load' });
        await sleep(300);
        const pictures = await page.evaluate(() =>
          Array.from(document.querySelectorAll('nw-chart, [data-nw="nw-chart"]')).flatMap((chart) =>
            Array.from((chart.shadowRoot ?? chart).querySelectorAll('img.picture'))
              .filter((img) => img.checkVisibility())
              .map((img) => {
                const box = img.getBoundingClientRect();
                return { drawn: [Number(img.getAttribute('width')), Number(img.getAttribute('height'))], shown: [box.width, box.height] };
              }),
          ),
        );
        return { png: (await page.screenshot({ fullPage: true })).toString('base64'), pictures };
      },
      { viewport },
    );
  const a = await shoot(pathA);
  const b = await shoot(pathB);
  const pixels = await bench.withPage((page) =>
    page.evaluate(async ([one, two]) => {
      const read = async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        return image;
      };
      const [x, y] = await Promise.all([read(one), read(two)]);
      const width = Math.max(x.width, y.width);
      const height = Math.max(x.height, y.height);
      const data = (image) => {
        const canvas = new OffscreenCanvas(width, height);
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, width, height).data;
      };
      const p = data(x);
      const q = data(y);
      let differ = 0;
      for (let i = 0; i < p.length; i += 4) if (p[i] !== q[i] || p[i + 1] !== q[i + 1] || p[i + 2] !== q[i + 2] || p[i + 3] !== q[i + 3]) differ++;
      return { differ, total: width * height, sizes: [`${x.width}×${x.height}`, `${y.width}×${y.height}`] };
    }, [a.png, b.png]),
  );
  return { ...pixels, pictures: { [pathA]: a.pictures, [pathB]: b.pictures } };
}
