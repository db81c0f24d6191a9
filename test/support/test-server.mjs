// Test endpoints served by the test runner under /__nw/: every way a payload
// request can go wrong, and a log of what the browser sent.
import { readFileSync } from 'node:fs';

const story = readFileSync(new URL('../../demo/data/kazakhstan-unrest-2022.json', import.meta.url), 'utf8');
const requests = [];
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Koa middleware for @web/test-runner. */
export async function testEndpoints(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/__nw/')) return next();
  const route = url.pathname.slice('/__nw/'.length);
  const param = (name, fallback) => url.searchParams.get(name) ?? fallback;
  if (route !== 'requests') requests.push({ route, search: url.search, cookie: ctx.get('cookie') || null, accept: ctx.get('accept') });
  switch (route) {
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
    case 'requests':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(requests);
      return;
    default:
      ctx.status = 404;
  }
}
