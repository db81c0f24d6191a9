// The package as users consume it: `npm pack`, install the tarball in a fresh
// project, and use it the three ways a newsroom does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { chromium } from 'playwright-core';
import { findChromium } from '../../scripts/chromium-path.mjs';
import { BUNDLERS, bundleApp, runInBrowser, runInNode, serve } from './consumer-bundles.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TAGS = ['nw-figure-card', 'nw-figure-grid', 'nw-chart', 'nw-quote', 'nw-embed'];
let dir;
let tarball;

const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: dir, encoding: 'utf8', stdio: 'pipe', ...options });

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'nw-consumer-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }));
  tarball = packed[0];
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, tarball.filename)]);
});

after(async () => {
  await shared?.browser.close();
  await shared?.server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** One Chromium for every page of this file, and an HTTP server over the consumer project. */
let shared;
async function sharedBrowser() {
  shared ??= {
    browser: await chromium.launch({
      executablePath: findChromium(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    }),
    server: await serve(dir),
  };
  return shared;
}

test('the tarball holds the builds, the schema and the manifest, and no sources or tests', () => {
  const files = tarball.files.map((file) => file.path);
  for (const file of [
    'dist/newsroom-widgets.js',
    'dist/newsroom-widgets.classic.js',
    'dist/newsroom-widgets.chart.js',
    'payload.schema.json',
    'custom-elements.json',
    'lib/index.js',
    'lib/index.d.ts',
    'lib/payload/index.js',
    'lib/cli.js',
    'README.md',
  ]) {
    assert.ok(files.includes(file), `${file} is missing from the tarball`);
  }
  assert.ok(!files.some((file) => file.startsWith('src/') || file.startsWith('test/') || file.startsWith('demo/')));
});

test('payload.schema.json and custom-elements.json match the code', async () => {
  const installed = join(dir, 'node_modules/newsroom-widgets');
  const schema = JSON.parse(readFileSync(join(installed, 'payload.schema.json'), 'utf8'));
  const { toJsonSchema } = await import(join(installed, 'lib/payload/json-schema.js'));
  const { PayloadSchema } = await import(join(installed, 'lib/payload/schema.js'));
  const fresh = toJsonSchema(PayloadSchema);
  assert.deepEqual(schema.properties, fresh.properties);
  assert.deepEqual(schema.required, fresh.required);

  const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const byTag = Object.fromEntries(declarations.filter((d) => d.tagName).map((d) => [d.tagName, d]));
  assert.deepEqual(Object.keys(byTag).sort(), [...TAGS].sort());
  const attributes = (tag) => (byTag[tag].attributes ?? []).map((a) => a.name);
  for (const tag of TAGS) {
    for (const common of ['src', 'payload-id', 'theme', 'debug'])
      assert.ok(attributes(tag).includes(common), `${tag} lacks ${common}`);
  }
  assert.ok(attributes('nw-chart').includes('aspect-ratio'));
  assert.ok(attributes('nw-embed').includes('heading-level'));
  assert.ok(attributes('nw-figure-card').includes('source-url'));
  assert.equal(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).customElements, 'custom-elements.json');
});

test('newsroom-widgets/payload validates in plain Node', () => {
  writeFileSync(join(dir, 'story.json'), readFileSync(join(root, 'demo/data/kazakhstan-unrest-2022.json')));
  const out = run(process.execPath, [
    '--input-type=module',
    '-e',
    "import { parsePayload } from 'newsroom-widgets/payload'; import { readFileSync } from 'node:fs';" +
      "const r = parsePayload(readFileSync('story.json','utf8')); const bad = parsePayload({ version: 1, quotes: [{ id: 'q' }] });" +
      'console.log(JSON.stringify([r.ok, bad.problems.map((p) => p.path)]));',
  ]);
  assert.deepEqual(JSON.parse(out), [true, ['quotes[0].text', 'quotes[0].speaker']]);
});

test('the newsroom-widgets CLI runs from the installed package', () => {
  const ok = spawnSync('npx', ['--no-install', 'newsroom-widgets', 'validate', 'story.json'], { cwd: dir, encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  writeFileSync(join(dir, 'bad.json'), '{"version":1,"figures":[{"id":"x","label":"y","value":"z"}]}');
  const bad = spawnSync('npx', ['--no-install', 'newsroom-widgets', 'validate', 'bad.json'], { cwd: dir, encoding: 'utf8' });
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /figures\[0\]\.value/);
});

test('the types resolve for a TypeScript consumer', () => {
  writeFileSync(
    join(dir, 'consumer.ts'),
    [
      "import 'newsroom-widgets';",
      "import { ChartElement } from 'newsroom-widgets/chart';",
      "import { parsePayload, type Payload, type Figure, type WidgetErrorDetail } from 'newsroom-widgets/payload';",
      "const chart: ChartElement = document.createElement('nw-chart');",
      "const card: HTMLElementTagNameMap['nw-figure-card'] = document.createElement('nw-figure-card');",
      "const figure: Figure = { id: 'a', label: 'b', value: 1, qualifier: 'more-than' };",
      'const payload: Payload = { version: 1, figures: [figure] };',
      'card.payload = payload;',
      "chart.addEventListener('nw-error', (event) => { const detail: WidgetErrorDetail = event.detail; console.log(detail.code); });",
      'const result = parsePayload(payload);',
      'if (result.ok) console.log(result.payload.figures?.length);',
      '// @ts-expect-error an unknown qualifier is a type error',
      "const wrong: Figure = { id: 'a', label: 'b', value: 1, qualifier: 'roughly' };",
      'console.log(wrong);',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        module: 'ES2022',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM'],
        skipLibCheck: false,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  );
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {
    cwd: dir,
    encoding: 'utf8',
  });
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});

async function definedTagsFor(source) {
  const entry = join(dir, `entry-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, source);
  const bundle = await rollup({ input: entry, plugins: [nodeResolve({ rootDir: dir, browser: true })], logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  const { browser } = await sharedBrowser();
  const page = await browser.newPage();
  try {
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: output[0].code, type: 'module' });
    await page.waitForFunction(
      () => customElements.get('nw-figure-card') || customElements.get('nw-quote') || customElements.get('nw-chart'),
    );
    assert.deepEqual(errors, []);
    return await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), TAGS);
  } finally {
    await page.close();
  }
}

test("import 'newsroom-widgets' defines every element", async () => {
  assert.deepEqual(await definedTagsFor("import 'newsroom-widgets';"), TAGS);
});

test("one element's entry defines only that element", async () => {
  assert.deepEqual(await definedTagsFor("import 'newsroom-widgets/quote';"), ['nw-quote']);
  assert.deepEqual(await definedTagsFor("import 'newsroom-widgets/figure-card';"), ['nw-figure-card']);
  assert.deepEqual(await definedTagsFor("import 'newsroom-widgets/chart';"), ['nw-chart']);
});

// A consumer's own bundler must keep the languages: `newsroom-widgets/format`
// promises Russian and Kazakh loaded up front, in Node and in the browser, with
// or without code splitting. The expected text is what the unbundled package
// gives in Node (a no-break space groups the digits in both languages; Chromium
// has no Kazakh Intl data, so there the hand formatting must give the same).
const FORMAT_APP = `
import { strings, chartStrings, formatValue } from 'newsroom-widgets/format';
const result = {};
try {
  result.unavailable = strings('ru').dataUnavailable;
  result.showData = chartStrings('ru').showData;
  result.ru = formatValue({ value: 5000, qualifier: 'more-than' }, 'ru').text;
  result.kk = formatValue({ value: 5000, qualifier: 'more-than' }, 'kk').text;
} catch (error) {
  result.error = String(error);
}
if (typeof window === 'undefined') console.log(JSON.stringify(result));
else window.result = result;
`;

function assertLanguages(result) {
  assert.equal(result.error, undefined, `strings() or formatValue() threw: ${result.error}`);
  assert.deepEqual(
    {
      unavailable: result.unavailable,
      showData: result.showData,
      ru: result.ru?.includes('более') ? 'contains более' : result.ru,
      kk: result.kk,
    },
    { unavailable: 'Данные недоступны', showData: 'Показать данные', ru: 'contains более', kk: '5\u00a0000\u2011нан астам' },
  );
}

// The element entry loads its language on first use; bundled, the card still speaks Russian.
const CARD_APP = `
import 'newsroom-widgets/figure-card';
document.body.insertAdjacentHTML(
  'beforeend',
  '<nw-figure-card lang="ru" value="5000" qualifier="more-than" label="задержанных"></nw-figure-card>',
);
const card = document.querySelector('nw-figure-card');
card.updateComplete.then(
  () => (window.result = { text: card.shadowRoot.textContent.replace(/[ \\t\\n]+/g, ' ').trim() }),
  (error) => (window.result = { error: String(error) }),
);
`;

for (const bundler of BUNDLERS) {
  test(`${bundler}, for Node: newsroom-widgets/format has Russian and Kazakh`, async () => {
    const app = await bundleApp({ dir, name: `${bundler}-format-node`, source: FORMAT_APP, bundler, platform: 'node' });
    assertLanguages(runInNode(app));
  });

  test(`${bundler}, for the browser: newsroom-widgets/format has Russian and Kazakh`, async () => {
    const app = await bundleApp({ dir, name: `${bundler}-format-browser`, source: FORMAT_APP, bundler, platform: 'browser' });
    const { browser, server } = await sharedBrowser();
    assertLanguages(await runInBrowser(browser, server.origin, dir, app));
  });

  test(`${bundler}, for the browser: nw-figure-card lang="ru" draws in Russian`, async () => {
    const app = await bundleApp({ dir, name: `${bundler}-card-browser`, source: CARD_APP, bundler, platform: 'browser' });
    const { browser, server } = await sharedBrowser();
    const result = await runInBrowser(browser, server.origin, dir, app);
    assert.equal(result.error, undefined);
    assert.match(result.text, /Более/);
    assert.match(result.text, /5\u00a0000/);
    assert.match(result.text, /задержанных/);
  });
}
