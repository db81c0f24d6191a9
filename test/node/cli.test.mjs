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

test('embed --sanitizer-safe prints the plain-markup form: no script, data-src, the figures as its fallback', () => {
  const run = cli('embed', '--sanitizer-safe', '--src', '/data/kz.json?v=1&x="2"', 'demo/data/kazakhstan-unrest-2022.json');
  assert.equal(run.status, 0, run.stderr);
  assert.doesNotMatch(run.stdout, /<script|<nw-|<link/);
  assert.match(run.stdout, /^<div data-nw="embed" data-src="\/data\/kz\.json\?v=1&amp;x=&quot;2&quot;">\n/);
  for (const line of [
    '<p><strong>Kazakhstan unrest, January 2022</strong></p>',
    '<li>More than 5,000 people detained in the unrest (Sputnik)</li>',
    '<li>More than $200M in estimated damage (Sputnik)</li>',
    '<li>State of emergency in force until January 19, 2022 (Sputnik)</li>',
  ])
    assert.ok(run.stdout.includes(line), `${line} in\n${run.stdout}`);
  const plain = cli('embed', '--sanitizer-safe', 'demo/data/kazakhstan-unrest-2022.json');
  assert.equal(plain.status, 0);
  assert.match(plain.stdout, /data-src="kazakhstan-unrest-2022\.json"/);
  assert.match(plain.stderr, /serve demo\/data\/kazakhstan-unrest-2022\.json at kazakhstan-unrest-2022\.json/);
  // Text from the payload is escaped: the XSS fixture's title stays text.
  const hostile = cli('embed', '--sanitizer-safe', '--src', 'x.json', 'test/fixtures/xss-script-end.json');
  assert.equal(hostile.status, 0, hostile.stderr);
  assert.doesNotMatch(hostile.stdout, /<script|<\/script/i);
  assert.equal(cli('embed', '--sanitizer-safe', '--prerender', 'demo/data/kazakhstan-unrest-2022.json').status, 2, 'not both');
  assert.equal(
    cli('embed', '--src', 'x.json', 'demo/data/kazakhstan-unrest-2022.json').status,
    2,
    '--src only with --sanitizer-safe',
  );
});
