// lighthouse: Lighthouse on every page of demo/, served as `npm start` serves
// them (scripts/serve.mjs: compressed, with its cache headers). Lighthouse
// launches its own Chromium, so this runs after the shared browser has closed.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { firstLine, ms } from '../lib/report.mjs';

/**
 * Lighthouse (mobile: the median of 3 runs by performance score; desktop: one
 * run) on every page of demo/, served by scripts/serve.mjs on a free port.
 * Fills `results.lighthouse` (or its error) and adds its table.
 */
export async function run({ root, log, results, tables, executablePath }) {
  const mobileRuns = 3;
  results.lighthouse.mobileRuns = mobileRuns;
  let lighthouse;
  try {
    lighthouse = await import('../lib/lighthouse.mjs');
  } catch (error) {
    results.lighthouse.error = `Lighthouse could not load (npm ci installs it): ${firstLine(error)}`;
    log(results.lighthouse.error);
    return;
  }
  const { createDemoServer } = await import('../../scripts/serve.mjs');
  const demoServer = createDemoServer();
  await new Promise((resolve) => demoServer.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${demoServer.address().port}/demo/`;
  const files = (await readdir(join(root, 'demo')))
    .filter((file) => file.endsWith('.html'))
    .sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : a.localeCompare(b)));
  results.lighthouse.pages = {};
  try {
    for (const file of files) {
      log(`lighthouse: ${file}, ${mobileRuns} mobile runs and 1 desktop`);
      const page = { runs: [] };
      try {
        for (let run = 0; run < mobileRuns; run++)
          page.runs.push(await lighthouse.lighthouseRun(executablePath, base + file, 'mobile'));
        page.mobile = lighthouse.medianRun(page.runs);
        page.desktop = await lighthouse.lighthouseRun(executablePath, base + file, 'desktop');
        for (const run of [...page.runs, page.desktop]) run.page = file;
      } catch (error) {
        page.error = firstLine(error);
        log(`lighthouse: ${file}: ${page.error}`);
      }
      results.lighthouse.pages[file] = page;
    }
  } finally {
    demoServer.closeAllConnections();
    demoServer.close();
  }
  const scores = (run) => (run ? lighthouse.CATEGORIES.map((id) => run.scores[id]).join(' / ') : 'n/a');
  const failing = (page) =>
    page.error ??
    [
      ...new Set([
        ...(page.mobile?.failing ?? []).map((audit) => `mobile: ${audit}`),
        ...(page.desktop?.failing ?? []).map((audit) => `desktop: ${audit}`),
      ]),
    ].join('; ');
  tables.push({
    title: `Lighthouse ${lighthouse.VERSION} on the demo pages (performance / accessibility / best practices / SEO; mobile: median of ${mobileRuns})`,
    headers: ['page', 'mobile', 'mobile TBT', 'mobile longest task', 'mobile CLS', 'desktop', 'desktop CLS', 'failing audits'],
    rows: Object.entries(results.lighthouse.pages).map(([file, page]) => [
      file,
      scores(page.mobile),
      `${ms(page.mobile?.tbt)} (${page.runs.map((run) => ms(run.tbt)).join(', ')})`,
      ms(page.mobile?.longestTask),
      page.mobile?.cls?.toFixed(3) ?? 'n/a',
      scores(page.desktop),
      page.desktop?.cls?.toFixed(3) ?? 'n/a',
      failing(page) || 'none',
    ]),
    note: "Served by scripts/serve.mjs (as `npm start`: Brotli, hashed chunks cached for a year, the rest revalidated). Mobile is Lighthouse's default (simulated slow 4G, 4× CPU slowdown, 412×823); desktop its desktop preset. A score's audits that did not pass are listed, performance metrics among them.",
  });
}
