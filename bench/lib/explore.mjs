// What exploring a chart costs a reader: from the input event to the first frame
// after the tooltip changed, for the keys (the explorer) and for the mouse
// (Chart.js's own hover, the baseline), on the same chart in the same page.
import { firstLine } from './report.mjs';
import { median } from './stats.mjs';

/**
 * In the page: arms `window.__nwExplored`, a promise of the time from the next `type` event (its timeStamp, when
 * the browser received it) to the first animation frame after the chart's tooltip changed (for a key, the tooltip
 * or the focus mark: a move between panels of one category keeps the tooltip); null when nothing changed within
 * 2 s (a key past an end goes nowhere).
 */
function armInPage(type) {
  const root = document.querySelector('nw-chart').shadowRoot;
  const watched = type === 'keydown' ? root.querySelectorAll('.tip, .mark') : [root.querySelector('.tip')];
  window.__nwExplored = new Promise((resolve) => {
    let start;
    addEventListener(type, (event) => (start ??= event.timeStamp), { capture: true, once: true });
    const watcher = new MutationObserver(() => {
      if (start === undefined) return;
      watcher.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - start));
    });
    for (const node of watched) watcher.observe(node, { subtree: true, childList: true, characterData: true, attributes: true });
    setTimeout(() => {
      watcher.disconnect();
      resolve(null);
    }, 2_000);
  });
}

/** Arms the page for `type`, does `act`, and gives the time `armInPage` measured. */
async function timed(page, type, act) {
  await page.evaluate(armInPage, type);
  await act();
  return page.evaluate(() => window.__nwExplored);
}

/** The middle of the focus mark: the point the keys are on, in the viewport. */
function markInPage() {
  const box = document.querySelector('nw-chart').shadowRoot.querySelector('.mark').getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** One cold page: the first focus, the first key, `keys` in turn, then the mouse onto the chart. */
async function explorePage(page, url, keys) {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench && window.__bench.frame !== null, null, { timeout: 30_000, polling: 50 });
  const canvas = page.locator('nw-chart canvas');
  // The first focus loads the explorer (a chunk of its own): until its focus mark is in the shadow root.
  const focusStart = await page.evaluate(() => performance.now());
  await canvas.focus();
  await page.waitForFunction(() => document.querySelector('nw-chart').shadowRoot.querySelector('.mark'), null, {
    polling: 'raf',
  });
  const focus = (await page.evaluate(() => performance.now())) - focusStart;
  const times = [];
  for (const key of keys) {
    times.push(await timed(page, 'keydown', () => page.keyboard.press(key)));
  }
  // The mouse: away from the chart, then onto the first point, where the keys left the mark.
  await page.keyboard.press('Home');
  const where = await page.evaluate(markInPage);
  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  await page.waitForTimeout(50);
  const mouse = await timed(page, 'pointermove', () => page.mouse.move(where.x, where.y));
  return { focus, firstKey: times[0], keys: times.slice(1), mouse };
}

/**
 * `runs` cold loads of each of `pages` ([{ name, url, keys }], `keys` starting with ArrowRight): per page, the
 * medians of the first focus (the explorer loading), the first key, the following keys, and a mouse move onto the
 * chart's first point.
 */
export async function exploreBench(bench, origin, pages, runs, log) {
  const results = {};
  for (const { name, url, keys } of pages) {
    const samples = { focus: [], firstKey: [], keys: [], mouse: [] };
    for (let run = 0; run < runs; run++) {
      try {
        const result = await bench.withPage((page) => explorePage(page, origin + url, keys), { reducedMotion: 'reduce' });
        samples.focus.push(result.focus);
        samples.firstKey.push(result.firstKey);
        samples.keys.push(...result.keys.filter((time) => time !== null));
        samples.mouse.push(result.mouse);
      } catch (error) {
        log?.(`  ${name}: ${firstLine(error)}`);
      }
    }
    results[name] = Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, median(values)]));
    results[name].keyMax = samples.keys.length ? Math.max(...samples.keys) : null;
    log?.(`  ${name}: done`);
  }
  return results;
}
