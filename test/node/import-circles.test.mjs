// The shape of src/: no import circle among its modules, and no module longer
// than 300 lines. Reads the .ts sources (no build needed); every relative
// import counts: `import`, `import type`, `export … from`, `import('…')` and
// `typeof import('…')`. Each circle found is printed, one per line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const MAX_LINES = 300;

/** Every .ts file under `dir`, as absolute paths. */
function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? tsFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

const files = tsFiles(src).sort();
const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
const name = (file) => relative(src, file);

/** The module graph: each file and the src files it imports (`./x.js` is `./x.ts`). */
export function importGraph() {
  const graph = new Map();
  for (const [file, text] of texts) {
    const targets = ts
      .preProcessFile(text, true, true)
      .importedFiles.map((imported) => imported.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => resolve(dirname(file), spec).replace(/\.js$/, '.ts'))
      .filter((target) => texts.has(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The circles of `graph`: one per strongly connected component of two files or more (or a file that imports itself). */
export function circles(graph) {
  // Tarjan's strongly connected components.
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  let next = 0;
  const connect = (file) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file)) {
      if (!index.has(target)) {
        connect(target);
        low.set(file, Math.min(low.get(file), low.get(target)));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file), index.get(target)));
    }
    if (low.get(file) !== index.get(file)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    components.push(component);
  };
  for (const file of graph.keys()) if (!index.has(file)) connect(file);
  // One circle through each component: the shortest way from its first file back to itself.
  return components
    .filter((component) => component.length > 1 || graph.get(component[0]).includes(component[0]))
    .map((component) => {
      const members = new Set(component);
      const start = [...component].sort()[0];
      const from = new Map([[start, undefined]]);
      const queue = [start];
      let last;
      while (queue.length && !last) {
        const file = queue.shift();
        for (const target of graph.get(file)) {
          if (!members.has(target)) continue;
          if (target === start) {
            last = file;
            break;
          }
          if (!from.has(target)) {
            from.set(target, file);
            queue.push(target);
          }
        }
      }
      const path = [];
      for (let file = last; file !== undefined; file = from.get(file)) path.unshift(file);
      return [...path, start];
    });
}

test('no import circle among the modules of src/ (type-only and dynamic imports included)', (t) => {
  const found = circles(importGraph());
  for (const circle of found) t.diagnostic(`circle: ${circle.map(name).join(' → ')}`);
  assert.deepEqual(
    found.map((circle) => circle.map(name).join(' → ')),
    [],
    'modules that import each other, directly or through others',
  );
});

test('the circle finder finds a circle', () => {
  const [a, b, c] = ['/a.ts', '/b.ts', '/c.ts'];
  const graph = new Map([
    [a, [b]],
    [b, [c]],
    [c, [a]],
  ]);
  assert.deepEqual(circles(graph), [[a, b, c, a]]);
  assert.deepEqual(circles(new Map([[a, [a]]])), [[a, a]]);
  assert.deepEqual(
    circles(
      new Map([
        [a, [b]],
        [b, []],
      ]),
    ),
    [],
  );
});

test(`no module of src/ is longer than ${MAX_LINES} lines`, () => {
  const long = [...texts]
    .map(([file, text]) => ({ file: name(file), lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) }))
    .filter(({ lines }) => lines > MAX_LINES)
    .map(({ file, lines }) => `${file}: ${lines} lines`);
  assert.deepEqual(long, [], `split these modules (at most ${MAX_LINES} lines each)`);
});
