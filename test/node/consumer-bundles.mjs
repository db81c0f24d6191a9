// Helpers for package.test.mjs: build a consumer's app from the installed
// tarball with the bundlers newsrooms use, run it in Node or open it in
// Chromium, and read back the `result` the app reports.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import * as esbuild from 'esbuild';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';

/**
 * How each bundler is set up. `esbuild`: one file in esbuild's default format for
 * the platform (CommonJS for Node, an IIFE for the browser); `esbuild-split`:
 * ES modules with code splitting; `rollup`: the way Vite builds (node-resolve with
 * the platform's export conditions, tree-shaking that honours `sideEffects`, chunks).
 */
export const BUNDLERS = ['esbuild', 'esbuild-split', 'rollup'];

/**
 * Bundles `source` (the app) into `<dir>/<name>/` for `platform` ('node' or 'browser').
 * Returns the output's entry file name and whether it is an ES module.
 */
export async function bundleApp({ dir, name, source, bundler, platform }) {
  const out = join(dir, name);
  mkdirSync(out, { recursive: true });
  const input = join(out, 'app.src.js');
  writeFileSync(input, source);
  if (bundler === 'esbuild') {
    const entry = platform === 'node' ? 'app.cjs' : 'app.js';
    await esbuild.build({ entryPoints: [input], bundle: true, platform, outfile: join(out, entry), logLevel: 'silent' });
    return { out, entry, module: false };
  }
  if (bundler === 'esbuild-split') {
    await esbuild.build({
      entryPoints: { app: input },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform,
      outdir: out,
      logLevel: 'silent',
    });
    return { out, entry: 'app.js', module: true };
  }
  const browser = platform === 'browser';
  const bundle = await rollup({
    input: { app: input },
    plugins: [nodeResolve({ rootDir: dir, browser, exportConditions: [browser ? 'browser' : 'node'] })],
    logLevel: 'silent',
  });
  await bundle.write({ dir: out, format: 'es' });
  await bundle.close();
  return { out, entry: 'app.js', module: true };
}

/** Runs a Node bundle; the app prints its result as JSON. */
export function runInNode({ out, entry }) {
  const run = spawnSync(process.execPath, [join(out, entry)], { cwd: out, encoding: 'utf8', timeout: 20_000 });
  if (run.status !== 0) throw new Error(`the bundle exited with ${run.status}: ${run.stderr.trim().split('\n')[0]}`);
  return JSON.parse(run.stdout);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.cjs': 'text/javascript', '.json': 'application/json' };

/** Serves `dir` over HTTP on a free local port (ES module chunks do not load from file: URLs). */
export async function serve(dir) {
  const server = createServer((request, response) => {
    let path;
    let body;
    try {
      path = normalize(join(dir, decodeURIComponent(request.url.split('?')[0])));
      if (!path.startsWith(dir)) throw new Error('outside the project');
      body = readFileSync(path);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * Opens a browser bundle in a fresh page of `browser` and waits for the app's
 * `window.result`; an uncaught error on the page fails at once with its message.
 */
export async function runInBrowser(browser, origin, dir, { out, entry, module }) {
  const base = out.slice(dir.length).replaceAll('\\', '/');
  writeFileSync(
    join(out, 'index.html'),
    `<!doctype html><html><body><script ${module ? 'type="module"' : 'defer'} src="./${entry}"></script></body></html>`,
  );
  const page = await browser.newPage();
  try {
    const failed = new Promise((_, reject) => page.on('pageerror', (error) => reject(new Error(`page error: ${error.message}`))));
    await page.goto(`${origin}${base}/index.html`);
    await Promise.race([page.waitForFunction(() => 'result' in window, null, { timeout: 15_000 }), failed]);
    return await page.evaluate(() => window.result);
  } finally {
    await page.close();
  }
}
