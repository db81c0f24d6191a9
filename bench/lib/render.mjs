// The bench's render section: `newsroom-widgets render` on the story, in each
// target, timed as whole processes (node lib/cli.js …, interleaved, median of
// the runs) against a baseline process measured in the same run (`validate`
// on the same file: Node starting, the CLI loading, the payload read and
// checked), then render() itself in one process; and what each target writes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { median } from './stats.mjs';

const STORY = 'demo/data/kazakhstan-unrest-2022.json';

/** Times, sizes and files of `render` on the story; `runs` of each process. */
export async function renderBench({ root, runs }) {
  const work = mkdtempSync(join(tmpdir(), 'nw-bench-render-'));
  try {
    const variants = [
      { name: 'baseline: validate (node start, CLI, payload read and checked)', args: ['validate', STORY] },
      { name: 'render --target static', target: 'static', args: ['render', STORY, '--target', 'static'] },
      {
        name: 'render --target static --no-pictures',
        target: 'static',
        args: ['render', STORY, '--target', 'static', '--no-pictures'],
      },
      { name: 'render --target apple-news', target: 'apple-news', args: ['render', STORY, '--target', 'apple-news'] },
      { name: 'prerender of the embed snippet (for scale)', args: ['embed', STORY, '--prerender'] },
    ];
    const times = variants.map(() => []);
    for (let run = 0; run < runs; run += 1) {
      variants.forEach((variant, index) => {
        const args = variant.target ? [...variant.args, '--out', join(work, `${index}-${run}`)] : variant.args;
        const start = performance.now();
        const result = spawnSync(process.execPath, ['lib/cli.js', ...args], { cwd: root, encoding: 'utf8' });
        const elapsed = performance.now() - start;
        if (result.status !== 0) throw new Error(`${variant.name} exited ${result.status}: ${result.stderr}`);
        times[index].push(elapsed);
      });
    }
    const processes = variants.map((variant, index) => ({
      name: variant.name,
      median: median(times[index]),
      runs: times[index],
    }));

    // render() in one process, warm: what the work itself takes, without Node's start.
    const { render } = await import(join(root, 'lib/server/index.js'));
    const text = readFileSync(join(root, STORY), 'utf8');
    const inProcess = [];
    for (const target of ['static', 'apple-news']) {
      await render(text, { target });
      const samples = [];
      for (let run = 0; run < Math.max(runs, 5); run += 1) {
        const start = performance.now();
        await render(text, { target });
        samples.push(performance.now() - start);
      }
      inProcess.push({ name: `render() --target ${target}, warm`, median: median(samples) });
    }

    // What each target writes: the first run's folder.
    const outputs = variants.flatMap((variant, index) => {
      if (!variant.target) return [];
      const dir = join(work, `${index}-0`);
      const files = readdirSync(dir).map((name) => {
        const bytes = readFileSync(join(dir, name));
        return { name, raw: statSync(join(dir, name)).size, gzip: gzipSync(bytes, { level: 9 }).length };
      });
      const pictures = files.filter((file) => file.name.endsWith('.png'));
      const texts = files.filter((file) => !file.name.endsWith('.png'));
      const main = files.find((file) => file.name === (variant.target === 'static' ? 'index.html' : 'article.json'));
      return [
        {
          name: variant.name.replace('render ', ''),
          files: files.length,
          textRaw: texts.reduce((sum, file) => sum + file.raw, 0),
          textGzip: texts.reduce((sum, file) => sum + file.gzip, 0),
          main: main && { name: main.name, raw: main.raw, gzip: main.gzip },
          pictures: pictures.reduce((sum, file) => sum + file.raw, 0),
        },
      ];
    });
    return { processes, inProcess, outputs };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
