// Timed page loads: how long a page takes to draw, and what scripts it
// downloads. Every load is a cold page (a new browser context); variants of one
// comparison are interleaved run by run so that drift in machine load hits them alike.
import { compressedSizes } from './sizes.mjs';
import { firstLine } from './report.mjs';
import { median, summary } from './stats.mjs';

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
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: latencyMs,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
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
        const result = await bench.withPage(
          (page) => loadUntilDrawn(page, origin + variant.url, { latencyMs, lcp: variant.lcp, block: variant.block }),
          {
            reducedMotion: 'reduce',
          },
        );
        samples[variant.name].push(result.frame ?? null);
        // Aborted requests (a variant's `block`) still leave Resource Timing entries: not steps.
        for (const script of variant.block ? [] : result.scripts) {
          addPhase(variant.name, `${script.file} requested`, script.start);
          addPhase(variant.name, `${script.file} arrived`, script.end);
        }
        addPhase(variant.name, 'drawn', result.ready);
        // With `lcp: true`: the largest contentful paint, when it is an image (a pre-rendered chart's picture).
        if (variant.lcp && result.lcp?.url.startsWith('data:image/'))
          addPhase(variant.name, 'picture painted (LCP)', result.lcp.t);
        if (result.errors.length) errors[variant.name] = result.errors;
      } catch (error) {
        samples[variant.name].push(null);
        errors[variant.name] = [{ message: firstLine(error) }];
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
    const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }), {
      raw: 0,
      gzip: 0,
      brotli: 0,
    });
    const errors = await page.evaluate(() => window.__bench.errors);
    return { path, files, total, drawn, errors };
  });
}
