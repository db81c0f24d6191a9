// scale: 100 widgets on one page (40 cards, 30 quotes, 30 charts): time until
// those in view are drawn, the longest task and frame, the heap.
import { BUDGETS } from '../budgets.mjs';
import { firstLine, mib, ms } from '../lib/report.mjs';
import { scale } from '../lib/scale.mjs';
import { median } from '../lib/stats.mjs';

/** Fills `results.scale` and adds its table. */
export async function run({ runs, log, results, tables, bench, origin }) {
  const scaleRuns = Math.min(runs, 5);
  log(`100 widgets, ${scaleRuns} runs`);
  const samples = [];
  for (let run = 0; run < scaleRuns; run++) {
    try {
      samples.push(await scale(bench, origin));
    } catch (error) {
      samples.push({ error: firstLine(error) });
    }
  }
  const ok = samples.filter((s) => !s.error);
  const pick = (f) => ok.map(f);
  results.scale = {
    samples,
    inViewMedian: median(pick((s) => s.before.inView)),
    // The budget is judged on the median run, like every timing here; the worst run is shown beside it.
    longestTask: median(pick((s) => s.after.longestTask)),
    longestTaskWorst: ok.length ? Math.max(...pick((s) => s.after.longestTask)) : null,
    longestTasks: pick((s) => s.after.longestTask),
    heapBeforeMedian: median(pick((s) => s.heapBefore)),
    heapAfterMedian: median(pick((s) => s.heapAfter)),
  };
  const first = ok[0];
  // The longest frame of every run, and the scripts that ran in it.
  const worstFrame = ok
    .map((s) => s.after.longestFrame)
    .filter(Boolean)
    .reduce((a, f) => (!a || f.duration > a.duration ? f : a), null);
  results.scale.longestFrame = worstFrame;
  tables.push({
    title: `100 widgets on one page (40 cards, 30 quotes, 30 charts; generated layout, demo data; ${scaleRuns} cold loads, 1280×800)`,
    headers: ['what', 'value'],
    rows: [
      ['time until every in-view widget is drawn (median)', ms(results.scale.inViewMedian)],
      ['widgets in view at load', first ? String(first.before.inViewCount) : 'n/a'],
      ['charts drawn before scrolling', first ? `${first.before.charts} of ${first.after.chartsOnPage}` : 'n/a'],
      ['charts drawn after scrolling to the end', first ? `${first.after.charts} of ${first.after.chartsOnPage}` : 'n/a'],
      ['widgets drawn after scrolling', first ? `${first.after.rendered} of ${first.after.widgets}` : 'n/a'],
      [
        'longest task: median run (worst run; every run)',
        `${ms(results.scale.longestTask)} (${ms(results.scale.longestTaskWorst)}; ${results.scale.longestTasks.map((t) => Math.round(t)).join(', ')} ms)`,
      ],
      ['long tasks (> 50 ms), first run', first ? String(first.after.longTasks) : 'n/a'],
      [
        'longest frame (worst run): what ran in it',
        worstFrame
          ? `${ms(worstFrame.duration)}: ${worstFrame.scripts.map((x) => `${x.invoker} ${ms(x.duration)}`).join(', ') || 'no script (style, layout, paint)'}`
          : 'n/a',
      ],
      [
        'JS heap after load / after scrolling (median, after GC)',
        `${mib(results.scale.heapBeforeMedian)} / ${mib(results.scale.heapAfterMedian)}`,
      ],
      ['errors', first ? String(first.after.errorCount) : samples.map((s) => s.error).join('; ')],
    ],
    note: `Budget: all rendered, no long task > ${BUDGETS.longTaskMs} ms. Loaded with prefers-reduced-motion: reduce (drawing, not animating); charts are drawn as they come near the viewport.`,
  });
}
