// `npm start`: serves the repository on http://localhost:8000 so the demo can
// load /dist/ and /demo/data/. Static files only, loopback only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? '127.0.0.1';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

async function resolveFile(pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  let file = join(root, safe);
  if (!file.startsWith(root) || safe.split(sep).includes('node_modules')) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) file = join(file, 'index.html');
  return (await stat(file).catch(() => undefined))?.isFile() ? file : undefined;
}

/** A static server for the repository; `npm start` and the demo tests use it. */
export const createDemoServer = () =>
  createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/') {
      response.writeHead(302, { location: '/demo/' }).end();
      return;
    }
    const file = await resolveFile(pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(await readFile(file));
  });

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  createDemoServer().listen(port, host, () => {
    console.log(`newsroom-widgets demo: http://localhost:${port}/demo/`);
    console.log(`  article (module script)   http://localhost:${port}/demo/index.html`);
    console.log(`  article (classic script)  http://localhost:${port}/demo/classic.html`);
    console.log(`  article (pre-rendered)    http://localhost:${port}/demo/prerendered.html`);
    console.log(`  nw-embed alone            http://localhost:${port}/demo/embed.html`);
    console.log(`  playground                http://localhost:${port}/demo/playground.html`);
    console.log('Press Ctrl+C to stop.');
  });
}
