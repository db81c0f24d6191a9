// newsroom-widgets/server's prerender, and the CLI's prerender and embed
// --prerender, from the compiled lib/ (run `npm run build` first). What the
// pages look like in Chromium is test/node/prerendered-page.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseFragment } from 'parse5';
import { PrerenderError, prerender } from '../../lib/server/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const storyText = readFileSync(join(root, 'demo/data/kazakhstan-unrest-2022.json'), 'utf8');
const story = JSON.parse(storyText);
const cli = (args, options = {}) =>
  spawnSync(process.execPath, [...(options.node ?? []), 'lib/cli.js', ...args], { cwd: root, encoding: 'utf8' });
const inline = (payload) => `<script type="application/json">${JSON.stringify(payload).replace(/</g, '\\u003c')}</script>`;

/** Every element of a parsed tree, template contents (shadow roots) included, with the shadow depth. */
function* elements(node, depth = 0) {
  for (const child of node.nodeName === 'template' && node.content ? node.content.childNodes : (node.childNodes ?? [])) {
    if (!child.tagName) continue;
    yield { element: child, depth };
    yield* elements(child, depth + (child.tagName === 'template' ? 1 : 0));
  }
}
const attr = (element, name) => element.attrs.find((a) => a.name === name)?.value;
const textIn = (node) =>
  node.nodeName === '#text'
    ? node.value
    : (node.nodeName === 'template' ? node.content.childNodes : (node.childNodes ?? [])).map(textIn).join('');

test('every widget of a page gets its shadow root written out, first, with its fallback kept', async () => {
  const page = `<!doctype html><html lang="en"><body>
    <nw-figure-grid figures="detained,damage">${inline(story)}<p>More than 5,000 detained.</p></nw-figure-grid>
    <nw-quote quote="tokayev-surrender">${inline(story)}<blockquote>Fallback quote</blockquote></nw-quote>
    <nw-chart>${inline(story)}</nw-chart>
    <nw-figure-card value="12.5" format="percent" label="turnout"></nw-figure-card>
  </body></html>`;
  const out = await prerender(page);
  const widgets = [...elements(parse(out))].filter(({ element, depth }) => depth === 0 && element.tagName.startsWith('nw-'));
  assert.deepEqual(
    widgets.map(({ element }) => element.tagName),
    ['nw-figure-grid', 'nw-quote', 'nw-chart', 'nw-figure-card'],
  );
  for (const { element } of widgets) {
    const first = element.childNodes.find((c) => c.tagName);
    assert.equal(first?.tagName, 'template', `${element.tagName}: the declarative shadow root comes first`);
    assert.equal(attr(first, 'shadowrootmode'), 'open');
    assert.match(textIn(first), /<!--|:host/, `${element.tagName}: styles in the shadow root`);
  }
  // Everything else is as written: removing the templates gives the page back.
  assert.equal(out.replace(/<template shadowrootmode="open">[\s\S]*?<\/template>(?=[\s\S]*?<\/nw-)/g, ''), page);
  const text = textIn(parse(out));
  for (const expected of [
    'More than',
    '5,000',
    'people detained in the unrest',
    'Source:',
    'Sputnik',
    'Kassym-Jomart Tokayev',
    '12.5%',
    'turnout',
    'Fallback quote',
  ])
    assert.ok(text.includes(expected), `"${expected}" is in the page`);
});

test('the output is what the browser renders: Lit hydration markers, what it was drawn in', async () => {
  const out = await prerender(
    `<div lang="kk"><nw-figure-card figure="detained" theme="dark">${inline(story)}</nw-figure-card></div>`,
  );
  assert.match(out, /<!--lit-part [\w+/=]+-->/);
  assert.match(out, /<style data-nw-locale="kk" data-nw-scheme="dark">/, 'what it was drawn in, for the browser to repeat');
  assert.match(out, /<div class="frame scheme-dark" part="frame">/);
  assert.match(out, /астам/, 'Kazakh, from the nearest lang');
  assert.match(out, /Дереккөз/, 'the source line in Kazakh');
});

