// The demo server (`npm start`) sends the headers the README asks of a server
// that hosts dist/: compression, a year's caching of hashed chunks, and
// revalidation (ETag, 304) of everything else.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { readFile } from 'node:fs/promises';
import { get as httpGet } from 'node:http';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { createDemoServer, IMMUTABLE, REVALIDATE } from '../../scripts/serve.mjs';

let server;
let base;
before(async () => {
  server = createDemoServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const chunk = readdirSync(new URL('../../dist/chunks/', import.meta.url)).find((name) => name.startsWith('live-'));
const get = (path, headers = {}) => fetch(`${base}${path}`, { headers });
/** The response and its bytes as sent (fetch would decompress them). */
const rawGet = (path, headers) =>
  new Promise((resolve, reject) => {
    httpGet(`${base}${path}`, { headers }, async (response) => {
      const parts = [];
      for await (const part of response) parts.push(part);
      resolve({ headers: response.headers, body: Buffer.concat(parts) });
    }).on('error', reject);
  });

test('the entry file is sent compressed, with Brotli when the browser takes it and gzip otherwise', async () => {
  const original = await readFile(new URL('../../dist/newsroom-widgets.js', import.meta.url));
  for (const [accept, encoding, decode] of [
    ['gzip, deflate, br', 'br', brotliDecompressSync],
    ['gzip', 'gzip', gunzipSync],
  ]) {
    const response = await rawGet('/dist/newsroom-widgets.js', { 'accept-encoding': accept });
    const { body } = response;
    assert.equal(response.headers['content-encoding'], encoding, accept);
    assert.equal(response.headers.vary, 'Accept-Encoding');
    assert.ok(body.length < original.length / 2, `${encoding}: ${body.length} bytes of ${original.length}`);
    assert.deepEqual(decode(body), original, `${encoding} decodes to the file`);
  }
});

test('hashed chunks are cached for a year; entry files, pages and data are revalidated', async () => {
  assert.ok(chunk, 'dist/chunks has the live chunk (run npm run build)');
  assert.equal((await get(`/dist/chunks/${chunk}`)).headers.get('cache-control'), IMMUTABLE);
  for (const path of [
    '/dist/newsroom-widgets.js',
    '/dist/newsroom-widgets.chart.js',
    '/demo/index.html',
    '/demo/data/kazakhstan-unrest-2022.json',
  ]) {
    const response = await get(path);
    assert.equal(response.status, 200, path);
    assert.equal(response.headers.get('cache-control'), REVALIDATE, path);
    assert.notEqual(response.headers.get('cache-control'), 'no-store', `${path} leaves the back/forward cache usable`);
  }
});

test('an unchanged file is answered 304 to its ETag', async () => {
  const first = await get('/demo/index.html');
  const etag = first.headers.get('etag');
  assert.match(etag ?? '', /^W\/"/);
  assert.ok(first.headers.get('last-modified'));
  const again = await get('/demo/index.html', { 'if-none-match': etag });
  assert.equal(again.status, 304);
  assert.equal((await again.text()).length, 0);
  const other = await get('/demo/index.html', { 'if-none-match': 'W/"other"' });
  assert.equal(other.status, 200);
});

test('files of 1 KB or less are sent as they are', async () => {
  const loader = await rawGet('/dist/newsroom-widgets.classic.js', { 'accept-encoding': 'gzip, br' });
  assert.ok(loader.body.length <= 1024, `the classic loader is ${loader.body.length} bytes`);
  assert.equal(loader.headers['content-encoding'], undefined);
  const payload = await rawGet('/demo/data/kazakhstan-unrest-2022.json', { 'accept-encoding': 'gzip, br' });
  assert.equal(payload.headers['content-encoding'], 'br', 'the payload is larger: compressed');
});
