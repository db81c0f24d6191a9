// Leaks of nw-chart, measured in the browser: Chart.js instances, elements,
// canvases and heap left after hundreds of connect/disconnect cycles.
import { heapAfterGc, liveObjects, sleep } from './browser.mjs';

/**
 * Connects and disconnects nw-chart `cycles` times, waiting for each draw,
 * then as fast as frames allow; counts Chart.js instances left and the heap.
 * Reduced motion, so a cycle waits for drawing, not for an animation.
 */
export async function leaks(bench, origin, cycles) {
  return bench.withPage(
    async (page) => {
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
            const Chart = Object.values(chartModule).find(
              (value) => typeof value === 'function' && value.instances && typeof value.register === 'function',
            );
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
          element.addEventListener('nw-error', (event) => resolve(`error: ${event.detail?.code} ${event.detail?.message}`), {
            once: true,
          });
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
    },
    { reducedMotion: 'reduce' },
  );
}
