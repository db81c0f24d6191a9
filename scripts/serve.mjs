// `npm start`: serves the repository on http://localhost:8000 so the demo can
// load /dist/ and /demo/data/. Static files only, loopback only. It sends the
// headers the README asks of a server that hosts dist/: text compressed (Brotli
// or gzip), hashed chunks cached for a year, everything else revalidated.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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

/** Types worth compressing: text. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.map']);
/** A file whose name carries a hash of its content (`dist/chunks/live-B2cD3eF4.js`) never changes. */
const HASHED = /\/dist\/chunks\/[\w.-]+-[\w-]{8}\.js$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Entry files, pages and data change when the project is rebuilt: the browser asks each time (and gets a 304). */
export const REVALIDATE = 'no-cache';

/** The Cache-Control a file of the repository is sent with. */
export const cacheControlFor = (pathname) => (HASHED.test(pathname) ? IMMUTABLE : REVALIDATE);

/** Brotli when the browser takes it, else gzip, else none. */
function encodingFor(request) {
  const accepted = String(request.headers['accept-encoding'] ?? '');
  return /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
}

/** Compressed bodies, by file, encoding and modification time: each is made once. */
const compressed = new Map();
function compress(file, mtime, body, encoding) {
  const key = `${encoding} ${mtime} ${file}`;
  let result = compressed.get(key);
  if (!result) {
    result =
      encoding === 'br'
        ? brotliCompressSync(body, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
          })
        : gzipSync(body, { level: 9 });
    compressed.set(key, result);
  }
  return result;
}

/** Sends a file of the repository with its type, validators, cache policy and compression. */
async function sendFile(request, response, file, pathname) {
  const info = await stat(file);
  const etag = `W/"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
  const type = extname(file);
  const headers = {
    'content-type': types[type] ?? 'application/octet-stream',
    'cache-control': cacheControlFor(pathname),
    etag,
    'last-modified': info.mtime.toUTCString(),
  };
  if (COMPRESSIBLE.has(type)) headers.vary = 'Accept-Encoding';
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers).end();
    return;
  }
  let body = await readFile(file);
  const encoding = COMPRESSIBLE.has(type) && body.length > 1024 ? encodingFor(request) : undefined;
  if (encoding) {
    body = compress(file, info.mtimeMs, body, encoding);
    headers['content-encoding'] = encoding;
  }
  headers['content-length'] = body.length;
  response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
}

async function resolveFile(pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  let file = join(root, safe);
  if (!file.startsWith(root) || safe.split(sep).includes('node_modules')) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) file = join(file, 'index.html');
  return (await stat(file).catch(() => undefined))?.isFile() ? file : undefined;
}

/** How often the live demo's generated payload changes. */
export const LIVE_STEP_MS = 20_000;
const liveStart = Date.now();

/**
 * The live demo's payload (demo/live.html): generated numbers, not data, a new
 * version every 20 seconds, with an ETag and Last-Modified so that a refresh
 * that finds nothing new gets a 304.
 */
export function livePayload(now = Date.now()) {
  const step = Math.floor((now - liveStart) / LIVE_STEP_MS);
  const changed = new Date(liveStart + step * LIVE_STEP_MS);
  const valueAt = (n) => 1000 + 25 * n + ((n * 7919) % 40);
  const steps = Array.from({ length: 6 }, (_, i) => step - 5 + i).filter((n) => n >= 0);
  const body = {
    version: 1,
    id: 'live-demo',
    title: 'Live refresh demo (generated numbers)',
    updated: changed.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    figures: [
      {
        id: 'generated-count',
        label: 'generated count (not data)',
        value: valueAt(step),
        qualifier: 'about',
        note: 'Made up by the demo server.',
      },
      { id: 'generated-step', label: 'versions of this file so far', value: step + 1 },
    ],
    charts: [
      {
        id: 'generated-series',
        title: 'The generated count, latest versions',
        description: 'Generated by the demo server: not data.',
        type: 'line',
        x: { type: 'category', label: 'Version' },
        series: [
          { id: 'count', label: 'Generated count', unit: 'units', data: steps.map((n) => ({ x: `v${n + 1}`, y: valueAt(n) })) },
        ],
      },
    ],
    notes: ['Every number in this file is generated by the demo server, which changes them every 20 seconds.'],
  };
  return { body: JSON.stringify(body), etag: `"live-${step}"`, lastModified: changed.toUTCString() };
}

/** A static server for the repository; `npm start` and the demo tests use it. */
export const createDemoServer = () =>
  createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/') {
      response.writeHead(302, { location: '/demo/' }).end();
      return;
    }
    if (pathname === '/demo/data/live.json') {
      const { body, etag, lastModified } = livePayload();
      const headers = { etag, 'last-modified': lastModified, 'cache-control': 'no-cache' };
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304, headers).end();
        return;
      }
      response.writeHead(200, { ...headers, 'content-type': types['.json'] }).end(body);
      return;
    }
    const file = await resolveFile(pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    await sendFile(request, response, file, pathname);
  });

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  createDemoServer().listen(port, host, () => {
    console.log(`newsroom-widgets demo: http://localhost:${port}/demo/`);
    console.log(`  article (module script)   http://localhost:${port}/demo/index.html`);
    console.log(`  article (classic script)  http://localhost:${port}/demo/classic.html`);
    console.log(`  article (pre-rendered)    http://localhost:${port}/demo/prerendered.html`);
    console.log(`  nw-embed alone            http://localhost:${port}/demo/embed.html`);
    console.log(`  playground                http://localhost:${port}/demo/playground.html`);
    console.log(`  live updates              http://localhost:${port}/demo/live.html`);
    console.log(`  chart gallery             http://localhost:${port}/demo/gallery.html  (illustrative data)`);
    console.log('Press Ctrl+C to stop.');
  });
}