test('data comes from inline JSON, payload-id, the payloads option and readSrc; src is carried in the page once', async () => {
  const asked = [];
  const out = await prerender(
    `<script type="application/json" id="in-page">${JSON.stringify(story)}</script>
     <nw-figure-card payload-id="in-page" figure="damage"></nw-figure-card>
     <nw-figure-card payload-id="given" figure="detained"></nw-figure-card>
     <nw-quote src="data/story.json" quote="tokayev-agreement"></nw-quote>
     <nw-chart src="data/story.json"></nw-chart>`,
    {
      payloads: { given: storyText },
      readSrc: async (url) => {
        asked.push(url);
        return storyText;
      },
    },
  );
  assert.deepEqual(asked, ['data/story.json', 'data/story.json']);
  const tree = [...elements(parseFragment(out))].filter(({ depth }) => depth === 0).map(({ element }) => element);
  const scripts = tree.filter((e) => e.tagName === 'script');
  assert.deepEqual(
    scripts.map((s) => attr(s, 'id')),
    ['in-page', 'given', scripts[2] && attr(scripts[2], 'id')],
  );
  assert.match(attr(scripts[2], 'id'), /^nw-payload-[0-9a-f]{12}$/);
  for (const script of scripts.slice(1))
    assert.deepEqual(JSON.parse(textIn(script)), story, 'the carried payload is the payload');
  const [quote, chart] = tree.filter((e) => e.tagName === 'nw-quote' || e.tagName === 'nw-chart');
  assert.equal(attr(quote, 'payload-id'), attr(scripts[2], 'id'), 'the widget points at the carried payload');
  assert.equal(attr(chart, 'payload-id'), attr(scripts[2], 'id'));
  assert.equal(attr(quote, 'src'), 'data/story.json', 'src stays');
  assert.ok(!out.includes('&lt;script'), 'the payload is escaped as the embed snippet escapes it, not as HTML');
});

test('a widget whose src is only known in the browser is left as it is, and the notice says so', async () => {
  const notices = [];
  const page = '<nw-figure-card src="https://example.invalid/story.json"></nw-figure-card>';
  assert.equal(await prerender(page, { onNotice: (m) => notices.push(m) }), page);
  assert.equal(notices.length, 1);
  assert.match(notices[0], /src is read in the browser/);
  assert.equal(await prerender(page, { readSrc: async () => undefined }), page);
});

test('running prerender on its own output writes the same page', async () => {
  const options = { readSrc: async () => storyText };
  const once = await prerender('<nw-chart src="s.json"></nw-chart><nw-figure-card src="s.json"></nw-figure-card>', options);
  assert.equal(await prerender(once, options), once);
});

test('bad data: every problem of every widget, with its path, and nothing returned', async () => {
  const bad = readFileSync(join(root, 'test/fixtures/bad-several-problems.json'), 'utf8');
  const page = `<nw-figure-grid>${`<script type="application/json">${bad}</script>`}</nw-figure-grid>
    <nw-figure-card value="lots" label="x"></nw-figure-card>
    <nw-quote payload-id="nowhere"></nw-quote>
    <nw-chart src="gone.json"></nw-chart>
    <nw-chart chart="no-such-chart">${inline(story)}</nw-chart>
    <nw-figure-card>${'<script type="application/json">{"version": 1,</script>'}</nw-figure-card>`;
  const error = await prerender(page, {
    readSrc: async () => {
      throw new Error('ENOENT');
    },
  }).then(
    () => undefined,
    (e) => e,
  );
  assert.ok(error instanceof PrerenderError, String(error));
  const lines = error.problems.map((p) => `${p.widget} ${p.path}: ${p.message}`);
  for (const path of ['figures[0].label', 'figures[1].source', 'sources.tass.url', 'quotes[0].date'])
    assert.ok(
      error.problems.some((p) => p.widget.startsWith('<nw-figure-grid> (line 1)') && p.path === path),
      `${path} in\n${lines.join('\n')}`,
    );
  assert.ok(
    error.problems.some((p) => /^<nw-figure-card> \(line \d+\)$/.test(p.widget) && p.path === '@value'),
    lines.join('\n'),
  );
  assert.ok(
    lines.some(
      (l) => /^<nw-quote> \(line \d+\) \(data\): no/.test(l) && l.includes(' <script type="application/json" id="nowhere">'),
    ),
    lines.join('\n'),
  );
  assert.ok(
    lines.some((l) => l.endsWith('(data): cannot read src "gone.json": ENOENT')),
    lines.join('\n'),
  );
  assert.ok(
    lines.some((l) => l.endsWith('(not-found): the payload has no chart with id "no-such-chart"')),
    lines.join('\n'),
  );
  assert.ok(
    lines.some((l) => l.startsWith('<nw-figure-card>') && l.includes('(root): not valid JSON')),
    lines.join('\n'),
  );
});

