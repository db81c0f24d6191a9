// Lighthouse on the demo pages: a fresh headless Chromium for every run,
// mobile (Lighthouse's default: simulated throttling, 4× CPU slowdown) and
// desktop (its desktop preset). A page's mobile figure is the median of its
// runs, chosen by performance score; desktop is one run.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './browser.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The installed Lighthouse's version. */
export const VERSION = JSON.parse(
  readFileSync(new URL('../../node_modules/lighthouse/package.json', import.meta.url), 'utf8'),
).version;

/** A free TCP port on the loopback interface, for Chromium's DevTools endpoint. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The audits that did not pass, as `id` with their displayed value when there is one. */
function failingAudits(lhr) {
  const ids = new Set();
  for (const category of Object.values(lhr.categories)) {
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      const scored = audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric';
      if (scored && audit.score !== null && audit.score < 1 && (ref.weight > 0 || category.id !== 'performance')) ids.add(ref.id);
    }
  }
  return [...ids].map((id) => {
    const value = lhr.audits[id].displayValue;
    return value ? `${id} (${value.replace(/\s+/g, ' ')})` : id;
  });
}

/** One Lighthouse run of `url` in a new browser: scores 0–100, key metrics and failing audits. */
export async function lighthouseRun(executablePath, url, formFactor) {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  try {
    const flags = { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
    const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
    const metric = (id) => lhr.audits[id]?.numericValue ?? null;
    return {
      url,
      formFactor,
      scores,
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      lcp: metric('largest-contentful-paint'),
      fcp: metric('first-contentful-paint'),
      longestTask: Math.max(0, ...(lhr.audits['long-tasks']?.details?.items ?? []).map((item) => item.duration)),
      failing: failingAudits(lhr),
      // The scripts that kept the main thread busy (Lighthouse's bootup-time audit).
      scripts: (lhr.audits['bootup-time']?.details?.items ?? [])
        .slice(0, 4)
        .map((item) => `${String(item.url).replace(/^https?:\/\/[^/]+/, '')} ${Math.round(item.total)} ms`),
    };
  } finally {
    await browser.close().catch(() => {});
  }
}

/** The run whose performance score is the median of `runs` (the lower middle for an even count). */
export function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance || a.tbt - b.tbt);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
