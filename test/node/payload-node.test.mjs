// `newsroom-widgets/payload` in plain Node, with no DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parsePayload, embedSnippet, loadPayload, configureLoading } from '../../lib/payload/index.js';
import { jsonForScript } from '../../lib/payload/embed-snippet.js';
import { createServer } from 'node:http';

const story = readFileSync(new URL('../../demo/data/kazakhstan-unrest-2022.json', import.meta.url), 'utf8');

test('runs without a DOM', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
});

test('parsePayload accepts the story and rejects a bad one with paths', () => {
  assert.equal(parsePayload(story).ok, true);
  const result = parsePayload({ version: 1, figures: [{ id: 'a', label: 'x', value: 'lots' }] });
  assert.equal(result.ok, false);
  assert.deepEqual(
    result.problems.map((p) => p.path),
    ['figures[0].value'],
  );
});

test('embedSnippet works in Node', () => {
  const snippet = embedSnippet(JSON.parse(story));
  assert.match(snippet, /<nw-embed>/);
});

test('loadPayload fetches over HTTP in Node, with errors mapped to codes', async () => {
  const server = createServer((request, response) => {
    if (request.url === '/ok.json') response.writeHead(200, { 'content-type': 'application/json' }).end(story);
    else if (request.url === '/page') response.writeHead(200, { 'content-type': 'text/html' }).end('<p>hi</p>');
    else response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    configureLoading({ timeoutMs: 5000 });
    const payload = await loadPayload(`${base}/ok.json`);
    assert.equal(payload.figures[0].value, 5000);
    await assert.rejects(loadPayload(`${base}/missing.json`), (error) => error.code === 'http-error' && error.status === 404);
    await assert.rejects(loadPayload(`${base}/page`), (error) => error.code === 'wrong-content-type');
  } finally {
    server.close();
  }
});

test('jsonForScript escapes what HTML cannot carry in a script: <, >, &, line separators, DEL and C1 controls', () => {
  const value = { text: '</script><b>&\u2028\u2029\u007f\u0085\u009f', plain: 'Тоқаев' };
  const json = jsonForScript(value);
  assert.doesNotMatch(json, /[<>&\u2028\u2029\u007f-\u009f]/);
  assert.match(json, /Тоқаев/);
  assert.deepEqual(JSON.parse(json), value);
});