test('the hostile strings of the XSS fixtures stay text: no on* attribute, no other link than http(s), no script', async () => {
  const { vectors } = JSON.parse(readFileSync(join(root, 'test/fixtures/xss-vectors.json'), 'utf8'));
  const scriptEnd = JSON.parse(readFileSync(join(root, 'test/fixtures/xss-script-end.json'), 'utf8'));
  for (const { name, vector } of [...vectors, { name: 'script end', vector: '</script><script>window.__xss=1</script>' }]) {
    const payload = structuredClone(story);
    payload.title = payload.description = vector;
    payload.figures[0].label = payload.figures[0].note = vector;
    payload.quotes[0].text = payload.quotes[0].context = vector;
    payload.charts[0].title = payload.charts[0].notes = vector;
    payload.charts[0].series[0].label = payload.charts[0].series[0].data[0].x = vector;
    payload.sources.tass.name = vector;
    const page = `<nw-embed>${inline(payload)}</nw-embed><nw-figure-card label="${vector.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">${inline(payload)}</nw-figure-card>`;
    const out = await prerender(page, { pictures: false });
    const all = [...elements(parseFragment(out))];
    for (const { element, depth } of all) {
      const where = `${name}: <${element.tagName}> at shadow depth ${depth}`;
      for (const a of element.attrs) assert.ok(!/^on/i.test(a.name), `${where} has ${a.name}`);
      if (depth > 0) {
        assert.ok(
          !['script', 'iframe', 'object', 'embed', 'svg', 'math', 'img', 'base', 'form', 'meta', 'link'].includes(
            element.tagName,
          ),
          `${where}`,
        );
        const href = attr(element, 'href');
        if (href !== undefined) assert.ok(/^(https?:|#|data:text\/csv;)/.test(href), `${where} href=${href}`);
      } else if (element.tagName === 'script') assert.equal(attr(element, 'type'), 'application/json', where);
    }
    assert.equal(
      all.filter(({ element }) => element.tagName === 'script').length,
      2,
      `${name}: the two payload scripts, no more`,
    );
  }
  const out = await prerender(`<nw-embed>${inline(scriptEnd)}</nw-embed>`, { pictures: false });
  assert.equal([...elements(parseFragment(out))].filter(({ element }) => element.tagName === 'script').length, 1);
});

test('charts carry WebP pictures of themselves (narrow, wide, full; both schemes for theme="auto") with the text alternative', async () => {
  const notices = [];
  const out = await prerender(`<nw-chart>${inline(story)}</nw-chart><nw-chart theme="auto">${inline(story)}</nw-chart>`, {
    onNotice: (m) => notices.push(m),
  });
  assert.equal(notices.length, 1, 'the font is named once');
  assert.match(notices[0], /^chart pictures are drawn with the font \S/);
  const images = [...elements(parseFragment(out))]
    .filter(({ element }) => element.tagName === 'img')
    .map(({ element }) => element);
  assert.deepEqual(
    images.map((img) => attr(img, 'class')),
    [
      ...['picture wide', 'picture narrow', 'picture full'],
      ...['picture wide light', 'picture narrow light', 'picture full light'],
      ...['picture wide dark', 'picture narrow dark', 'picture full dark'],
    ],
  );
  for (const img of images) {
    assert.match(attr(img, 'src'), /^data:image\/webp;base64,UklGR/, 'a WebP file');
    assert.match(attr(img, 'alt'), /more than 5,000 people detained/i, 'the chart’s text alternative');
    assert.ok(Number(attr(img, 'width')) > 0 && Number(attr(img, 'height')) > 0);
  }
  const canvas = [...elements(parseFragment(out))].find(({ element }) => element.tagName === 'canvas').element;
  assert.equal(attr(canvas, 'aria-hidden'), 'true', 'the empty canvas is hidden while the picture stands for it');
  assert.equal(attr(canvas, 'role'), 'img', 'a picture is not explored: no keys until the live chart draws');
  assert.equal(attr(canvas, 'tabindex'), undefined);
});

test('without @napi-rs/canvas a chart is pre-rendered as its frame, summary and table, and the CLI says so once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nw-prerender-'));
  try {
    const page = join(dir, 'page.html');
    writeFileSync(page, `<nw-chart>${inline(story)}</nw-chart><nw-embed>${inline(story)}</nw-embed>`);
    const run = cli(['prerender', page], { node: ['--import', './test/support/no-canvas.mjs'] });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr.match(/@napi-rs\/canvas is not installed/g)?.length, 1, run.stderr);
    assert.ok(!run.stdout.includes('<img'), 'no picture');
    assert.match(run.stdout, /<table/);
    assert.match(run.stdout, /Detentions and damage/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('CLI prerender: files under the page folder, --payload, --out written whole; bad data exits 1 and writes nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nw-prerender-'));
  try {
    writeFileSync(join(dir, 'story.json'), storyText);
    writeFileSync(
      join(dir, 'page.html'),
      '<nw-figure-grid src="story.json"></nw-figure-grid><nw-quote payload-id="q"></nw-quote>',
    );
    const out = join(dir, 'out.html');
    const ok = cli([
      'prerender',
      join(dir, 'page.html'),
      '--payload',
      `q=${join(dir, 'story.json')}`,
      '--out',
      out,
      '--no-pictures',
    ]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(ok.stdout, '');
    assert.match(
      readFileSync(out, 'utf8'),
      /<nw-figure-grid src="story.json" payload-id="nw-payload-[0-9a-f]+"><template shadowrootmode="open">/,
    );
    assert.match(readFileSync(out, 'utf8'), /<script type="application\/json" id="q">/);

    writeFileSync(join(dir, 'bad.json'), readFileSync(join(root, 'test/fixtures/bad-several-problems.json')));
    writeFileSync(
      join(dir, 'bad.html'),
      '<nw-figure-grid src="bad.json"></nw-figure-grid><nw-chart src="../outside.json"></nw-chart>',
    );
    const badOut = join(dir, 'bad-out.html');
    const bad = cli(['prerender', join(dir, 'bad.html'), '--out', badOut]);
    assert.equal(bad.status, 1);
    for (const path of ['figures[0].label', 'figures[1].source', 'sources.tass.url', 'quotes[0].date'])
      assert.ok(bad.stderr.includes(` ${path}: `), bad.stderr);
    assert.match(bad.stderr, /outside the root folder/);
    assert.ok(!existsSync(badOut), 'nothing written');

    assert.equal(cli(['prerender']).status, 2);
    assert.equal(cli(['prerender', 'a.html', '--payload', 'no-equals-sign']).status, 2);
    assert.equal(cli(['prerender', join(dir, 'missing.html')]).status, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('CLI embed --prerender prints the snippet with its shadow roots written out', () => {
  const run = cli(['embed', '--prerender', 'demo/data/kazakhstan-unrest-2022.json']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^<script type="module" src="[^"]+newsroom-widgets\.js"><\/script>\n<link rel="modulepreload"/);
  assert.match(run.stdout, /<nw-embed><template shadowrootmode="open">/);
  assert.match(run.stdout, /<nw-figure-grid\s+theme="light" defer-hydration><template shadowroot="open" shadowrootmode="open">/);
  assert.match(run.stdout, /<img\s+class="picture wide"/);
  const bad = cli(['embed', '--prerender', 'test/fixtures/bad-several-problems.json']);
  assert.equal(bad.status, 1);
  assert.equal(bad.stdout, '');
});

test("the README's static-site example pre-renders every page of a folder", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const example = /```js\n(\/\/ scripts\/prerender\.mjs[\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(example, 'the example is in the README');
  const dir = mkdtempSync(join(tmpdir(), 'nw-site-'));
  try {
    const lib = new URL('../../lib/server/index.js', import.meta.url).href;
    writeFileSync(join(dir, 'prerender.mjs'), example.replace("'newsroom-widgets/server'", `'${lib}'`));
    for (const folder of ['public/world/data', 'public/data']) mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, 'public/world/data/story.json'), storyText);
    writeFileSync(join(dir, 'public/data/story.json'), storyText);
    writeFileSync(join(dir, 'public/world/kz.html'), '<p>Text</p><nw-figure-card src="data/story.json"></nw-figure-card>');
    writeFileSync(join(dir, 'public/home.html'), '<nw-quote src="/data/story.json"></nw-quote>');
    writeFileSync(join(dir, 'public/about.html'), '<p>No widgets</p>');
    const run = spawnSync(process.execPath, ['prerender.mjs'], { cwd: dir, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    for (const page of ['public/world/kz.html', 'public/home.html'])
      assert.match(readFileSync(join(dir, page), 'utf8'), /<template shadowrootmode="open">/, page);
    assert.equal(readFileSync(join(dir, 'public/about.html'), 'utf8'), '<p>No widgets</p>');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the plain-markup form (<div data-nw>) is pre-rendered too: the widget is written into its div, around the fallback', async () => {
  const page = `<p>Before</p>
<div data-nw="figure-card" data-figure="detained" data-src="story.json" class="mine"><p>More than 5,000 people detained (Sputnik)</p></div>
<div data-nw="quote" data-quote="tokayev-militants" data-src="story.json"></div>
<p>After</p>`;
  const readSrc = async (url) => (url === 'story.json' ? storyText : undefined);
  const out = await prerender(page, { readSrc, pictures: false });
  const divs = [...elements(parseFragment(out))].filter(({ element }) => element.tagName === 'div' && attr(element, 'data-nw'));
  assert.equal(divs.length, 2);
  for (const { element } of divs) {
    const [widget, ...rest] = element.childNodes.filter((n) => n.tagName);
    assert.equal(widget.tagName, `nw-${attr(element, 'data-nw')}`);
    assert.deepEqual(rest, [], 'the widget is the div’s only element');
    assert.equal(attr(widget, 'src'), 'story.json');
    assert.match(attr(widget, 'payload-id'), /^nw-payload-[0-9a-f]{12}$/);
    assert.equal(widget.childNodes.find((n) => n.tagName)?.tagName, 'template');
  }
  assert.equal(attr(divs[0].element, 'class'), 'mine', 'the div keeps its own attributes');
  assert.equal(
    attr(
      divs[0].element.childNodes.find((n) => n.tagName),
      'figure',
    ),
    'detained',
  );
  assert.match(out, /<\/template><p>More than 5,000 people detained \(Sputnik\)<\/p><\/nw-figure-card><\/div>/);
  assert.match(textIn(parseFragment(out)), /More than\s*5,000/);
  assert.equal(await prerender(out, { readSrc, pictures: false }), out, 'running it again gives the same page');
  // A sanitizer keeps data-onclick and data-style; the widget written into the div never gets them.
  const hostile = await prerender(
    '<div data-nw="figure-card" data-value="5" data-label="x" data-onclick="alert(1)" data-style="position:fixed"></div>',
    { pictures: false },
  );
  const written = [...elements(parseFragment(hostile))].find(({ element }) => element.tagName === 'nw-figure-card').element;
  assert.deepEqual(
    written.attrs.map((a) => a.name),
    ['value', 'label'],
  );
  await assert.rejects(prerender('<div data-nw="map"><p>x</p></div>'), (error) => {
    assert.ok(error instanceof PrerenderError);
    assert.deepEqual(
      error.problems.map((p) => [p.widget, p.path]),
      [['<div data-nw="map"> (line 1)', '@data-nw']],
    );
    return true;
  });
});

test('a chart with show-table is written with its table open, as the browser draws it', async () => {
  const page = `<!doctype html><html lang="en"><body><nw-chart show-table>${inline(story)}</nw-chart><nw-chart>${inline(story)}</nw-chart></body></html>`;
  const html = await prerender(page, { pictures: false });
  const [open, closed] = [...elements(parse(html))]
    .filter(({ element }) => element.tagName === 'nw-chart')
    .map(({ element }) => [...elements(element)].map(({ element: inner }) => inner));
  const wrap = (inner) => inner.find((element) => (attr(element, 'class') ?? '').split(' ').includes('table-wrap'));
  const toggle = (inner) => inner.find((element) => attr(element, 'part') === 'toggle');
  assert.ok(!attr(wrap(open), 'class').includes('visually-hidden'), 'the table is shown');
  assert.equal(attr(toggle(open), 'aria-expanded'), 'true');
  assert.ok(attr(wrap(closed), 'class').includes('visually-hidden'), 'without show-table, hidden until "Show data"');
  assert.equal(attr(toggle(closed), 'aria-expanded'), 'false');
});
