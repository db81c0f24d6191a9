// Layout shift while a page loads and after scrolling through it, at a wide
// and a narrow viewport, worst of several loads; and its table row (the cls
// and prerender sections share both).
import { scrollThrough, settle } from './browser.mjs';
import { firstLine } from './report.mjs';

/**
 * Cumulative layout shift while a page loads, and after scrolling through it
 * (charts below the fold may load late). `jsonDelay` holds back JSON answers.
 */
async function layoutShift(bench, server, origin, path, { viewport, jsonDelay = 0 }) {
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
              shifts: b.shifts
                .slice(0, 10)
                .map((s) => ({ value: Number(s.value.toFixed(4)), t: Math.round(s.t), sources: s.sources })),
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

/**
 * The layout shift of each of `items` ({ page, path, jsonDelay }) at 1280 and 360 px: `clsRuns` loads each, the worst kept.
 * `bench`, `server` and `origin` are the shared browser and bench server.
 */
export async function layoutShiftCases({ bench, server, origin }, items, clsRuns) {
  const rows = [];
  for (const item of items) {
    for (const { name, viewport } of [
      { name: '1280×800', viewport: { width: 1280, height: 800 } },
      { name: '360×740', viewport: { width: 360, height: 740 } },
    ]) {
      const samples = [];
      for (let run = 0; run < clsRuns; run++) {
        try {
          samples.push(await layoutShift(bench, server, origin, item.path, { viewport, jsonDelay: item.jsonDelay }));
        } catch (error) {
          samples.push({ error: firstLine(error) });
        }
      }
      const ok = samples.filter((s) => !s.error);
      const worst = ok.reduce((a, b) => (b.total > (a?.total ?? -1) ? b : a), undefined);
      rows.push({
        ...item,
        viewport: name,
        samples,
        worstAtLoad: ok.length ? Math.max(...ok.map((s) => s.atLoad ?? 0)) : null,
        worstTotal: worst?.total ?? null,
      });
    }
  }
  return rows;
}

/** A row of a layout-shift table: page, viewport, worst CLS at load and after scrolling, widgets drawn, the largest shifts. */
export function layoutShiftRow(c) {
  const worst = c.samples.find((s) => s.total === c.worstTotal) ?? c.samples[0];
  return [
    c.page,
    c.viewport,
    typeof c.worstAtLoad === 'number' && Number.isFinite(c.worstAtLoad) ? c.worstAtLoad.toFixed(3) : 'n/a',
    typeof c.worstTotal === 'number' ? c.worstTotal.toFixed(3) : 'n/a',
    worst?.error ? worst.error : `${worst?.rendered}/${worst?.widgets}`,
    (worst?.shifts ?? [])
      .slice(0, 3)
      .map((s) => `${s.value}@${s.t}ms ${s.sources.join(',')}`)
      .join('; '),
  ];
}

/** The worst CLS of `cases` (Infinity when a case has none), as the budgets judge it. */
export const worstCls = (cases) => Math.max(...cases.map((c) => c.worstTotal ?? Infinity));
