// Test endpoints served by the test runner under /__nw/: every way a payload
// request can go wrong, and a log of what the browser sent.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';

const story = readFileSync(new URL('../../demo/data/kazakhstan-unrest-2022.json', import.meta.url), 'utf8');
const requests = [];
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Content-Security-Policy headers of the fixture pages in test/pages/csp*.html.
const STRICT_CSP = "script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
const PAGE_POLICIES = {
  '/test/pages/csp.html': STRICT_CSP,
  '/test/pages/csp-lit.html': STRICT_CSP,
  '/test/pages/csp-default-none.html':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
  '/test/pages/csp-connect-none.html': `${STRICT_CSP}; connect-src 'none'`,
};

// The widgets every fixture page with <!-- nw:widgets --> holds, fed by the story payload inline
// (escaped as the CLI's embed snippet escapes it) and over src.
const storyScript = `<script type="application/json" id="story">\n${story.trim().replace(/</g, '\\u003c')}\n    </script>`;
const widgetsFragment = readFileSync(new URL('../pages/widgets.fragment.html', import.meta.url), 'utf8').replace(
  '<!-- nw:story -->',
  () => storyScript,
);

// The views rendered on Node with Lit's SSR, from lib/: one child process per test run (the SSR DOM shim stays out of the runner).
let nodeViews;
const renderViewsOnNode = () =>
  (nodeViews ??= new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [new URL('./render-views.mjs', import.meta.url).pathname],
      { maxBuffer: 64 << 20 },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)),
    ),
  ));

// Bodies posted to /__nw/store, served back by /__nw/stored?id=N.
const stored = [];

// Live payloads, by ?key=: what GET /__nw/live answers (set by POST), and a log of the requests.
const live = new Map();
const liveState = (key) => {
  if (!live.has(key)) live.set(key, { body: story, status: 200, etag: null, lastModified: null, log: [] });
  return live.get(key);
};

