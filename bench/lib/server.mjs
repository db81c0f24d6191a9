// The bench's own static server: node:http on the loopback interface only,
// serving a fixed set of folders (read-only, GET and HEAD), the bench pages
// built in memory, and an optional delay on JSON answers (a payload that
// arrives late). Bounded: few connections, short timeouts, a size cap per
// file, and it closes itself when left idle.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const MAX_FILE_BYTES = 8 * 1024 * 1024;

/**
 * Starts the server.
 * @param {object} options
 * @param {Record<string, string>} options.mounts URL prefix (e.g. '/dist/') -> folder on disk
 * @param {(pathname: string, search: URLSearchParams) => string | { type: string, body: string } | undefined} [options.pages]
 *   pages built in memory: HTML, or another file type given as { type: '.css', body }
 * @param {number} [options.idleMs] closes itself after this long without a request
 */
export async function startServer({ mounts, pages, idleMs = 120_000 }) {
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir) + sep]);
  /** Delay (ms) applied to every `.json` answer; changed per scenario. */
  let jsonDelayMs = 0;
  let idleTimer;
  const requests = [];

  const server = createServer(async (request, response) => {
    armIdle();
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      requests.push(url.pathname);
      if (requests.length > 10_000) requests.splice(0, 5_000);
      const built = pages?.(url.pathname, url.searchParams);
      if (built !== undefined) {
        const [type, body] = typeof built === 'string' ? ['.html', built] : [built.type, built.body];
        send(response, request, 200, TYPES[type] ?? 'application/octet-stream', Buffer.from(body));
        return;
      }
      const file = await resolveFile(url.pathname);
      if (!file) {
        send(response, request, 404, 'text/plain; charset=utf-8', Buffer.from('Not found'));
        return;
      }
      const body = await readFile(file);
      if (extname(file) === '.json' && jsonDelayMs > 0) await new Promise((done) => setTimeout(done, jsonDelayMs));
      send(response, request, 200, TYPES[extname(file)] ?? 'application/octet-stream', body);
    } catch (error) {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    }
  });
  server.maxConnections = 64;
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 2_000;

  async function resolveFile(pathname) {
    let decoded;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return undefined;
    }
    if (decoded.includes('\0')) return undefined;
    for (const [prefix, root] of roots) {
      if (!decoded.startsWith(prefix)) continue;
      let file = resolve(join(root, decoded.slice(prefix.length)));
      if (!(file + sep).startsWith(root)) return undefined;
      let info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      return info?.isFile() && info.size <= MAX_FILE_BYTES ? file : undefined;
    }
    return undefined;
  }

  function send(response, request, status, type, body) {
    response.writeHead(status, {
      'content-type': type,
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  function armIdle() {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => close(), idleMs);
    idleTimer.unref();
  }

  let closed;
  function close() {
    clearTimeout(idleTimer);
    closed ??= new Promise((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
    return closed;
  }

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  armIdle();
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    /** Delays every `.json` file answer by `ms` from now on. */
    setJsonDelay(ms) {
      jsonDelayMs = ms;
    },
    /** Paths requested so far (most recent last). */
    requests,
    close,
  };
}
