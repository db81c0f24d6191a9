// Builds the baselines from node_modules with rollup, at bench time, into a
// temporary folder (kept between runs while nothing they depend on changes):
// - chartjs-floor.js: Chart.js with the same parts registered that the
//   library's chart code imports, drawing the chart by hand;
// - vega-peer.js: vega-embed + Vega-Lite drawing the same data.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleVirtual } from './sizes.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** The Chart.js names our chart code imports that `Chart.register` takes (controllers, elements, scales, plugins). */
async function registerables(chartImports) {
  const names = [...(chartImports.get('chart.js') ?? [])].filter((name) => name !== 'Chart' && name !== '*');
  const chartjs = await import('chart.js');
  return names.filter((name) => {
    const value = chartjs[name];
    return value && (typeof value === 'function' || typeof value === 'object') && typeof value.id === 'string';
  });
}

async function floorEntry(chartImports) {
  const floor = JSON.stringify(here('../baselines/chartjs-floor.mjs'));
  if (chartImports.has('chart.js/auto') || chartImports.get('chart.js')?.has('*')) {
    return `import Chart from 'chart.js/auto';\nimport { main } from ${floor};\nmain(Chart);\n`;
  }
  const parts = await registerables(chartImports);
  return `import { Chart${parts.map((name) => `, ${name}`).join('')} } from 'chart.js';
Chart.register(${parts.join(', ')});
import { main } from ${floor};
main(Chart);
`;
}

/**
 * Builds (or reuses) the baselines.
 * @param {Map<string, Set<string>>} chartImports what the library's chart code imports, per package
 * @returns {Promise<{ dir: string, registered: string[], built: boolean, ms: number }>}
 */
export async function buildBaselines(chartImports, { root, fresh = false } = {}) {
  const started = Date.now();
  const floor = await floorEntry(chartImports);
  const vega = `import { main } from ${JSON.stringify(here('../baselines/vega-peer.mjs'))};\nmain();\n`;
  const hash = createHash('sha256');
  hash.update(floor).update(vega);
  for (const file of ['../baselines/chartjs-floor.mjs', '../baselines/vega-peer.mjs', './sizes.mjs'])
    hash.update(await readFile(here(file)));
  hash.update(await readFile(join(root, 'package-lock.json')).catch(() => ''));
  const dir = join(tmpdir(), 'newsroom-widgets-bench', hash.digest('hex').slice(0, 16));
  const done = join(dir, '.complete');
  if (!fresh && (await stat(done).catch(() => undefined))) {
    return { dir, registered: await registerables(chartImports), built: false, ms: Date.now() - started };
  }
  // Older builds (other versions of the inputs) go.
  const parent = join(tmpdir(), 'newsroom-widgets-bench');
  for (const entry of await readdir(parent).catch(() => [])) {
    if (/^[0-9a-f]{16}$/.test(entry)) await rm(join(parent, entry), { recursive: true, force: true });
  }
  await mkdir(dir, { recursive: true });
  const resolveFrom = join(root, '__bench_entry__.js');
  await writeFile(join(dir, 'chartjs-floor.js'), await bundleVirtual(floor, { resolveFrom }));
  await writeFile(join(dir, 'vega-peer.js'), await bundleVirtual(vega, { resolveFrom }));
  await writeFile(done, new Date().toISOString());
  return { dir, registered: await registerables(chartImports), built: true, ms: Date.now() - started };
}
