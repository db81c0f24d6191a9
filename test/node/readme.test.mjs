// The README's element reference is generated from custom-elements.json and must match it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('the README element reference matches the manifest', () => {
  const run = spawnSync(process.execPath, ['scripts/readme-elements.mjs', '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});

test("the README's first screen has the two commands", () => {
  const firstScreen = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    .split('\n')
    .slice(0, 25)
    .join('\n');
  assert.match(firstScreen, /npm install && npm start/);
  assert.match(firstScreen, /npm test/);
});
