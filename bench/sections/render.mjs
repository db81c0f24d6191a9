// render: the static targets (`node lib/cli.js …`) on Node, whole processes
// and then render() called again in one process. No browser.
import { renderBench } from '../lib/render.mjs';
import { divide, firstLine, kb, ms, ratio } from '../lib/report.mjs';

/** Fills `results.render` and adds its two tables; a failure is recorded as `results.render.error`. */
export async function run({ root, runs, log, results, tables }) {
  log(`render: the story in each target, ${runs} runs of each process`);
  try {
    results.render = await renderBench({ root, runs });
    const { processes, inProcess, outputs } = results.render;
    const baseline = processes[0].median;
    tables.push({
      title: 'Time to render the story in each target (whole process, median)',
      headers: ['what', 'median', 'over the baseline', 'vs baseline'],
      rows: [
        ...processes.map((p, i) => [
          p.name,
          ms(p.median),
          i ? ms(p.median - baseline) : '',
          i ? ratio(divide(p.median, baseline)) : '',
        ]),
        ...inProcess.map((p) => [p.name, `${p.median.toFixed(1)} ms`, '', '']),
      ],
      note: `Each row is \`node lib/cli.js …\` on demo/data/kazakhstan-unrest-2022.json, run ${runs} times interleaved with the others; the baseline is \`validate\` on the same file, so "over the baseline" is what rendering adds (loading lib/server, Lit, Chart.js and @napi-rs/canvas, drawing, writing). The warm rows are render() called again in one process: the rendering alone.`,
    });
    tables.push({
      title: 'What each target writes for the story',
      headers: ['target', 'files', 'HTML/JSON', 'gzip', 'main file', 'PNG pictures'],
      rows: outputs.map((o) => [
        o.name,
        o.files,
        kb(o.textRaw),
        kb(o.textGzip),
        o.main ? `${o.main.name}: ${kb(o.main.raw)} (${kb(o.main.gzip)} gzip)` : '',
        kb(o.pictures),
      ]),
      note: 'Static: index.html and a page per widget (each page holds its widget again, so the folder totals count each widget twice); the PNG is the chart at 2×. Apple News: article.json and a components file per widget, and the PNG.',
    });
  } catch (error) {
    results.render.error = firstLine(error);
    log(`render: ${results.render.error}`);
  }
}
