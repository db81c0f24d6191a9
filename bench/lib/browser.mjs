// Headless Chromium through playwright-core: the system's browser (or
// CHROME_PATH), a fresh temporary profile per launch, a new browser context
// (empty cache) for every measured page load; and what the measurements do
// in a page (wait for widgets to settle, scroll through, read the heap).
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** The browser to use: CHROME_PATH, else the usual system paths. */
export { findChromium } from '../../scripts/chromium-path.mjs';

/**
 * Launches Chromium. Playwright gives every launch a fresh, empty user-data-dir
 * in the temp folder and deletes it on close.
 */
export async function launch(executablePath) {
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const probe = await readFile(new URL('./probe.js', import.meta.url), 'utf8');
  const version = browser.version();

  /**
   * Runs `fn(page, context)` in a new context (cold cache) with the probe installed; closes it after.
   * `reducedMotion: 'reduce'` turns the widgets' animations off (timings of drawing, not of animating).
   */
  async function withPage(fn, { viewport = { width: 1280, height: 800 }, reducedMotion = 'no-preference' } = {}) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, colorScheme: 'light', reducedMotion });
    await context.addInitScript({ content: probe });
    const page = await context.newPage();
    try {
      return await fn(page, context);
    } finally {
      await context.close().catch(() => {});
    }
  }

  return { browser, version, withPage, close: () => browser.close() };
}

/** The page's JS heap after a full garbage collection, in bytes (Chrome DevTools Protocol). */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** How many objects whose prototype chain holds `expression`'s value are alive (DevTools' queryObjects), after GC. */
export async function liveObjects(page, expression) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    if (!result.objectId) return null;
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId });
    const { result: length } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    return length.value;
  } catch {
    return null;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Waits until no widget has drawn for `quiet` ms (or `timeout`). */
export async function settle(page, { timeout = 8_000, quiet = 400 } = {}) {
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

/** Scrolls to the end of the page, 80 % of the viewport at a time, pausing `stepPause` ms between steps. */
export async function scrollThrough(page, { stepPause = 120 } = {}) {
  const height = await page.evaluate(() => innerHeight);
  for (let guard = 0; guard < 400; guard++) {
    const atEnd = await page.evaluate(
      (step) => {
        const before = scrollY;
        scrollBy(0, step);
        return scrollY === before || scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
      },
      Math.round(height * 0.8),
    );
    await sleep(stepPause);
    if (atEnd) break;
  }
}
