// The CLI, run as a user runs it: `node lib/cli.js` after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = (...args) => spawnSync(process.execPath, ['lib/cli.js', ...args], { cwd: root, encoding: 'utf8' });

test('validate exits 0 for the story payload', () => {
  const run = cli('validate', 'demo/data/kazakhstan-unrest-2022.json', 'test/fixtures/minimal.json');
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /ok {4}demo\/data\/kazakhstan-unrest-2022\.json/);
});

test('validate exits 1 and lists every problem with its path', () => {
  const run = cli('validate', 'test/fixtures/bad-several-problems.json');
  assert.equal(run.status, 1);
  for (const path of ['figures[0].label', 'figures[1].source', 'sources.tass.url', 'quotes[0].date']) {
    assert.ok(run.stdout.includes(`  ${path}: `), `missing ${path} in:\n${run.stdout}`);
  }
  assert.match(run.stdout, /4 problems \(invalid-payload\)/);
});

test('validate reports a file that is not JSON, and goes on to the next file', () => {
  const run = cli('validate', 'test/fixtures/bad-not-json.json', 'test/fixtures/minimal.json', 'test/fixtures/no-such-file.json');
  assert.equal(run.status, 1);
  assert.match(run.stdout, /FAIL {2}test\/fixtures\/bad-not-json\.json: 1 problem \(invalid-json\)/);
  assert.match(run.stdout, /ok {4}test\/fixtures\/minimal\.json/);
  assert.match(run.stdout, /cannot read test\/fixtures\/no-such-file\.json \(ENOENT\)/);
});

test('no command or no file prints the usage and exits 2', () => {
  assert.equal(cli().status, 2);
  assert.equal(cli('validate').status, 2);
  assert.match(cli('frobnicate').stderr, /Usage:/);
  assert.equal(cli('--help').status, 0);
});

test('embed prints a script tag, nw-embed and the inline payload', () => {
  const run = cli('embed', 'demo/data/kazakhstan-unrest-2022.json');
  assert.equal(run.status, 0, run.stderr);
  assert.match(
    run.stdout,
    /^<script type="module" src="([^"]+)newsroom-widgets\.js"><\/script>\n<link rel="modulepreload" href="\1newsroom-widgets\.chart\.js">\n<nw-embed>\n {2}<script type="application\/json">/,
  );
  const json = run.stdout.split('<script type="application/json">')[1].split('</script>')[0];
  assert.equal(JSON.parse(json).figures[0].id, 'detained');
});

test('embed escapes < so </script> inside a string cannot end the tag', () => {
  const run = cli('embed', '--script', 'https://example.org/nw.js', 'test/fixtures/xss-script-end.json');
  assert.equal(run.status, 0, run.stderr);
  assert.equal((run.stdout.match(/<\/script>/g) ?? []).length, 2, 'only the two closing tags the snippet writes');
  assert.ok(!run.stdout.includes('<img'), 'no raw <img in the snippet');
  assert.ok(run.stdout.includes('\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e'));
  assert.ok(run.stdout.includes('src="https://example.org/nw.js"'));
  // The chart file beside the script, preloaded because the payload has a chart.
  assert.ok(run.stdout.includes('<link rel="modulepreload" href="https://example.org/newsroom-widgets.chart.js">'));
  // The escaped JSON still parses back to the same text.
  const json = run.stdout.split('<script type="application/json">')[1].split('</script>')[0];
  assert.equal(JSON.parse(json).quotes[0].text, '</script><img src=x onerror=alert(1)>');
  assert.equal(JSON.parse(json).title, 'Tom & Jerry <b>bold</b> \u2028 line');
});

test('embed preloads the chart file only for a payload with charts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nw-embed-'));
  const story = JSON.parse(readFileSync('demo/data/kazakhstan-unrest-2022.json', 'utf8'));
  delete story.charts;
  writeFileSync(join(dir, 'no-charts.json'), JSON.stringify(story));
  const run = cli('embed', '--script', '/js/nw.js?v=2', join(dir, 'no-charts.json'));
  assert.equal(run.status, 0, run.stderr);
  assert.ok(!run.stdout.includes('modulepreload'), run.stdout.slice(0, 200));
  rmSync(dir, { recursive: true });
});

test('embed refuses an invalid payload with exit 1', () => {
  const run = cli('embed', 'test/fixtures/bad-several-problems.json');
  assert.equal(run.status, 1);
  assert.match(run.stderr, /figures\[0\]\.label/);
});
