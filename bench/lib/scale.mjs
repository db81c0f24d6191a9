// The 100-widget page, measured in the browser: how long the widgets in view
// take to draw, the longest tasks and frames, the heap, and the charts drawn
// as the reader scrolls to them.
import { heapAfterGc, scrollThrough, settle } from './browser.mjs';

/** The 100-widget page: in-view render time, long tasks, heap, lazy charts (reduced motion: drawing, not animating). */
export async function scale(bench, origin) {
  return bench.withPage(
    async (page) => {
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
      await page.waitForFunction(() => window.__bench.settled(), null, { timeout: 20_000 }).catch(() => {});
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
    },
    { reducedMotion: 'reduce' },
  );
}