/** Koa middleware for @web/test-runner. */
export async function testEndpoints(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (/^\/test\/pages\/[\w-]+\.html$/.test(url.pathname)) {
    // Fixture pages: the shared set of widgets goes where a page says <!-- nw:widgets -->, the
    // story payload where it says <!-- nw:story -->,
    // and the csp*.html pages get their Content-Security-Policy header.
    const page = await readFile(new URL(`../..${url.pathname}`, import.meta.url), 'utf8').catch(() => undefined);
    if (page === undefined) return next();
    ctx.type = 'text/html; charset=utf-8';
    ctx.set('Cache-Control', 'no-store');
    if (PAGE_POLICIES[url.pathname]) ctx.set('Content-Security-Policy', PAGE_POLICIES[url.pathname]);
    ctx.body = page.replace('<!-- nw:widgets -->', () => widgetsFragment).replace('<!-- nw:story -->', () => storyScript);
    return;
  }
  if (!url.pathname.startsWith('/__nw/')) return next();
  const route = url.pathname.slice('/__nw/'.length);
  if (route.startsWith('copy/')) {
    // A second copy of dist/ at other URLs, so a page can load two separate instances of the library.
    const file = route.slice('copy/'.length);
    if (!/^[\w-]+(?:[./][\w-]+)*\.(?:js|css)$/.test(file)) {
      ctx.status = 404;
      return;
    }
    const body = await readFile(new URL(`../../dist/${file}`, import.meta.url)).catch(() => undefined);
    if (!body) {
      ctx.status = 404;
      return;
    }
    ctx.type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
    ctx.body = body;
    return;
  }
  const param = (name, fallback) => url.searchParams.get(name) ?? fallback;
  if (route !== 'requests')
    requests.push({ route, search: url.search, cookie: ctx.get('cookie') || null, accept: ctx.get('accept') });
  switch (route) {
    case 'node-views':
      ctx.type = 'application/json';
      ctx.body = await renderViewsOnNode().catch((error) => JSON.stringify({ error: error.message }));
      return;
    case 'story.json':
      await delay(Number(param('delay', '0')));
      ctx.type = 'application/json';
      ctx.body = story;
      return;
    case 'status':
      ctx.status = Number(param('code', '500'));
      ctx.type = 'application/json';
      ctx.body = '{"error":true}';
      return;
    case 'hang':
      // Answers only after a long wait; clients give up first.
      await delay(Number(param('ms', '20000')));
      ctx.type = 'application/json';
      ctx.body = story;
      return;
    case 'html':
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = '<!doctype html><title>Not found</title><p>Page not found</p>';
      return;
    case 'truncated':
      ctx.type = 'application/json';
      ctx.body = story.slice(0, Math.floor(story.length / 2));
      return;
    case 'bom':
      ctx.type = 'application/json';
      ctx.body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(story)]);
      return;
    case 'big': {
      // Streamed without Content-Length, so the size cap must count while reading.
      const total = Number(param('bytes', String(5 * 1024 * 1024)));
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const { Readable } = await import('node:stream');
      ctx.type = 'application/json';
      ctx.body = Readable.from(
        (async function* () {
          yield Buffer.from('{"version":1,"notes":["');
          while (sent < total) {
            sent += chunk.length;
            yield chunk;
          }
          yield Buffer.from('"]}');
        })(),
      );
      return;
    }
    case 'store': {
      // POST a body; answers { url } where it is served from.
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      stored.push(Buffer.concat(chunks));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ url: `/__nw/stored?id=${stored.length - 1}` });
      return;
    }
    case 'stored': {
      // A stored body, after ?delay=ms, as ?type= (default application/json).
      const body = stored[Number(param('id', '-1'))];
      await delay(Number(param('delay', '0')));
      if (!body) {
        ctx.status = 404;
        return;
      }
      ctx.type = param('type', 'application/json');
      ctx.body = body;
      return;
    }
    case 'deep': {
      // Arrays nested ?depth= deep, as the whole body (at=root) or as the value of "notes".
      const depth = Number(param('depth', '100000'));
      const nested = '['.repeat(depth) + ']'.repeat(depth);
      ctx.type = 'application/json';
      ctx.body = param('at', 'notes') === 'root' ? nested : `{"version":1,"notes":${nested}}`;
      return;
    }
    case 'live': {
      // POST { body?, status?, etag?, lastModified? } sets what GET answers: `status` other than 200 is
      // sent as such; with an ETag or Last-Modified a matching conditional request gets a 304.
      // Cross-origin callers get CORS headers (no custom request headers allowed, so a preflight fails).
      // GET ?log lists the requests: method, If-None-Match, If-Modified-Since, the status sent.
      const state = liveState(param('key', ''));
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.set('Access-Control-Expose-Headers', 'ETag');
      if (ctx.method === 'POST') {
        const chunks = [];
        for await (const chunk of ctx.req) chunks.push(chunk);
        const next = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        if ('body' in next) state.body = typeof next.body === 'string' ? next.body : JSON.stringify(next.body);
        for (const field of ['status', 'etag', 'lastModified']) if (field in next) state[field] = next[field];
        ctx.body = '{}';
        return;
      }
      if (url.searchParams.has('log')) {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(state.log);
        return;
      }
      const entry = {
        method: ctx.method,
        ifNoneMatch: ctx.get('if-none-match') || null,
        ifModifiedSince: ctx.get('if-modified-since') || null,
        status: 0,
      };
      state.log.push(entry);
      if (ctx.method === 'OPTIONS') {
        entry.status = ctx.status = 204;
        return;
      }
      if (state.status !== 200) {
        entry.status = ctx.status = state.status;
        ctx.type = 'application/json';
        ctx.body = '{"error":true}';
        return;
      }
      ctx.set('Cache-Control', 'no-cache');
      if (state.etag) ctx.set('ETag', state.etag);
      if (state.lastModified) ctx.set('Last-Modified', state.lastModified);
      const fresh =
        (state.etag && entry.ifNoneMatch === state.etag) ||
        (!entry.ifNoneMatch && state.lastModified && entry.ifModifiedSince === state.lastModified);
      if (fresh) {
        entry.status = ctx.status = 304;
        return;
      }
      entry.status = 200;
      ctx.type = 'application/json';
      ctx.body = state.body;
      return;
    }
    case 'requests':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(requests);
      return;
    default:
      ctx.status = 404;
  }
}
